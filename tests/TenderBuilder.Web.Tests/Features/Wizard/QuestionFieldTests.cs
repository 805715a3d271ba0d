using System.Collections.Immutable;
using System.Text.Json;
using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Rules;
using TenderBuilder.Web.Features.Wizard;
using static TenderBuilder.Web.Tests.Features.Wizard.WizardData;

namespace TenderBuilder.Web.Tests.Features.Wizard;

/// <summary>
/// One question as the officer sees and answers it: the control its type calls for, its label,
/// its default marked as such, the findings beside it and why it is asked; and the raw answer it
/// reports when the officer changes it.
/// </summary>
public sealed class QuestionFieldTests
{
    // Generous: several test classes render in parallel on a small machine, and debounced fields
    // commit on a real timer.
    [Fact]
    public async Task A_term_of_art_in_a_help_text_is_a_button_that_opens_and_closes_its_definition_in_place()
    {
        await using var context = CreateContext();
        var question = Question("grid.dso_coordination");
        question.Why.ShouldNotBeNull();
        var field = Render(context, question.Id, new TenderInput());

        var button = field.Find("details.tb-why button.tb-term-button[data-term='DSO']");
        var definition = field.Find($"#{button.GetAttribute("aria-controls")}");
        button.GetAttribute("aria-expanded").ShouldBe("false");
        definition.HasAttribute("hidden").ShouldBeTrue();
        definition.TextContent.ShouldContain("distribution system operator");

        button.Click();

        field.Find("details.tb-why button.tb-term-button[data-term='DSO']").GetAttribute("aria-expanded").ShouldBe("true");
        field.Find($"#{button.GetAttribute("aria-controls")}").HasAttribute("hidden").ShouldBeFalse();
        field.FindAll("details.tb-why button.tb-term-button[data-term='DSO']").Count.ShouldBe(1, "only the first occurrence of a term in a text is explained");
        field.Find("legend, label").QuerySelectorAll("button").ShouldBeEmpty("the label keeps its plain accessible name");
    }

    // The text as read without the glossary's hidden definitions and screen-reader hints.
    private static string ReadText(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var extra in copy.QuerySelectorAll(".tb-term-definition, .tb-visually-hidden").ToList())
        {
            extra.Remove();
        }

