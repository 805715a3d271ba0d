using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Tests.TestSupport;

namespace TenderBuilder.Core.Tests.Rules;

public sealed class CatalogueMigrationTests
{
    private const string Evolved = """
        version: 2026.12.0
        sections: [tender, model, sites]
        topics: [demo]
        renamed:
          questions:
            - { from: model.kind, to: model.type, since: 2026.12.0 }
          clauses:
            - { from: demo.anytime, to: demo.always, since: 2026.12.0 }
        retired:
          questions:
            - { id: payment.pin_pad, since: 2026.12.0, reason: AFIR does not require a PIN pad. }
          clauses: []
        """;

    [Fact]
    public void An_input_from_an_older_catalogue_follows_renames_and_drops_retired_answers_with_findings()
    {
        var catalogue = MiniCatalogue.Load(version: Evolved);
        var input = Inputs.With(new Dictionary<string, object> { ["model.kind"] = "concession", ["model.duration_years"] = 8, ["payment.pin_pad"] = true }) with
        {
            CatalogVersion = "2026.11.0",
            Exclusions = [new ClauseExclusion { Clause = "demo.anytime", Justification = "Not needed here." }],
        };

        var package = RulesEngine.Evaluate(input, catalogue, new DateOnly(2026, 12, 15));

        package.Clauses.ShouldContain(c => c.Id == "demo.concession-duration", "the renamed answer still counts");
        package.Excluded.ShouldContain(c => c.Id == "demo.always" && c.By == ExcludedBy.Officer, "the renamed clause's exclusion still applies");
        package.Findings.Where(f => f.Code.StartsWith("catalogue.", StringComparison.Ordinal)).Select(f => $"{f.Code} ({f.Severity})").ShouldBe(
            ["catalogue.retired-question (Warning)", "catalogue.renamed-question (Info)", "catalogue.renamed-clause (Info)"],
            ignoreOrder: true);
        package.Findings.Single(f => f.Code == "catalogue.retired-question").Message.ShouldContain("AFIR does not require a PIN pad.");
        package.CatalogVersion.ShouldBe("2026.12.0");
    }

    [Fact]
    public void An_input_of_the_current_version_is_left_as_it_is()
    {
        var catalogue = MiniCatalogue.Load(version: Evolved);
        var input = Inputs.With(new Dictionary<string, object> { ["model.type"] = "concession" }) with { CatalogVersion = "2026.12.0" };

        CatalogueMigration.Apply(input, catalogue).Findings.ShouldBeEmpty();
    }

    [Fact]
    public void An_input_from_a_newer_catalogue_is_read_with_a_warning()
    {
        var input = Inputs.With(new { }) with { CatalogVersion = "2099.1.0" };

        CatalogueMigration.Apply(input, MiniCatalogue.Load()).Findings.ShouldHaveSingleItem().Code.ShouldBe("catalogue.newer-version");
    }
}
