using System.Text.Json;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Core.Tests.Input;

public sealed class TenderInputChangesTests
{
    private static readonly TenderInput s_before = new()
    {
        Tender = new TenderMetadata { Title = "Charging for residents", Authority = new AuthorityInfo { Name = "Gemeente Utrecht", Country = "NL" } },
        Answers = new Dictionary<string, JsonElement>
        {
            ["grid.congestion"] = Json("true"),
            ["sites.site_count"] = Json("900"),
            ["grid.dso_name"] = Json("\"Stedin\""),
        },
        Exclusions = [new ClauseExclusion { Clause = "operations.penalties-and-bonus", Justification = "Covered by the concession." }],
        ParameterOverrides = [new ParameterOverride { Clause = "grid.peak-limitation", Parameter = "start_hour", Value = Json("16") }],
        CustomClauses = [new CustomClause { Id = "custom-1", Title = "Local art on chargers", Text = "…", Kind = "performance" }],
    };

    [Fact]
    public void The_same_input_has_no_changes_even_when_read_back_from_its_json()
    {
        var again = TenderInputJson.Deserialize(TenderInputJson.Serialize(s_before));

        TenderInputChanges.Between(s_before, again).ShouldBeEmpty();
    }

    [Fact]
    public void Each_answer_added_changed_or_cleared_is_one_change_with_both_values()
    {
        var after = s_before with
        {
            Answers = new Dictionary<string, JsonElement>
            {
                ["grid.congestion"] = Json("true"),
                ["sites.site_count"] = Json("950"),
                ["grid.traffic_light"] = Json("true"),
            },
        };

        TenderInputChanges.Between(s_before, after).ShouldBe(
        [
            new InputChange(InputChangeKind.Answer, "grid.dso_name", "\"Stedin\"", null),
            new InputChange(InputChangeKind.Answer, "grid.traffic_light", null, "true"),
            new InputChange(InputChangeKind.Answer, "sites.site_count", "900", "950"),
        ]);
    }

    [Fact]
    public void Tender_details_are_named_by_their_path()
    {
        var after = s_before with
        {
            Tender = s_before.Tender with
            {
                Title = "Smart charging for residents",
                Authority = s_before.Tender.Authority with { Country = null },
                CpvCodes = ["31681500"],
            },
        };

        TenderInputChanges.Between(s_before, after).ShouldBe(
        [
            new InputChange(InputChangeKind.TenderDetail, "tender.authority.country", "NL", null),
            new InputChange(InputChangeKind.TenderDetail, "tender.cpvCodes", null, "[\"31681500\"]"),
            new InputChange(InputChangeKind.TenderDetail, "tender.title", "Charging for residents", "Smart charging for residents"),
        ]);
    }

    [Fact]
    public void Exclusions_overrides_and_own_clauses_are_changes_of_their_own_kind()
    {
        var after = s_before with
        {
            Exclusions = [new ClauseExclusion { Clause = "operations.penalties-and-bonus", Justification = "Covered elsewhere." }],
            ParameterOverrides = [],
            CustomClauses = [s_before.CustomClauses[0] with { Title = "Local art" }, new CustomClause { Id = "custom-2", Title = "=HYPERLINK(\"x\")", Text = "t", Kind = "technical" }],
        };

        var changes = TenderInputChanges.Between(s_before, after);

        changes.Select(c => (c.Kind, c.Subject)).ShouldBe(
        [
            (InputChangeKind.Exclusion, "operations.penalties-and-bonus"),
            (InputChangeKind.ParameterOverride, "grid.peak-limitation/start_hour"),
            (InputChangeKind.CustomClause, "custom-1"),
            (InputChangeKind.CustomClause, "custom-2"),
        ]);
        changes[0].Before.ShouldBe("Covered by the concession.");
        changes[0].After.ShouldBe("Covered elsewhere.");
        changes[1].After.ShouldBeNull();
        changes[3].Before.ShouldBeNull();
        changes[3].After!.ShouldContain("=HYPERLINK");
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    [Fact]
    public void A_site_is_one_item_by_its_id_so_a_history_shows_which_site_changed()
    {
        var hub = new Site { Id = "S1", Name = "Hub", PointGroups = [new PointGroup { Count = 4, Current = "dc", RatedKw = 150 }] };
        var before = s_before with { Sites = [hub, new Site { Id = "S2", Name = "North" }] };
        var after = s_before with { Sites = [new Site { Id = "S3", Name = "South" }, hub with { Name = "Hub east" }] };

        TenderInputChanges.Between(before, after).Select(c => (c.Kind, c.Subject, c.Before is null, c.After is null)).ShouldBe(
        [
            (InputChangeKind.Site, "S1", false, false),
            (InputChangeKind.Site, "S2", false, true),
            (InputChangeKind.Site, "S3", true, false),
        ]);
    }
}
