using System.Text.Json;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Core.Tests.Framing;

/// <summary>Every example rebuilt under every procurement model, as a lawyer would try them.</summary>
internal static class ModelVariants
{
    /// <summary>The models, with the hybrid answered both ways, and the regime each must be written under.</summary>
    public static readonly (string Name, string Model, bool? DemandRisk, LegalRegime Regime)[] All =
    [
        ("purchase_own", "purchase_own", null, LegalRegime.PublicContract),
        ("services", "services", null, LegalRegime.PublicContract),
        ("concession", "concession", null, LegalRegime.Concession),
        ("hybrid with demand risk", "hybrid", true, LegalRegime.Concession),
        ("hybrid without demand risk", "hybrid", false, LegalRegime.PublicContract),
        ("permit", "permit", null, LegalRegime.Permit),
    ];

    public static readonly DateOnly ReferenceDate = new(2026, 11, 29);

    public static IEnumerable<string> Examples =>
        Directory.GetFiles(Repository.Examples, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>An example with its model answer replaced (and the hybrid's demand-risk answer set or removed).</summary>
    public static TenderInput Under(string example, string model, bool? demandRisk)
    {
        var questions = CatalogueLoader.Default.Questionnaire;
        return TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, example))).Input
            .WithAnswer(questions.Find(LegalFraming.ModelQuestion)!, JsonSerializer.SerializeToElement(model))
            .WithAnswer(questions.Find(LegalFraming.DemandRiskQuestion)!, demandRisk is { } risk ? JsonSerializer.SerializeToElement(risk) : null);
    }

    public static TenderPackage Evaluate(string example, string model, bool? demandRisk) =>
        RulesEngine.Evaluate(Under(example, model, demandRisk), CatalogueLoader.Default, ReferenceDate);
}
