using System.Text.Json;
using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Web.Features.Wizard;
using static TenderBuilder.Web.Tests.Features.Wizard.WizardData;

namespace TenderBuilder.Web.Tests.Features.Wizard;

/// <summary>
/// What is left to do, counted where the officer sees it (the header, each step) and listed on the
/// review step with a link to the field that fixes each item; and what a change did to the tender.
/// </summary>
public sealed class DraftToDoTests
{
    private static readonly System.Collections.Immutable.ImmutableArray<WizardStep> s_steps = WizardWords.Steps;

    private static readonly TenderInput s_withoutOperator = Utrecht with
    {
        Answers = Utrecht.Answers.Where(a => a.Key != "grid.dso_name").ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
    };

    private static readonly IStringLocalizer<DraftToDo> s_words = WizardWords.For<DraftToDo>();

    private static DraftToDo ToDo(TenderPackage package) => new(package, new FindingPlacement(package), s_steps);

    [Fact]
    public void A_complete_draft_has_nothing_left_to_do()
    {
        var toDo = ToDo(Evaluate(Utrecht));

        toDo.IsEmpty.ShouldBeTrue();
        toDo.Summary(s_words).ShouldBe("Nothing left to do: no values missing, no errors, no warnings.");
        s_steps.ShouldAllBe(step => toDo.ToFix(step.Slug) == 0 && toDo.ToCheck(step.Slug) == 0);
    }

    [Fact]
    public void A_value_a_question_sets_is_fixed_by_answering_that_question_on_its_step()
    {
        var package = Evaluate(s_withoutOperator);
        var unset = package.Findings.Where(f => f.Code == DraftToDo.UnsetParameter).ToList();
        unset.Count.ShouldBeGreaterThan(1, "several grid clauses print the operator's name");

        var toDo = ToDo(package);

        toDo.Count(ToDoKind.Value).ShouldBe(unset.Count);
        toDo.Summary(s_words).ShouldBe($"{unset.Count} values needed");
        toDo.Items.ShouldAllBe(item => item.Step == "grid" && item.TargetId == "q-grid-dso_name");
        DraftToDo.LinkText(toDo.Items[0], s_words).ShouldBe($"Go to “{Question("grid.dso_name").Label}”");
        toDo.ToFix("grid").ShouldBe(unset.Count);
        toDo.ToFix(WizardStep.Review).ShouldBe(0);
    }

    [Fact]
    public void A_value_no_shown_question_sets_is_fixed_beside_the_parameter_on_the_review_step()
    {
        var package = Evaluate(Utrecht);
        var clause = package.Clauses.First(c => !c.Parameters.IsEmpty);
        var parameter = clause.Parameters[0];
        var unset = new Finding(DraftToDo.UnsetParameter, FindingSeverity.Error, "Needs a value.", []) { ClauseId = clause.Id, ParameterName = parameter.Name };

        var item = ToDo(package with { Findings = [unset] }).Items.ShouldHaveSingleItem();

        item.Kind.ShouldBe(ToDoKind.Value);
        item.Step.ShouldBe(WizardStep.Review);
        item.TargetId.ShouldBe(DraftToDo.ParameterFieldId(clause.Id, parameter.Name));
        item.Place.ShouldBe($"{clause.Title}: {parameter.Label}");
    }

    [Fact]
    public void Errors_and_warnings_are_counted_apart_on_their_steps_and_notes_are_not_to_dos()
    {
        var package = Evaluate(Utrecht.WithAnswer(Question("award.weight_concession_fee"), JsonSerializer.SerializeToElement(15)));
        var warning = new Finding("demo.check", FindingSeverity.Warning, "Check the window.", []) { Questions = ["grid.traffic_light"] };
        var note = new Finding("demo.note", FindingSeverity.Info, "Worth knowing.", []) { Questions = ["grid.traffic_light"] };

        var toDo = ToDo(package with { Findings = [.. package.Findings, warning, note] });

        toDo.Items.Select(i => (i.Kind, i.Finding.Code)).ShouldBe([(ToDoKind.Error, "award.weights-not-100"), (ToDoKind.Warning, "demo.check")]);
        toDo.ToFix("award").ShouldBe(1);
        toDo.ToCheck("grid").ShouldBe(1);
        toDo.ToFix("grid").ShouldBe(0);
        toDo.Summary(s_words).ShouldBe("1 error · 1 warning");
    }

