using System.CommandLine;
using Spectre.Console;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Packaging;
using TenderBuilder.Documents.Writers.OpenData;

namespace TenderBuilder.Cli.Commands;

/// <summary><c>build INPUT --out DIR</c>: evaluates the input and writes the tender package.</summary>
internal static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("INPUT") { Description = "A TenderInput file (YAML or JSON)." };
        var output = new Option<string>("--out", "-o") { Description = "The folder to write the package into (created if missing).", Required = true };
        var date = DateOption.Create();
        var language = LanguageOption.Create();
        var ocidPrefix = new Option<string>("--ocid-prefix")
        {
            Description = $"Your registered OCDS prefix for the open data (default: {OcdsOptions.UnregisteredPrefix}, which marks it as not yet registered).",
            DefaultValueFactory = _ => OcdsOptions.UnregisteredPrefix,
        };
        var command = new Command("build", "Build the tender package from a TenderInput: the documents, the open data and OUT/manifest.json. Nothing is written when the input cannot be read.")
        {
            input,
            output,
            date,
            language,
            ocidPrefix,
        };
        command.SetAction(parsed => Run(parsed.GetValue(input)!, parsed.GetValue(output)!, parsed.GetValue(date), parsed.GetValue(language), parsed.GetValue(ocidPrefix)!, console));
        return command;
    }

    private static int Run(string path, string outFolder, string? dateText, string? language, string ocidPrefix, CliConsole console)
    {
        if (DateOption.Parse(dateText, console) is not { } date)
        {
            return ExitCodes.Unreadable;
        }

        // Reading the eForms SDK takes about as long as reading the catalogue and the input and
        // evaluating the rules, and needs none of them: it is read on another core meanwhile.
        var eforms = Task.Run(PackageWriter.FindEforms);
        if (InputFile.Read(path, console) is not { } document)
        {
            return ExitCodes.Unreadable;
        }

        var package = CliEvaluation.Evaluator.Evaluate(LanguageOption.Apply(document.Input, language), date);
        var malformed = package.Findings.Where(f => f.IsMalformedInput).ToList();
        if (malformed.Count > 0)
        {
            foreach (var finding in malformed)
            {
                console.Error.WriteLine(InputFile.Describe(path, document, finding));
            }

            console.Error.WriteLine($"{path}: the input has {malformed.Count} problem(s); nothing was written.");
            return ExitCodes.Unreadable;
        }

        try
        {
            Directory.CreateDirectory(outFolder);
            PackageWriter.Write(package, outFolder, new OcdsOptions(ocidPrefix), eforms.GetAwaiter().GetResult(), console);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{outFolder}: cannot write the package: {e.Message}");
            return ExitCodes.Unreadable;
        }

        Summarise(package, outFolder, console);
        foreach (var finding in package.Findings.Where(f => f.Severity != FindingSeverity.Info))
        {
            (finding.Severity == FindingSeverity.Error ? console.Error : console.Out).WriteLine(InputFile.Describe(path, document, finding));
        }

        return package.HasErrors ? ExitCodes.TenderErrors : ExitCodes.Ok;
    }

    private static void Summarise(TenderPackage package, string outFolder, CliConsole console)
    {
        var table = new Table().AddColumns("Deliverable", "Clauses");
        foreach (var group in package.Clauses.GroupBy(c => c.Deliverable))
        {
            table.AddRow(group.Key.ToString(), group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Rich.Write(table);
        console.Out.WriteLine(
            $"Wrote {Path.Combine(outFolder, TenderPackageZip.FileName)} and its files: {package.Clauses.Length} clauses included, {package.Excluded.Length} not included, " +
            $"{package.Findings.Count(f => f.Severity == FindingSeverity.Error)} error(s), {package.Findings.Count(f => f.Severity == FindingSeverity.Warning)} warning(s).");
    }
}
