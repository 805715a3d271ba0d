using System.Text.Json;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Notices.Sdk;

namespace TenderBuilder.Documents.Tests.Notices;

/// <summary>The examples as notices are built from them, under a chosen procurement model.</summary>
internal static class NoticeInputs
{
    public static readonly DateOnly ReferenceDate = new(2026, 11, 29);

    public static string[] Examples => [.. Composition.Examples.Files.Where(f => !f.StartsWith("permit", StringComparison.Ordinal))];

    public static EformsSdk Sdk => EformsSdk.Load(Repository.EformsSdk);

    public static TenderInput Input(string example, string? model = null)
    {
        var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, example))).Input;
        if (model is not null)
        {
            var questions = CatalogueLoader.Default.Questionnaire;
            input = input.WithAnswer(questions.Find(LegalFraming.ModelQuestion)!, JsonSerializer.SerializeToElement(model))
                .WithAnswer(questions.Find(LegalFraming.DemandRiskQuestion)!, null);
        }

        return input;
    }

    public static TenderPackage Package(TenderInput input) => RulesEngine.Evaluate(input, CatalogueLoader.Default, ReferenceDate);
}
