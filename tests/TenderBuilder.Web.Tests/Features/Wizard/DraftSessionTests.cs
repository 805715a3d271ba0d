using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TenderBuilder.Core.Input;
using TenderBuilder.Web.Features.Drafts;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Web.Features.Wizard;
using static TenderBuilder.Web.Tests.Features.Wizard.WizardData;

namespace TenderBuilder.Web.Tests.Features.Wizard;

/// <summary>
/// Autosave as the officer lives it: each change is evaluated at once and stored after a short
/// pause, a burst of typing is one save, and a conflict with another tab stops saving instead of
/// overwriting. Time is a fake clock, so nothing here waits.
/// </summary>
public sealed class DraftSessionTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
    private readonly List<(long Revision, TenderInput Input)> _saves = [];
    private Func<long, Task<long>>? _store;

    [Fact]
    public async Task An_edit_is_evaluated_at_once_and_saved_once_after_the_autosave_delay()
    {
        await using var session = Start();
        var states = new List<SaveState>();
        session.SaveStateChanged += () => states.Add(session.State);

        session.Apply(TrafficLight(false));

        session.State.ShouldBe(SaveState.Pending);
        session.Package.Clauses.ShouldNotContain(c => c.Id == "grid.peak-limitation", "the requirements follow the answer before it is saved");
        session.Change.Dropped.Select(c => c.Id).ShouldContain("grid.peak-limitation");
        _clock.Advance(DraftSession.AutosaveDelay - TimeSpan.FromMilliseconds(1));
        _saves.ShouldBeEmpty();

        _clock.Advance(TimeSpan.FromMilliseconds(1));

        _saves.Count.ShouldBe(1);
        _saves[0].Revision.ShouldBe(7);
        _saves[0].Input.Answers["grid.traffic_light"].GetBoolean().ShouldBeFalse();
        session.State.ShouldBe(SaveState.Saved);
        session.Revision.ShouldBe(8, "the next save is made against the revision just stored");
        session.SavedAt.ShouldBe(_clock.GetUtcNow());
        states.ShouldBe([SaveState.Pending, SaveState.Saving, SaveState.Saved]);
    }

    [Fact]
    public async Task Control_characters_pasted_into_a_field_are_removed_before_the_edit_is_applied_and_counted_for_the_notice()
    {
        await using var session = Start();

        session.Apply(input => input with { Tender = input.Tender with { Title = "Laad\0palen\u001B Utrecht", Reference = "REF\tA" } });

        session.ControlCharactersRemoved.ShouldBe(2);
        session.Input.Tender.Title.ShouldBe("Laadpalen Utrecht");
        session.Input.Tender.Reference.ShouldBe("REF\tA", "a tab is text");
        _clock.Advance(DraftSession.AutosaveDelay);
        _saves.ShouldHaveSingleItem().Input.Tender.Title.ShouldBe("Laadpalen Utrecht");

        session.Apply(TrafficLight(false));

        session.ControlCharactersRemoved.ShouldBe(0, "the notice is for the edit that held them");
    }

    [Fact]
    public async Task A_burst_of_edits_is_one_save_of_the_last_state_after_the_pause()
    {
        await using var session = Start();

        foreach (var hour in new[] { 15, 16, 17, 18 })
        {
            session.Apply(input => input.WithAnswer(Question("grid.traffic_light_start_hour"), JsonSerializer.SerializeToElement(hour)));
            _clock.Advance(TimeSpan.FromMilliseconds(300));
        }

        _saves.ShouldBeEmpty("each edit restarts the pause");
        _clock.Advance(TimeSpan.FromMilliseconds(100));

        _saves.ShouldHaveSingleItem().Input.Answers["grid.traffic_light_start_hour"].GetInt32().ShouldBe(18);
        session.State.ShouldBe(SaveState.Saved);
        _clock.Advance(TimeSpan.FromSeconds(5));
        _saves.Count.ShouldBe(1, "nothing more to store");
    }

    [Fact]
    public async Task Consecutive_saves_use_the_revision_each_save_returned()
    {
        await using var session = Start();

        session.Apply(TrafficLight(false));
        _clock.Advance(DraftSession.AutosaveDelay);
        session.Apply(TrafficLight(true));
        _clock.Advance(DraftSession.AutosaveDelay);

        _saves.Select(s => s.Revision).ShouldBe([7, 8]);
        session.Revision.ShouldBe(9);
    }

    [Fact]
    public async Task A_conflict_stops_saving_for_good_and_keeps_the_officers_changes_in_memory()
    {
        var session = Start();
        _store = _ => throw new DraftConflictException(session.Id, new InvalidOperationException("stale"));

        session.Apply(TrafficLight(false));
        _clock.Advance(DraftSession.AutosaveDelay);

        session.State.ShouldBe(SaveState.Conflict);
        session.CanSave.ShouldBeFalse();
        var attempts = _saves.Count;
        attempts.ShouldBe(1);

        _store = revision => Task.FromResult(revision + 1);
        session.Apply(TrafficLight(true));
        session.State.ShouldBe(SaveState.Conflict, "a later edit does not re-arm the autosave");
        _clock.Advance(TimeSpan.FromSeconds(10));
        await session.FlushAsync();
        await session.DisposeAsync();

        _saves.Count.ShouldBe(attempts, "nothing is saved after a conflict, not even on leaving the page");
        session.Input.Answers["grid.traffic_light"].GetBoolean().ShouldBeTrue();
        session.Package.Clauses.ShouldContain(c => c.Id == "grid.peak-limitation");
    }

    [Fact]
    public async Task A_draft_deleted_elsewhere_stops_saving()
    {
        await using var session = Start();
        _store = _ => throw new DraftNotFoundException(session.Id);

        session.Apply(TrafficLight(false));
        _clock.Advance(DraftSession.AutosaveDelay);
        session.Apply(TrafficLight(true));
        _clock.Advance(DraftSession.AutosaveDelay);

        session.State.ShouldBe(SaveState.Deleted);
        _saves.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_failed_save_is_retried_with_the_next_edit()
    {
        await using var session = Start();
        _store = _ => throw new InvalidOperationException("The database did not answer.");

        session.Apply(TrafficLight(false));
        _clock.Advance(DraftSession.AutosaveDelay);
        session.State.ShouldBe(SaveState.Failed);

        _store = revision => Task.FromResult(revision + 1);
        session.Apply(TrafficLight(true));
        _clock.Advance(DraftSession.AutosaveDelay);

        session.State.ShouldBe(SaveState.Saved);
        _saves.Count.ShouldBe(2);
        _saves[1].Input.Answers["grid.traffic_light"].GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task An_edit_made_while_a_save_is_running_stays_pending_and_is_saved_next()
    {
        await using var session = Start();
        var release = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _store = _ => release.Task;

        session.Apply(TrafficLight(false));
        _clock.Advance(DraftSession.AutosaveDelay);
        session.State.ShouldBe(SaveState.Saving);
        session.Apply(TrafficLight(true));
        _store = revision => Task.FromResult(revision + 1);
        release.SetResult(8);
        await WaitUntilAsync(() => session.State == SaveState.Pending);

        _clock.Advance(DraftSession.AutosaveDelay);
        await WaitUntilAsync(() => session.State == SaveState.Saved);

        _saves.Count.ShouldBe(2);
        _saves[1].Revision.ShouldBe(8);
        _saves[1].Input.Answers["grid.traffic_light"].GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Leaving_the_page_stores_a_pending_edit_at_once()
    {
        var session = Start();

        session.Apply(TrafficLight(false));
        await session.DisposeAsync();

        _saves.ShouldHaveSingleItem().Input.Answers["grid.traffic_light"].GetBoolean().ShouldBeFalse();
        _clock.Advance(TimeSpan.FromSeconds(5));
        _saves.Count.ShouldBe(1, "the timer is stopped: no second save");
    }

    [Fact]
    public async Task Leaving_the_page_without_a_change_stores_nothing()
    {
        var session = Start();

        await session.DisposeAsync();

        _saves.ShouldBeEmpty();
    }

    private DraftSession Start() => new(
        new OpenedDraft(Guid.NewGuid(), "Utrecht-like", 7, Utrecht, WasUnreadable: false),
        Evaluate,
        (id, revision, input, _) =>
        {
            _saves.Add((revision, input));
            return _store?.Invoke(revision) ?? Task.FromResult(revision + 1);
        },
        _clock);

    private static Func<TenderInput, TenderInput> TrafficLight(bool on) =>
        input => input.WithAnswer(Question("grid.traffic_light"), JsonSerializer.SerializeToElement(on));

    // A save that completes on another thread reports back asynchronously.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        condition().ShouldBeTrue();
    }
}