        return copy.TextContent;
    }

    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(10);
    private readonly List<JsonElement?> _reported = [];

    [Fact]
    public async Task Every_question_of_the_catalogue_renders_with_its_label_and_the_control_for_its_type()
    {
        await using var context = CreateContext();
        // The boundary is in the catalogue: six procedures are radio buttons, eleven currencies a list box.
        Question("tender.procedure").Options.Length.ShouldBe(6);
        Question("tender.currency").Options.Length.ShouldBeGreaterThan(6);

        foreach (var question in ShippedCatalogue.Questionnaire.Questions)
        {
            var field = Render(context, question.Id, new TenderInput());

            field.Find(".tb-question").GetAttribute("data-question").ShouldBe(question.Id);
            field.Find(".tb-question").TextContent.ShouldContain(question.Label, customMessage: question.Id);
            var expected = Control(question);
            var found = field.FindAll("input[type=radio]").Count > 0 ? "radios"
                : field.FindAll("select").Count > 0 ? "list box"
                : field.FindAll("input[type=checkbox]").Count > 0 ? "checkboxes"
                : field.FindAll("textarea").Count > 0 ? "textarea"
                : field.FindAll(".tb-time input").Count > 0 ? "time"
                : field.Find("input").GetAttribute("type") == "date" ? "date"
                : field.Find("input").GetAttribute("inputmode") == "decimal" ? "number"
                : "text";
            found.ShouldBe(expected, question.Id);
        }
    }

    [Fact]
    public async Task A_yes_no_question_offers_yes_and_no_and_reports_true_or_false()
    {
        await using var context = CreateContext();
        var field = Render(context, "grid.congestion", new TenderInput());

        field.Find("legend").TextContent.ShouldBe(Question("grid.congestion").Label);
        RadioLabels(field).ShouldBe(["Yes", "No"]);
        field.FindAll("input[type=radio][checked]").ShouldBeEmpty("nothing is answered and there is no default");

        Radio(field, "Yes").Click();
        Radio(field, "No").Click();

        Reported().ShouldBe(["true", "false"]);
    }

    [Fact]
    public async Task A_given_yes_no_answer_is_shown_checked_and_can_be_cleared_when_optional()
    {
        await using var context = CreateContext();
        var field = Render(context, "grid.congestion", Utrecht);

        CheckedRadio(field).ShouldBe("Yes");
        field.Find(".tb-clear-answer").Click();

        Reported().ShouldBe([null]);
    }

    [Fact]
    public async Task A_single_choice_of_six_options_or_fewer_is_a_set_of_radio_buttons_reporting_the_option_value()
    {
        await using var context = CreateContext();
        var question = Question("model.type");
        question.Options.Length.ShouldBeLessThanOrEqualTo(6);
        var field = Render(context, question.Id, new TenderInput());

        field.Find("legend").TextContent.ShouldBe(question.Label + " (required)");
        RadioLabels(field).Count.ShouldBe(question.Options.Length);
        field.FindAll("select").ShouldBeEmpty();

        Radio(field, question.OptionLabel("concession")).Click();

        Reported().ShouldBe(["\"concession\""]);
    }

    [Fact]
    public async Task A_single_choice_of_more_than_six_options_is_a_labelled_list_box()
    {
        await using var context = CreateContext();
        var question = Question("tender.country");
        var field = Render(context, question.Id, Utrecht);

        var select = field.Find("select");
        field.Find($"label[for='{select.Id}']").TextContent.ShouldBe(question.Label + " (required)");
        select.QuerySelectorAll("option").Select(o => o.TextContent).ShouldBe(["Choose…", .. question.Options.Select(o => o.Label)]);
        select.GetAttribute("value").ShouldBe("NL");
        field.FindAll("input[type=radio]").ShouldBeEmpty();

        select.Change("SE");
        field.Find("select").Change("");

        Reported().ShouldBe(["\"SE\"", null]);
    }

    [Fact]
    public async Task A_multiple_choice_is_a_set_of_checkboxes_reporting_every_ticked_option_in_catalogue_order()
    {
        await using var context = CreateContext();
        var question = Question("sites.site_types");
        var input = new TenderInput().WithAnswer(question, JsonSerializer.SerializeToElement(new[] { "hub" }));
        var field = Render(context, question.Id, input);

        field.FindAll("input[type=checkbox]").Count.ShouldBe(question.Options.Length);
        TickedLabels(field).ShouldBe([question.OptionLabel("hub")]);

        Checkbox(field, question.OptionLabel("on_street")).Change(true);
        Checkbox(field, question.OptionLabel("hub")).Change(false);

        Reported().ShouldBe(["[\"on_street\",\"hub\"]", "[]"], "options keep the questionnaire's order; none ticked is the answer \"none of these\"");
    }

    [Fact]
    public async Task A_number_shows_its_unit_and_range_and_reports_the_number_typed()
    {
        await using var context = CreateContext();
        var question = Question("grid.traffic_light_start_hour");
        var field = Render(context, question.Id, Utrecht);

        var input = field.Find("input");
        input.GetAttribute("value").ShouldBe("16");
        field.Find($"label[for='{input.Id}']").TextContent.ShouldBe(question.Label);
        field.Find(".tb-number-unit").TextContent.ShouldBe("h");
        field.Find(".tb-choice-helper").TextContent.ShouldEndWith("From 0 to 24.");

        input.Change("17");

        field.WaitForAssertion(() => Reported().ShouldBe(["17"]), s_wait);
    }

    [Fact]
    public async Task A_percentage_shows_a_percent_sign_and_money_shows_no_unit()
    {
        await using var context = CreateContext();

        var percentage = Render(context, "operations.availability_target", Utrecht);
        var money = Render(context, "tender.estimated_value", Utrecht);

        percentage.Find(".tb-number-unit").TextContent.ShouldBe("%");
        percentage.Find("input").GetAttribute("value").ShouldBe("98");
        money.FindAll(".tb-number-unit").ShouldBeEmpty();
        money.Find("input").GetAttribute("value").ShouldBe("42000000");

        money.Find("input").Change("1250000.50");

        money.WaitForAssertion(() => Reported().ShouldBe(["1250000.50"]), s_wait);
    }

    [Fact]
    public async Task A_date_is_a_date_input_reporting_YYYY_MM_DD_and_emptying_it_clears_the_answer()
    {
        await using var context = CreateContext();
        var question = Question("sites.rollout_start");
        var field = Render(context, question.Id, Utrecht);

        var input = field.Find("input");
        input.GetAttribute("type").ShouldBe("date");
        input.GetAttribute("value").ShouldBe("2026-10-01");
        field.Find($"label[for='{input.Id}']").TextContent.ShouldBe(question.Label + " (required)");

        input.Change("2027-01-15");
        field.Find("input").Change("");

        Reported().ShouldBe(["\"2027-01-15\"", null]);
    }

    [Fact]
    public async Task A_time_is_typed_as_officers_write_it_stored_as_HH_mm_and_read_back_in_the_officer_s_way()
    {
        await using var context = CreateContext();
        var question = Question("notice.deadline_time");
        var field = Render(context, question.Id, Example("two-lots-with-sites.yaml"));

        var input = field.Find(".tb-time input");
        input.GetAttribute("value").ShouldBe("12:00", "the input file's 12:00:00 shows as the officer wrote it");
        field.Find("[data-testid='time-echo']").TextContent.ShouldBe("12:00");
        field.Find($"label[for='{input.Id}']").TextContent.ShouldBe(question.Label);

        input.Change("14.30");
        field.Find(".tb-time input").Change("9:05");
        field.Find(".tb-time input").Change("");

        Reported().ShouldBe(["\"14:30\"", "\"09:05\"", null]);
    }

    [Fact]
    public async Task Text_that_is_not_a_time_stays_in_the_field_with_a_message_and_nothing_is_saved()
    {
        await using var context = CreateContext();
        var field = Render(context, "notice.deadline_time", Example("two-lots-with-sites.yaml"));

        field.Find(".tb-time input").Change("half past two");

        Reported().ShouldBeEmpty();
        field.Find(".tb-time input").GetAttribute("value").ShouldBe("half past two");
        field.Find(".tb-time").TextContent.ShouldContain("“half past two” is not a time of day. Write it on the 24-hour clock, for example 14:00. Nothing was saved.");
        field.FindAll("[data-testid='time-echo']").ShouldBeEmpty("the stored time is not read back beside text that replaces it");

        field.Find(".tb-time input").Change("14:00");

        Reported().ShouldBe(["\"14:00\""]);
        field.Find(".tb-time").TextContent.ShouldNotContain("is not a time of day");
    }

    [Fact]
    public async Task Text_is_a_line_or_for_paragraph_questions_a_text_area_reporting_what_is_typed()
    {
        await using var context = CreateContext();
        var line = Render(context, "grid.dso_name", new TenderInput());
        var paragraph = Render(context, "tender.lots_reason_not_divided", Utrecht);

        line.FindAll("textarea").ShouldBeEmpty();
        paragraph.Find("textarea").TextContent.ShouldBe(Utrecht.Tender.Lots.ReasonNotDivided);

        line.Find("input").Input("Enexis");
        line.Find("input").Blur();

        line.WaitForAssertion(() => Reported().ShouldBe(["\"Enexis\""]), s_wait);
    }

    [Fact]
    public async Task An_unanswered_question_with_a_default_is_prefilled_with_it_and_says_so_with_its_source()
    {
        await using var context = CreateContext();
        var question = Question("smart.ocpp_version");
        var field = Render(context, question.Id, new TenderInput());

        CheckedRadio(field).ShouldBe(question.OptionLabel("ocpp_2_0_1"));
        var marker = field.Find(".tb-default");
        marker.TextContent.ShouldContain("Pre-filled with the recommended default");
        var source = ShippedCatalogue.FindSource(question.DefaultSource!.SourceId)!;
        marker.TextContent.ShouldContain($"({source.Short} {question.DefaultSource.Locator})");
        // The chip is a block inside the paragraph, so an HTML parser places it just after it.
        field.FindAll(".tb-chip-status").First(chip => chip.Closest("details") is null).TextContent.Trim().ShouldBe(question.DefaultSource.Status == VerificationStatus.Verified ? "verified" : "to verify");
    }

    [Fact]
    public async Task An_answer_the_officer_gave_is_not_marked_as_a_default_even_when_it_equals_the_default()
    {
        await using var context = CreateContext();
        var question = Question("smart.ocpp_version");

        var same = Render(context, question.Id, new TenderInput().WithAnswer(question, JsonSerializer.SerializeToElement("ocpp_2_0_1")));
        var other = Render(context, question.Id, new TenderInput().WithAnswer(question, JsonSerializer.SerializeToElement("ocpp_2_1")));
        var noDefault = Render(context, "grid.congestion", new TenderInput());

        same.FindAll(".tb-default").ShouldBeEmpty();
        other.FindAll(".tb-default").ShouldBeEmpty();
        noDefault.FindAll(".tb-default").ShouldBeEmpty();
        CheckedRadio(other).ShouldBe(question.OptionLabel("ocpp_2_1"));

        var useDefault = other.Find(".tb-use-default");
        useDefault.TextContent.ShouldContain(question.OptionLabel("ocpp_2_0_1"));
        useDefault.Click();
        Reported().ShouldBe([null], "the answer is removed so the default applies again");
    }

    [Fact]
    public async Task Findings_appear_beside_the_question_with_their_severity_in_words_and_their_sources()
    {
        await using var context = CreateContext();
        var package = Evaluate(Utrecht.WithAnswer(Question("award.weight_concession_fee"), JsonSerializer.SerializeToElement(15)));
        var weights = package.Findings.Single(f => f.Code == "award.weights-not-100");
        var findings = new[]
        {
            weights,
            new Finding("demo.warning", FindingSeverity.Warning, "Probably a mistake.", []),
            new Finding("demo.note", FindingSeverity.Info, "Worth knowing.", []),
        };
        var field = Render(context, "award.basis", Utrecht, findings);

        var shown = field.FindAll(".tb-finding");
        shown.Select(f => f.GetAttribute("data-severity")).ShouldBe(["error", "warning", "info"]);
        shown[0].TextContent.ShouldContain("Error (must be fixed before export): " + weights.Message);
        // The example is a concession: its weights finding cites Directive 2014/23/EU's award article.
        shown[0].QuerySelector(".tb-finding-sources")!.TextContent.ShouldContain("Art. 41");
        shown[1].TextContent.ShouldContain("Warning (check it before you publish; does not block export): Probably a mistake.");
        shown[2].TextContent.ShouldContain("Note (for information; no action needed): Worth knowing.");
        field.Find(".tb-question").ClassList.ShouldContain("tb-question-error");
    }

    [Fact]
    public async Task A_question_with_only_warnings_beside_it_is_not_marked_as_an_error()
    {
        await using var context = CreateContext();

        var field = Render(context, "award.basis", Utrecht, [new Finding("demo.warning", FindingSeverity.Warning, "Probably a mistake.", [])]);
        var clean = Render(context, "award.basis", Utrecht);

        field.Find(".tb-question").ClassList.ShouldNotContain("tb-question-error");
        clean.FindAll(".tb-finding").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("tender.country")]
    [InlineData("grid.congestion")]
    [InlineData("grid.dso_coordination")]
    public async Task Why_we_ask_lists_each_source_with_its_locator_and_whether_it_is_verified(string questionId)
    {
        await using var context = CreateContext();
        var question = Question(questionId);
        var field = Render(context, questionId, new TenderInput());

        var why = field.Find("details.tb-why");
        why.QuerySelector("summary")!.TextContent.ShouldBe("Why we ask");
        ReadText(why.QuerySelector("p")!).ShouldBe(question.Why);
        var items = why.QuerySelectorAll(".tb-why-sources li");
        items.Length.ShouldBe(question.WhySources.Length);
        foreach (var (item, citation) in items.Zip(question.WhySources))
        {
            item.TextContent.ShouldContain($"{ShippedCatalogue.FindSource(citation.SourceId)!.Title}, {citation.Locator}");
            item.QuerySelector(".tb-chip-status")!.TextContent.Trim().ShouldBe(citation.Status == VerificationStatus.Verified ? "verified" : "to verify");
        }
    }

    [Fact]
    public void The_questions_above_show_both_a_verified_and_a_to_verify_source()
    {
        // Guards the theory above: it must see both statuses, or it proves little.
        string[] ids = ["tender.country", "grid.congestion", "grid.dso_coordination"];
        var statuses = ids.SelectMany(id => Question(id).WhySources).Select(c => c.Status).Distinct().ToList();

        statuses.ShouldBe([VerificationStatus.Verified, VerificationStatus.ToVerify], ignoreOrder: true);
    }

    private static string Control(Question question) => question.Type switch
    {
        QuestionType.YesNo => "radios",
        QuestionType.SingleChoice => question.Options.Length > 6 ? "list box" : "radios",
        QuestionType.MultipleChoice => "checkboxes",
        QuestionType.Number or QuestionType.Percentage or QuestionType.Money => "number",
        QuestionType.Date => "date",
        QuestionType.Time => "time",
        _ => question.Multiline ? "textarea" : "text",
    };

    private static BunitContext CreateContext() => MudTestContext.Create(services => services.AddSingleton(ShippedCatalogue));

    private IRenderedComponent<QuestionField> Render(BunitContext context, string questionId, TenderInput input, IReadOnlyList<Finding>? findings = null)
    {
        var question = Question(questionId);
        var package = Evaluate(input);
        return context.Render<QuestionField>(parameters => parameters
            .Add(p => p.Question, question)
            .Add(p => p.Answer, package.Answers[questionId])
            .Add(p => p.Given, input.GivenAnswer(question))
            .Add(p => p.Findings, findings ?? [])
            .Add(p => p.OnAnswer, raw => _reported.Add(raw)));
    }

    private List<string?> Reported() => [.. _reported.Select(raw => raw?.GetRawText())];

    private static List<string> RadioLabels(IRenderedComponent<QuestionField> field) =>
        [.. field.FindAll("label.mud-radio").Select(OptionText)];

    private static string? CheckedRadio(IRenderedComponent<QuestionField> field) =>
        field.FindAll("label.mud-radio").Where(l => l.QuerySelector("input[checked]") is not null).Select(OptionText).SingleOrDefault();

    private static List<string> TickedLabels(IRenderedComponent<QuestionField> field) =>
        [.. field.FindAll("label.mud-checkbox").Where(l => l.QuerySelector("input[checked]") is not null).Select(OptionText)];

    private static IElement Radio(IRenderedComponent<QuestionField> field, string label) =>
        field.FindAll("label.mud-radio").Single(l => OptionText(l) == label).QuerySelector("input")!;

    private static IElement Checkbox(IRenderedComponent<QuestionField> field, string label) =>
        field.FindAll("label.mud-checkbox").Single(l => OptionText(l) == label).QuerySelector("input")!;

    // An option's label without the help text some options carry.
    private static string OptionText(IElement label)
    {
        var text = label.QuerySelector(".mud-typography")!;
        var help = text.QuerySelector(".tb-option-help")?.TextContent;
        return (string.IsNullOrEmpty(help) ? text.TextContent : text.TextContent.Replace(help, "", StringComparison.Ordinal)).Trim();
    }
}
