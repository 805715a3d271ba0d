using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Templates;
using TenderBuilder.Web.Features.Drafts;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Web.Features.Wizard;
using static TenderBuilder.Web.Tests.Features.Wizard.WizardData;

namespace TenderBuilder.Web.Tests.Features.Wizard;

/// <summary>
/// The review step: clauses the law requires say which law and cannot be removed; recommended
/// ones are removed only with a justification and can be put back; parameters say where their
/// value comes from; the officer adds clauses of their own. Also the save status above it.
/// </summary>
public sealed class ReviewStepTests : IAsyncLifetime
{
    // Generous: several test classes render in parallel on a small machine, and debounced fields
    // commit on a real timer.
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
    private BunitContext _context = null!;
    private DraftSession _session = null!;
    private Func<long, Task<long>> _store = revision => Task.FromResult(revision + 1);

    // Utrecht's grid and operations answers with all its parameter values: enough to show every
    // kind of clause and parameter, small enough to render quickly.
    private static readonly TenderInput s_input = Utrecht with
    {
        Answers = Utrecht.Answers.Where(a => a.Key.StartsWith("grid.", StringComparison.Ordinal) || a.Key.StartsWith("operations.", StringComparison.Ordinal))
            .ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
    };

    public Task InitializeAsync()
    {
        _context = MudTestContext.Create(services => services.AddSingleton(ShippedCatalogue));
        _session = new DraftSession(new OpenedDraft(Guid.NewGuid(), "Utrecht-like", 1, s_input, false), Evaluate,
            (_, revision, _, _) => _store(revision), _clock);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _session.DisposeAsync();
        await _context.DisposeAsync();
    }

    [Fact]
    public void A_clause_the_law_requires_names_the_law_and_offers_no_removal_while_a_recommended_one_does()
    {
        var review = Render();
        var mandatory = _session.Package.Clauses.First(c => c.Strength == Strength.Mandatory);

        var required = review.Find($"[data-clause='{mandatory.Id}']");
        required.QuerySelector(".tb-required-by")!.TextContent.Trim()
            .ShouldBe($"Required by law: {string.Join("; ", mandatory.RequiredBy.Select(s => s.Label))}. It cannot be removed.");
        required.QuerySelector(".tb-exclude").ShouldBeNull();

        var recommended = review.Find("[data-clause='grid.dso-coordination']");
        recommended.QuerySelector(".tb-required-by").ShouldBeNull();
        recommended.QuerySelector(".tb-exclude")!.GetAttribute("aria-label").ShouldBe($"Remove {_session.Package.Clauses.Single(c => c.Id == "grid.dso-coordination").Title}");
        review.FindAll(".tb-required-by").Count.ShouldBe(_session.Package.Clauses.Count(c => c.Strength == Strength.Mandatory));
    }

    [Fact]
    public void A_clause_values_choices_are_listed_in_the_interface_language_and_stored_as_the_option() =>
        Localization.InterfaceWords.In("nl-NL", () =>
        {
            // The whole example: its award clauses carry a value chosen from a list of the clause's own.
            var session = new DraftSession(new OpenedDraft(Guid.NewGuid(), "Utrecht-like", 1, Utrecht, false), Evaluate, (_, revision, _, _) => _store(revision), _clock);
            var review = _context.Render<ReviewStep>(p => p
                .Add(x => x.Session, session)
                .Add(x => x.Placement, new FindingPlacement(session.Package))
                .Add(x => x.ToDo, ToDoOf(session))
                .Add(x => x.StepHref, slug => slug)
                .Add(x => x.OnEdit, edit => session.Apply(edit)));
            var dutch = ShippedCatalogue.In("nl-NL").FindClause("award.driver-tariff-linear")!.Parameters.Single(p => p.Name == "vat_basis");

            var options = review.FindAll("[data-clause='award.driver-tariff-linear'] [data-parameter='vat_basis'] option").Skip(1).ToList();

            options.Select(o => o.GetAttribute("value")).ShouldBe(["including VAT", "excluding VAT"]);
            options.Select(o => o.TextContent).ShouldBe(dutch.OptionLabels);
            dutch.OptionLabels.ShouldNotContain("including VAT", "the Dutch catalogue translates them");
        });

    [Fact]
    public void A_clause_that_binds_some_points_only_says_which_above_its_text()
    {
        var review = Render();
        var peak = _session.Package.Clauses.Single(c => c.Id == "grid.peak-limitation");

        peak.AppliesTo.ShouldStartWith("Applies to AC charging points");
        review.Find("[data-clause='grid.peak-limitation'] .tb-clause-scope").TextContent.Trim().ShouldBe(peak.AppliesTo);
        review.Find("[data-clause='grid.dso-coordination']").QuerySelector(".tb-clause-scope").ShouldBeNull();
    }

