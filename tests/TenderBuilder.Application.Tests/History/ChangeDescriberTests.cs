using TenderBuilder.Application.History;
using TenderBuilder.Core.Catalogues;

namespace TenderBuilder.Application.Tests.History;

/// <summary>A draft's history in words, as the history page shows it.</summary>
public sealed class ChangeDescriberTests
{
    private static readonly Catalogue s_catalogue = CatalogueLoader.Default;
    private static readonly DateTime s_at = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
    private readonly ChangeDescriber _describer = HistoryWords.Describer(s_catalogue);

    private static HistoryEntry Entry(string kind, string subject, string? before, string? after, DateTime? at = null) =>
        new(at ?? s_at, "Anna", kind, subject, before, after);

    [Fact]
    public void A_number_answer_reads_with_its_question_label_and_unit_and_links_to_its_question()
    {
        var line = _describer.Describe(Entry("Answer", "sites.points_ac_under_7_4", "10", "12"));

        line.Summary.ShouldBe("How many AC charging points of less than 7.4 kW? 10 points → 12 points");
        line.Step.ShouldBe("sites");
        line.QuestionId.ShouldBe("sites.points_ac_under_7_4");
    }

    [Fact]
    public void Choices_read_as_their_option_labels_and_a_first_answer_as_set()
    {
        var line = _describer.Describe(Entry("Answer", "payment.methods", null, "[\"card_reader\",\"qr_code\"]"));

        line.Summary.ShouldBe("How should drivers be able to pay at the charging point? set to Payment card reader, Internet payment, e.g. via a QR code (allowed only below 50 kW)");
    }

    [Fact]
    public void A_yes_no_answer_reads_yes_or_no_and_a_text_as_typed()
    {
        _describer.Describe(Entry("Answer", "payment.contactless_all_points", "false", "true")).Summary
            .ShouldBe("Should every point, including slower AC points, accept contactless payment? no → yes");
        var dso = s_catalogue.Questionnaire.Find("grid.dso_name")!;
        _describer.Describe(Entry("Answer", dso.Id, "\"Stedin\"", null)).Summary.ShouldBe("Which grid operator (DSO) serves the sites? Stedin → cleared", "a question keeps its own question mark, no colon after it");
    }

    [Fact]
    public void A_tender_detail_reads_as_the_question_bound_to_it()
    {
        var title = s_catalogue.Questionnaire.Find("tender.title")!;

        var line = _describer.Describe(Entry("TenderDetail", "tender.title", "Old", "New"));

        line.Summary.ShouldBe(title.Label.EndsWith('?') ? $"{title.Label} Old → New" : $"{title.Label}: Old → New");
        line.QuestionId.ShouldBe("tender.title");
        line.Step.ShouldBe(title.SectionId);
    }

    [Fact]
    public void Lots_are_counted()
    {
        var line = _describer.Describe(Entry("TenderDetail", "tender.lots.items", "[{\"id\":\"1\"}]", "[{\"id\":\"1\"},{\"id\":\"2\"},{\"id\":\"3\"}]"));

        line.Summary.ShouldBe("2 lots added (3 lots now)");
        line.QuestionId.ShouldBe("tender.lots_divided");
    }

    [Fact]
    public void A_clause_value_reads_by_the_clauses_title_and_the_parameters_label_with_its_unit()
    {
        var (clause, parameter) = s_catalogue.Clauses
            .SelectMany(c => c.Parameters.Select(p => (Clause: c, Parameter: p)))
            .First(x => x.Parameter.Type == ParameterType.Number && x.Parameter.Unit is not null);

        var line = _describer.Describe(Entry("ParameterOverride", $"{clause.Id}/{parameter.Name}", "10", "12"));

        line.Summary.ShouldBe($"“{clause.DisplayTitle}”, {parameter.Label}: 10 {parameter.Unit} → 12 {parameter.Unit}");
        line.Step.ShouldBe("review");
        _describer.Describe(Entry("ParameterOverride", $"{clause.Id}/{parameter.Name}", "12", null)).Summary
            .ShouldBe($"“{clause.DisplayTitle}”, {parameter.Label}: 12 {parameter.Unit} → back to the default");
    }

    [Fact]
    public void An_exclusion_names_the_clause_and_gives_the_justification()
    {
        var clause = s_catalogue.Clauses.First();

        var removed = _describer.Describe(Entry("Exclusion", clause.Id, null, "Covered by the framework contract."));
        var restored = _describer.Describe(Entry("Exclusion", clause.Id, "Covered by the framework contract.", null));

        removed.Summary.ShouldBe($"Clause “{clause.DisplayTitle}” removed");
        removed.Note.ShouldBe("Justification: Covered by the framework contract.");
        restored.Summary.ShouldBe($"Clause “{clause.DisplayTitle}” put back");
    }

    [Fact]
    public void A_custom_clause_reads_by_its_title()
    {
        var line = _describer.Describe(Entry("CustomClause", "custom-1", null, "{\"id\":\"custom-1\",\"title\":\"Local apprentices\",\"text\":\"…\"}"));

        line.Summary.ShouldBe("Own clause “Local apprentices” added");
    }

    [Fact]
    public void Sites_added_in_one_save_read_as_one_count_and_a_single_site_by_its_name()
    {
        var later = s_at.AddMinutes(5);
        var lines = _describer.Describe(
        [
            Entry("Site", "S004", "{\"id\":\"S004\",\"name\":\"Dorpsstraat\"}", null, later),
            Entry("Site", "S001", null, "{\"id\":\"S001\",\"name\":\"Marktplein\"}"),
            Entry("Site", "S002", null, "{\"id\":\"S002\",\"name\":\"Station\"}"),
            Entry("Site", "S003", null, "{\"id\":\"S003\",\"name\":\"Haven\"}"),
        ]);

        lines.Select(l => l.Summary).ShouldBe(["Site “Dorpsstraat” removed", "3 sites added"]);
        lines[1].Entries.Count.ShouldBe(3);
        lines[1].Step.ShouldBe("sites");
    }

    [Fact]
    public void A_review_step_names_both_statuses_in_words_and_keeps_the_comment()
    {
        var line = _describer.Describe(Entry("Status", "Returned", "InReview", "Name the grid operator."));

        line.Summary.ShouldBe("Status: In review → Returned for changes");
        line.Note.ShouldBe("Comment: Name the grid operator.");
        line.Step.ShouldBeNull();
    }

    [Fact]
    public void The_drafts_own_events_read_as_a_sentence()
    {
        _describer.Describe(Entry("Draft", "created", null, "Utrecht 2027")).Summary.ShouldBe("Draft created: Utrecht 2027");
        _describer.Describe(Entry("Draft", "copied", null, "from “Utrecht 2027”")).Summary.ShouldBe("Draft copied from “Utrecht 2027”");
    }
}
