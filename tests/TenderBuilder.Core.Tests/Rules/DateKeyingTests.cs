using System.Text.Json;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Core.Tests.Rules;

/// <summary>
/// AFIR duties key on different dates: deployment (payment, from 13 Apr 2024) and installation or
/// renovation (ISO 15118-1…-5 from 8 Jan 2026, ISO 15118-20 from 1 Jan 2027). Each is tested on
/// both sides of its date, on the small-town example.
/// </summary>
public sealed class DateKeyingTests
{
    private static readonly TenderInput s_base = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "small-town-ten-ac-points.yaml"))).Input;

    [Theory]
    [InlineData("2026-01-07", false)]
    [InlineData("2026-01-08", true)]
    public void ISO_15118_1_to_5_applies_to_points_installed_from_8_January_2026(string lastInstallation, bool applies) =>
        Includes(Rollout("2025-09-01", lastInstallation), "afir-hardware.iso-15118-high-level-communication").ShouldBe(applies);

    [Theory]
    [InlineData("2026-12-31", false)]
    [InlineData("2027-01-01", true)]
    public void ISO_15118_20_applies_to_points_installed_from_1_January_2027(string lastInstallation, bool applies) =>
        Includes(Rollout("2026-03-01", lastInstallation), "afir-hardware.iso-15118-20").ShouldBe(applies);

    [Theory]
    [InlineData("2026-12-31", false)]
    [InlineData("2027-01-01", true)]
    public void ISO_15118_20_also_applies_to_points_renovated_from_1_January_2027(string renovationStart, bool applies)
    {
        var input = Answer(Rollout("2026-03-01", "2026-09-30"), ("sites.renovation", true), ("sites.renovation_start", renovationStart));

        Includes(input, "afir-hardware.iso-15118-20").ShouldBe(applies);
    }

    [Theory]
    [InlineData("2024-04-12", false)]
    [InlineData("2024-04-13", true)]
    public void Card_or_contactless_payment_applies_to_points_deployed_from_13_April_2024(string lastDeployment, bool applies) =>
        Includes(Rollout("2024-01-15", lastDeployment), "afir-access-payment.card-or-contactless").ShouldBe(applies);

    private static TenderInput Rollout(string start, string end) =>
        Answer(s_base, ("sites.rollout_start", start), ("sites.rollout_end", end));

    private static TenderInput Answer(TenderInput input, params (string Question, object Value)[] answers)
    {
        var merged = new Dictionary<string, JsonElement>(input.Answers, StringComparer.Ordinal);
        foreach (var (question, value) in answers)
        {
            merged[question] = JsonSerializer.SerializeToElement(value);
        }

        return input with { Answers = merged };
    }

    private static bool Includes(TenderInput input, string clauseId)
    {
        var package = RulesEngine.Evaluate(input, CatalogueLoader.Default, new DateOnly(2026, 11, 29));
        package.Findings.ShouldNotContain(f => f.IsMalformedInput, "the dates must be valid answers");
        return package.Clauses.Any(c => c.Id == clauseId);
    }
}