    [Fact]
    public void Removing_a_recommended_clause_needs_a_justification_and_it_can_be_put_back()
    {
        var dialog = _context.Render<MudDialogProvider>();
        var review = Render();

        review.Find("[data-clause='grid.dso-coordination'] .tb-exclude").Click();
        dialog.WaitForAssertion(() => dialog.Find(".tb-confirm-remove"), s_wait);
        dialog.Find(".tb-confirm-remove").Click();
        dialog.Markup.ShouldContain("Write why the clause is removed");
        _session.Input.Exclusions.ShouldBeEmpty("no removal without a justification");

        dialog.Find("#tb-justification").Input("  The city plans its sites alone.  ");
        dialog.Find(".tb-confirm-remove").Click();

        review.WaitForAssertion(() => _session.Input.Exclusions.ShouldHaveSingleItem().Justification.ShouldBe("The city plans its sites alone."), s_wait);
        review.Render();
        review.FindAll(".tb-review-clause[data-clause='grid.dso-coordination']").ShouldBeEmpty();
        var removed = review.Find(".tb-removed-clause[data-clause='grid.dso-coordination']");
        removed.TextContent.ShouldContain("Your justification: The city plans its sites alone.");

        removed.QuerySelector(".tb-restore")!.Click();

        _session.Input.Exclusions.ShouldBeEmpty();
        _session.Package.Clauses.ShouldContain(c => c.Id == "grid.dso-coordination");
    }

    [Fact]
    public void Parameters_say_where_their_value_comes_from_and_an_override_can_be_reset()
    {
        var withoutPenalty = s_input with
        {
            ParameterOverrides = [.. s_input.ParameterOverrides.Where(o => !(o.Clause == "operations.penalties-and-bonus" && o.Parameter == "daily_penalty"))],
        };
        _session.Apply(_ => withoutPenalty);
        var review = Render();

        var overridden = review.Find("[data-clause='operations.fault-response-and-repair'] [data-parameter='remote_reset_hours']");
        overridden.QuerySelector(".tb-choice-helper")!.TextContent.ShouldStartWith("Set by you in the review.");
        var fromAnswer = review.Find("[data-clause='grid.peak-limitation'] [data-parameter='start_hour']");
        fromAnswer.QuerySelector(".tb-choice-helper")!.TextContent.ShouldStartWith("From your answer: 16.");
        var unset = review.Find("[data-clause='operations.penalties-and-bonus'] [data-parameter='daily_penalty']");
        unset.QuerySelector(".tb-choice-helper")!.TextContent.ShouldStartWith("Not set yet: your authority decides this value.");
        unset.QuerySelector(".tb-finding[data-finding='clause.parameter-unset']").ShouldNotBeNull();
        review.FindAll("[data-parameter='start_hour'] .tb-reset-parameter").ShouldBeEmpty("only an override can be reset");

        overridden.QuerySelector(".tb-reset-parameter")!.Click();

        _session.Input.OverrideOf("operations.fault-response-and-repair", "remote_reset_hours").ShouldBeNull();
    }

