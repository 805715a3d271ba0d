using System.CommandLine;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Cli.Commands;

/// <summary><c>validate INPUT</c>: reads an input and lists every finding with its line.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("INPUT") { Description = "A TenderInput file (YAML or JSON)." };
        var date = DateOption.Create();
        var language = LanguageOption.Create();
        var command = new Command("validate", "Check a TenderInput: exit 0 when clean or only warnings, 1 with errors, 2 when the file cannot be read.")
        {
            input,
            date,
        };
        command.Options.Add(language);
        command.SetAction(parsed => Run(parsed.GetValue(input)!, parsed.GetValue(date), parsed.GetValue(language), console));
        return command;
    }

    private static int Run(string path, string? dateText, string? language, CliConsole console)
    {
        if (DateOption.Parse(dateText, console) is not { } date || InputFile.Read(path, console) is not { } document)
        {
            return ExitCodes.Unreadable;
        }

        var package = CliEvaluation.Evaluator.Evaluate(LanguageOption.Apply(document.Input, language), date);
        foreach (var finding in package.Findings)
        {
            (finding.Severity == FindingSeverity.Error ? console.Error : console.Out).WriteLine(InputFile.Describe(path, document, finding));
        }

        var errors = package.Findings.Count(f => f.Severity == FindingSeverity.Error);
        var warnings = package.Findings.Count(f => f.Severity == FindingSeverity.Warning);
        console.Out.WriteLine($"{path}: {package.Clauses.Length} clauses, {errors} error(s), {warnings} warning(s).");
        return package.Findings.Any(f => f.IsMalformedInput) ? ExitCodes.Unreadable
            : errors > 0 ? ExitCodes.TenderErrors
            : ExitCodes.Ok;
    }
}
