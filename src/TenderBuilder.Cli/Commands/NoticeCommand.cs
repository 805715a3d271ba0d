using System.CommandLine;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Framing;
using TenderBuilder.Documents.Notices;
using TenderBuilder.Documents.Notices.Sdk;
using TenderBuilder.Documents.Notices.Validation;

namespace TenderBuilder.Cli.Commands;

/// <summary>
/// <c>notice INPUT</c>: writes the EU notice (eForms) of a tender and checks it, listing each problem
/// with the question that fixes it (docs/eforms.md).
/// </summary>
internal static class NoticeCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("INPUT") { Description = "A TenderInput file (YAML or JSON)." };
        var output = new Option<string?>("--out", "-o") { Description = "Where to write the notice XML (default: beside the input, as <name>.eforms-<subtype>.xml)." };
        var sdk = new Option<string?>("--sdk") { Description = "The eForms SDK folder (default: eforms-sdk-1.15.1 beside the program or in a shared/schemas folder above it)." };
        var date = DateOption.Create();
        var language = LanguageOption.Create();
        var command = new Command("notice", "Write the EU contract or concession notice (eForms) of a TenderInput and check it: exit 0 when complete, 1 with problems, 2 when the file or the SDK cannot be read.")
        {
            input,
            output,
            sdk,
            date,
        };
        command.Options.Add(language);
        command.SetAction(parsed => Run(parsed.GetValue(input)!, parsed.GetValue(output), parsed.GetValue(sdk), parsed.GetValue(date), parsed.GetValue(language), console));
        return command;
    }

    private static int Run(string path, string? outPath, string? sdkFolder, string? dateText, string? language, CliConsole console)
    {
        if (DateOption.Parse(dateText, console) is not { } date || InputFile.Read(path, console) is not { } document)
        {
            return ExitCodes.Unreadable;
        }

        EformsSdk sdk;
        try
        {
            sdk = EformsSdkLocation.Load(new EformsOptions { SdkFolder = sdkFolder });
        }
        catch (DirectoryNotFoundException e)
        {
            console.Error.WriteLine(e.Message);
            return ExitCodes.Unreadable;
        }

        var input = LanguageOption.Apply(document.Input, language);
        var package = CliEvaluation.Evaluator.Evaluate(input, date);
        var decision = NoticeDecision.For(input, package.Framing, date);
        if (!decision.Produce)
        {
            console.Out.WriteLine($"{path}: no EU notice — {Application.Notices.NoticeReasons.WhyNone(decision.Ground)} Answer notice.wanted: true to write one anyway.");
            return ExitCodes.Ok;
        }

        var notice = EformsNotice.Build(package, decision.Subtype, sdk);
        var target = outPath ?? Path.ChangeExtension(path, $".eforms-{notice.Composed.Subtype.Id}.xml");
        try
        {
            File.WriteAllText(target, notice.Text());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{target}: could not be written: {e.Message}");
            return ExitCodes.Unreadable;
        }

        var problems = NoticeProblems.Of(notice, CatalogueLoader.Default, sdk, "en");
        foreach (var problem in problems)
        {
            console.Error.WriteLine($"{path}: {Describe(problem)}");
        }

        var kind = decision.Subtype == NoticeSubtype.ContractNotice ? "contract notice" : "concession notice";
        console.Out.WriteLine(problems.Count == 0
            ? $"{target}: {kind} (eForms subtype {notice.Composed.Subtype.Id}, SDK {sdk.Version}), complete and valid against the XSD."
            : $"{target}: {kind} (eForms subtype {notice.Composed.Subtype.Id}, SDK {sdk.Version}) written with {problems.Count} problem(s) to fix before it is sent.");
        return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.TenderErrors;
    }

    private static string Describe(NoticeProblem problem) => problem.Kind switch
    {
        NoticeProblemKind.Missing when problem.Question is { } question =>
            $"the notice needs “{problem.FieldLabel}” ({problem.BusinessTerm}): answer “{question.Label}” ({question.InputPath}).",
        NoticeProblemKind.Missing when problem.Source is { } source =>
            $"the notice needs “{problem.FieldLabel}” ({problem.BusinessTerm}): give {source} in the input.",
        NoticeProblemKind.Missing =>
            $"the notice needs “{problem.FieldLabel}” ({problem.BusinessTerm}), which TenderBuilder does not write yet; add it with your eSender.",
        NoticeProblemKind.Rule when problem.Question is { } question =>
            $"“{problem.FieldLabel}” ({problem.BusinessTerm}) breaks an EU rule ({problem.Detail}): check “{question.Label}” ({question.InputPath}).",
        NoticeProblemKind.Rule => $"an EU rule fails ({problem.Detail}).",
        _ => $"the notice does not match the eForms schema, a fault of TenderBuilder to report: {problem.Detail}",
    };
}