    [Fact]
    public void A_clause_of_the_officers_own_is_added_with_the_next_free_id_and_can_be_deleted()
    {
        var review = Render();

        review.Find(".tb-add-custom").Click();
        review.Find("[role='alert']").TextContent.ShouldBe("Give the clause a title.");
        _session.Input.CustomClauses.ShouldBeEmpty();

        review.Find("#tb-custom-title").Input(" Snow clearing ");
        review.Find("#tb-custom-text").Input("The contractor clears snow from the charging bays within 12 hours.");
        review.Find("#tb-custom-kind").Change("contractPerformance");
        review.Find(".tb-add-custom").Click();

        var added = _session.Input.CustomClauses.ShouldHaveSingleItem();
        (added.Id, added.Title, added.Kind, added.Verification?.Method).ShouldBe(("clause-1", "Snow clearing", "contractPerformance", "documentReview"));
        review.Render();
        var shown = review.Find("[data-clause='custom.clause-1']");
        shown.TextContent.ShouldContain("Your own clause");
        review.Find("#tb-custom-title").GetAttribute("value").ShouldBeNullOrEmpty("the form is emptied for the next clause");

        shown.QuerySelector(".tb-remove-custom")!.Click();

        _session.Input.CustomClauses.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_save_status_says_saving_then_saved_and_a_conflict_offers_reload_or_keeping_a_copy()
    {
        var reloads = 0;
        var copies = 0;
        var bar = _context.Render<SaveStatusBar>(p => p.Add(x => x.Session, _session).Add(x => x.OnReload, () => reloads++).Add(x => x.OnKeepAsCopy, () => copies++));
        bar.Find(".tb-save-status").TextContent.Trim().ShouldBe("All changes saved");

        _session.Apply(input => input.WithExclusion("grid.dso-coordination", "Reason."));
        bar.Render();
        bar.Find(".tb-save-status").TextContent.Trim().ShouldBe("Saving…");
        _clock.Advance(DraftSession.AutosaveDelay);
        bar.Render();
        bar.Find(".tb-save-status").TextContent.Trim().ShouldBe("All changes saved");

        _store = _ => throw new DraftConflictException(_session.Id, new InvalidOperationException());
        _session.Apply(input => input.WithoutExclusion("grid.dso-coordination"));
        await _session.FlushAsync();
        bar.Render();

        var conflict = bar.Find("[data-testid='conflict']");
        conflict.GetAttribute("role").ShouldBe("alert");
        conflict.TextContent.ShouldContain("Your latest changes have not been saved, and nothing has been overwritten.");
        bar.Find(".tb-save-status").TextContent.Trim().ShouldBe("Not saved");
        bar.Find(".tb-reload").Click();
        bar.Find(".tb-keep-copy").Click();
        (reloads, copies).ShouldBe((1, 1));
    }

    [Fact]
    public async Task A_clause_the_template_locks_shows_who_locked_it_and_why_and_can_be_neither_removed_nor_given_other_values()
    {
        var clause = _session.Package.Clauses.First(c => c.Strength == Strength.Recommended && !c.Parameters.IsEmpty);
        var binding = new TemplateBinding
        {
            Origin = new TemplateOrigin(Guid.NewGuid(), 4, "Region <b>template</b>"),
            OwnerName = "Region Utrecht",
            Baseline = s_input,
            Locks = [new TemplateLock(LockKind.Clause, clause.Id, clause.Title, "The grid operator requires it.", "Rita Region", _clock.GetUtcNow().UtcDateTime)],
        };
        await _session.DisposeAsync();
        _session = new DraftSession(new OpenedDraft(Guid.NewGuid(), "From a template", 1, s_input, false, Template: binding), Evaluate,
            (_, revision, _, _) => _store(revision), _clock, (input, package) => binding.Check(input, package, ShippedCatalogue));

        var review = _context.Render<ReviewStep>(p => p
            .Add(x => x.Session, _session)
            .Add(x => x.Placement, new FindingPlacement(_session.Package))
            .Add(x => x.ToDo, ToDoOf(_session))
            .Add(x => x.StepHref, slug => slug)
            .Add(x => x.Template, binding)
            .Add(x => x.OnEdit, edit => _session.Apply(edit)));

        var locked = review.Find($"[data-clause='{clause.Id}']");
        locked.QuerySelector(".tb-lock-note")!.TextContent.Trim()
            .ShouldBe("Locked by Rita Region (Region Utrecht) in the template “Region <b>template</b>”: The grid operator requires it.");
        locked.QuerySelector(".tb-exclude").ShouldBeNull();
        locked.QuerySelector("fieldset.tb-parameters-editor")!.HasAttribute("disabled").ShouldBeTrue();
        review.FindAll(".tb-lock-note").Count.ShouldBe(1);

        // What the page cannot disable, the session refuses: the input stays and nothing is saved.
        var refused = _session.Apply(input => input.WithExclusion(clause.Id, "Not needed here."));
        refused.Single().Message.ShouldStartWith($"The clause “{clause.Title}” cannot be removed.");
        _session.Input.Exclusions.ShouldBeEmpty();
        _session.State.ShouldBe(SaveState.Saved);
    }

    private IRenderedComponent<ReviewStep> Render() =>
        _context.Render<ReviewStep>(p => p
            .Add(x => x.Session, _session)
            .Add(x => x.Placement, new FindingPlacement(_session.Package))
            .Add(x => x.ToDo, ToDoOf(_session))
            .Add(x => x.StepHref, slug => slug)
            .Add(x => x.OnEdit, edit => _session.Apply(edit)));

    private static DraftToDo ToDoOf(DraftSession session) =>
        new(session.Package, new FindingPlacement(session.Package), WizardWords.Steps);
}