    [Fact]
    public void A_finding_beside_no_field_is_fixed_in_the_review_steps_list()
    {
        var package = Evaluate(Utrecht);
        var elsewhere = new Finding("demo.elsewhere", FindingSeverity.Error, "Justify the removal.", []);

        var item = ToDo(package with { Findings = [elsewhere] }).Items.ShouldHaveSingleItem();

        item.Step.ShouldBe(WizardStep.Review);
        item.TargetId.ShouldBe(DraftToDo.ReviewFindingsId);
        DraftToDo.LinkText(item, s_words).ShouldBe("Go to “Review the requirements”");
    }

    [Theory]
    [InlineData("nl-NL", "1 fout · 1 waarschuwing", "Naar ‘Eisen controleren’", "Fouten")]
    [InlineData("sv-SE", "1 fel · 1 varning", "Gå till ”Gå igenom kraven”", "Fel")]
    [InlineData("de-DE", "1 Fehler · 1 Warnung", "Zu „Anforderungen durchsehen“", "Fehler")]
    public void The_to_do_count_and_its_links_speak_the_interface_language(string culture, string summary, string link, string errors)
    {
        var package = Evaluate(Utrecht);
        var toDo = ToDo(package with { Findings = [new("demo.error", FindingSeverity.Error, "Fix it.", []), new("demo.check", FindingSeverity.Warning, "Check it.", [])] });
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            toDo.Summary(s_words).ShouldBe(summary);
            DraftToDo.LinkText(toDo.Items[0], s_words).ShouldBe(link);
            DraftToDo.KindText(ToDoKind.Error, 2, s_words).ShouldBe(errors);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void A_value_set_on_the_review_step_shows_as_an_updated_requirement()
    {
        var before = Evaluate(Utrecht);
        var clause = before.Clauses.Single(c => c.Id == "grid.peak-limitation");
        var after = Evaluate(Utrecht.WithOverride(clause.Id, "reduced_power", JsonSerializer.SerializeToElement(5)));

        var change = PackageChange.Between(before, after);

        change.Updated.Select(c => c.Id).ShouldBe([clause.Id]);
        change.Added.ShouldBeEmpty();
        change.Describe(WizardWords.For<PackageChange>()).ShouldBe($"1 requirement updated: {clause.Title}.");
        PackageChange.Between(after, after).IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public async Task The_review_list_filters_by_kind_and_links_each_item_to_its_field()
    {
        var package = Evaluate(s_withoutOperator.WithAnswer(Question("award.weight_concession_fee"), JsonSerializer.SerializeToElement(15)));
        var toDo = ToDo(package);
        ToDoItem? followed = null;
        await using var context = MudTestContext.Create();

        var list = context.Render<ReviewToDo>(p => p
            .Add(x => x.ToDo, toDo)
            .Add(x => x.StepHref, slug => $"drafts/1/{slug}")
            .Add(x => x.OnGoTo, item => followed = item));

        list.Find("h2").TextContent.ShouldBe($"To do ({toDo.Items.Length})");
        // The values the operator's name fills are one entry, with one line per clause; the error another.
        list.FindAll(".tb-todo-item").Select(i => i.GetAttribute("data-todo-kind")).ShouldBe(["value", "error"]);
        list.FindAll(".tb-todo-messages > li").Count.ShouldBe(toDo.Count(ToDoKind.Value));
        list.FindAll("label.mud-radio").Single(l => l.TextContent.Trim() == "Errors (1)").QuerySelector("input")!.Click();
        list.FindAll(".tb-todo-item").Select(i => i.GetAttribute("data-finding")).ShouldBe(["award.weights-not-100"]);

        var link = list.Find(".tb-todo-link");
        link.GetAttribute("href").ShouldBe("drafts/1/award#q-award-basis");
        link.Click();
        followed.ShouldNotBeNull().TargetId.ShouldBe("q-award-basis");
    }
}
