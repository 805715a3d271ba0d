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

    [Fact]
    public void The_drafts_template_import_archive_events_read_as_they_always_did_in_english()
    {
        _describer.Describe(Entry("Draft", "created", null, "Utrecht 2027, from template “Region Utrecht” version 3")).Summary
            .ShouldBe("Draft created: Utrecht 2027, from template “Region Utrecht” version 3");
        _describer.Describe(Entry("Draft", "imported", null, "from “tender-input.json”, template “Region Utrecht” version 3")).Summary
            .ShouldBe("Draft imported from “tender-input.json”, template “Region Utrecht” version 3");
        _describer.Describe(Entry("Draft", "new version", null, "from “Utrecht 2027”")).Summary.ShouldBe("Draft new version from “Utrecht 2027”");
        _describer.Describe(Entry("Draft", "deleted", null, "moved to the archive")).Summary.ShouldBe("Draft deleted: moved to the archive");
        _describer.Describe(Entry("Draft", "restored", null, "from the archive (deleted by Anna Author on 2026-11-30 09:00 UTC)")).Summary
            .ShouldBe("Draft restored from the archive (deleted by Anna Author on 2026-11-30 09:00 UTC)");
        _describer.Describe(Entry("Draft", "renamed", null, "to “Utrecht 2028”")).Summary.ShouldBe("Draft renamed: to “Utrecht 2028”", "an event this version does not know reads as stored");
    }

    [Fact]
    public void A_dutch_reader_gets_the_line_in_dutch_with_the_dutch_question_and_unit_and_dutch_yes_and_no()
    {
        var dutch = HistoryWords.Describer(s_catalogue.In("nl-NL"));

        var (number, flag, first) = HistoryWords.In("nl-NL", () => (
            dutch.Describe(Entry("Answer", "sites.points_ac_under_7_4", "10", "12")).Summary,
            dutch.Describe(Entry("Answer", "payment.contactless_all_points", "false", "true")).Summary,
            dutch.Describe(Entry("Answer", "sites.points_ac_under_7_4", null, "10")).Summary));

        number.ShouldBe("Hoeveel AC-laadpunten van minder dan 7,4 kW? 10 laadpunten → 12 laadpunten");
        flag.ShouldBe("Moet elk laadpunt, ook langzamere AC-laadpunten, contactloos betalen accepteren? nee → ja");
        first.ShouldBe("Hoeveel AC-laadpunten van minder dan 7,4 kW? ingesteld op 10 laadpunten");
    }

    [Fact]
    public void A_german_reader_gets_amounts_dates_and_counts_as_german_writes_them()
    {
        var german = HistoryWords.Describer(s_catalogue.In("de-DE"));
        var turnover = s_catalogue.In("de-DE").Questionnaire.Find("selection.min_turnover")!;

        var (money, lots, lot, restored) = HistoryWords.In("de-DE", () => (
            german.Describe(Entry("Answer", turnover.Id, "1500000", "2000000.5")).Summary,
            german.Describe(Entry("TenderDetail", "tender.lots.items", "[{\"id\":\"1\"}]", "[{\"id\":\"1\"},{\"id\":\"2\"},{\"id\":\"3\"}]")).Summary,
            german.Describe(Entry("TenderDetail", "tender.lots.items", "[{\"id\":\"1\"},{\"id\":\"2\"}]", "[{\"id\":\"1\"},{\"id\":\"2\"},{\"id\":\"3\"}]")).Summary,
            german.Describe(Entry("Draft", "restored", null, "from the archive (deleted by Anna Author on 2026-11-30 09:05 UTC)")).Summary));

        money.ShouldBe($"{(turnover.Label.EndsWith('?') ? turnover.Label : turnover.Label + ":")} 1.500.000 → 2.000.000,5");
        lots.ShouldBe("2 Lose hinzugefügt (jetzt 3 Lose)");
        lot.ShouldBe("1 Los hinzugefügt (jetzt 3 Lose)");
        restored.ShouldBe("Entwurf aus dem Archiv wiederhergestellt (gelöscht von Anna Author am 30.11.2026 09:05 UTC)");
    }

    [Fact]
    public void A_swedish_reader_gets_review_steps_clauses_and_sites_in_swedish()
    {
        var swedishCatalogue = s_catalogue.In("sv-SE");
        var swedish = HistoryWords.Describer(swedishCatalogue);
        var clause = swedishCatalogue.Clauses.First();

        var (status, removed, sites, created) = HistoryWords.In("sv-SE", () => (
            swedish.Describe(Entry("Status", "Returned", "InReview", "Ange nätägaren.")),
            swedish.Describe(Entry("Exclusion", clause.Id, null, "Ingår i ramavtalet.")),
            swedish.Describe([Entry("Site", "S001", null, "{\"name\":\"Torget\"}"), Entry("Site", "S002", null, "{\"name\":\"Hamnen\"}")]),
            swedish.Describe(Entry("Draft", "created", null, "Malmö 2027"))));

        status.Summary.ShouldBe("Status: Under granskning → Skickat tillbaka för ändringar");
        status.Note.ShouldBe("Kommentar: Ange nätägaren.");
        removed.Summary.ShouldBe($"Klausulen ”{clause.DisplayTitle}” togs bort");
        removed.Note.ShouldBe("Motivering: Ingår i ramavtalet.");
        sites.ShouldHaveSingleItem().Summary.ShouldBe("2 platser lades till");
        created.Summary.ShouldBe("Utkastet skapades: Malmö 2027");
    }

    [Fact]
    public void The_sentences_are_found_through_localisation_as_the_web_app_configures_it_in_every_language()
    {
        foreach (var (culture, expected) in new[] { ("en-GB", "Draft deleted: moved to the archive"), ("nl-NL", "Concept verwijderd: naar het archief verplaatst"), ("sv-SE", "Utkastet togs bort: flyttat till arkivet"), ("de-DE", "Entwurf gelöscht: ins Archiv verschoben") })
        {
            var text = HistoryWords.In(culture, () => HistoryWords.Localizer["DraftDeleted"]);
            text.ResourceNotFound.ShouldBeFalse(culture);
            text.Value.ShouldBe(expected);
        }
    }
}
