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
        var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, example))).Input;
        var answers = input.Answers.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        answers[LegalFraming.ModelQuestion] = JsonSerializer.SerializeToElement(model);
        answers.Remove(LegalFraming.DemandRiskQuestion);
        if (demandRisk is { } risk)
        {
            answers[LegalFraming.DemandRiskQuestion] = JsonSerializer.SerializeToElement(risk);
        }

        return input with { Answers = answers };
    }

    public static TenderPackage Evaluate(string example, string model, bool? demandRisk) =>
        RulesEngine.Evaluate(Under(example, model, demandRisk), CatalogueLoader.Default, ReferenceDate);
}
