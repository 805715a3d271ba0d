using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Cli;

/// <summary>Reads an input file and turns problems into lines naming the file and line.</summary>
internal static class InputFile
{
    public static TenderInputDocument? Read(string path, CliConsole console)
    {
        if (!File.Exists(path))
        {
            console.Error.WriteLine($"{path}: the file does not exist.");
            return null;
        }

        var info = new FileInfo(path);
        if (info.Length > TenderInputReader.MaxCharacters * 4L)
        {
            console.Error.WriteLine($"{path}: the file is {info.Length:N0} bytes; TenderBuilder reads inputs of at most {TenderInputReader.MaxCharacters:N0} characters.");
            return null;
        }

        try
        {
            return TenderInputReader.Read(File.ReadAllText(path));
        }
        catch (TenderInputFormatException e)
        {
            console.Error.WriteLine($"{path}: {e.Message}");
            return null;
        }
        catch (IOException e)
        {
            console.Error.WriteLine($"{path}: the file cannot be read: {e.Message}");
            return null;
        }
    }

    /// <summary>"file:line: severity: message".</summary>
    public static string Describe(string path, TenderInputDocument document, Finding finding)
    {
        var line = finding.Path is { } p ? document.LineOf(p) : null;
        var where = line is null ? path : $"{path}:{line}";
        var severity = finding.Severity.ToString().ToLowerInvariant();
        var sources = finding.Sources.IsEmpty ? "" : $" [{string.Join("; ", finding.Sources.Select(s => $"{s.SourceId} {s.Locator}"))}]";
        return $"{where}: {severity} {finding.Code}: {finding.Message}{sources}";
    }
}
