using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Templates;
using TenderBuilder.Application.Drafts;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>Where the officer's latest change is.</summary>
public enum SaveState
{
    /// <summary>Everything is stored.</summary>
    Saved,

    /// <summary>A change waits for the autosave delay.</summary>
    Pending,

    /// <summary>A change is being stored.</summary>
    Saving,

    /// <summary>Someone else saved the draft first; nothing more is stored until the officer chooses.</summary>
    Conflict,

    /// <summary>The draft was deleted elsewhere.</summary>
    Deleted,

    /// <summary>Storing failed for another reason (the database is unreachable); the next change retries.</summary>
    Failed,
}

/// <summary>
/// One officer's editing of one draft: the input, the package the rules make of it, and the
/// autosave. Every edit is evaluated at once (the requirements panel follows it) and stored after
/// a short pause, so a burst of typing is one save and every change is stored within a second.
/// A save made from a stale revision is refused by the database; the session then stops saving and
/// keeps the officer's changes in memory until they choose what to do — never a silent overwrite.
/// </summary>
public sealed class DraftSession : IAsyncDisposable
{
    /// <summary>The pause after the last change before it is stored.</summary>
    public static readonly TimeSpan AutosaveDelay = TimeSpan.FromMilliseconds(400);

    private readonly Func<Guid, long, TenderInput, CancellationToken, Task<long>> _save;
    private readonly Func<TenderInput, TenderPackage> _evaluate;
    private readonly Func<TenderInput, TenderPackage, IReadOnlyList<LockViolation>> _guard;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _saving = new(1, 1);
    private readonly ITimer _timer;
    private long _edits;
    private long _savedEdits;
    private bool _disposed;

    /// <summary>Starts a session on an opened draft.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="evaluate">The rules.</param>
    /// <param name="save">Stores the input.</param>
    /// <param name="clock">Time, for the autosave.</param>
    /// <param name="guard">What an edit would break (a template's locks); an edit that breaks something is not applied.</param>
    public DraftSession(
        OpenedDraft draft,
        Func<TenderInput, TenderPackage> evaluate,
        Func<Guid, long, TenderInput, CancellationToken, Task<long>> save,
        TimeProvider clock,
        Func<TenderInput, TenderPackage, IReadOnlyList<LockViolation>>? guard = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(evaluate);
        Id = draft.Id;
        Revision = draft.Revision;
        Input = draft.Input;
        _evaluate = evaluate;
        _guard = guard ?? ((_, _) => []);
        _save = save;
        _clock = clock;
        Package = evaluate(Input);
        Change = PackageChange.None;
        _timer = clock.CreateTimer(_ => _ = SaveAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Raised after the save state changes (from a timer thread: marshal to the renderer).</summary>
    public event Action? SaveStateChanged;

    /// <summary>The draft.</summary>
    public Guid Id { get; }

    /// <summary>The revision last read or stored.</summary>
    public long Revision { get; private set; }

    /// <summary>The officer's input, with every change made so far.</summary>
    public TenderInput Input { get; private set; }

    /// <summary>What the rules make of <see cref="Input"/>.</summary>
    public TenderPackage Package { get; private set; }

    /// <summary>What the latest change added to and dropped from the requirements.</summary>
    public PackageChange Change { get; private set; }

    /// <summary>How many control characters the latest edit held, removed before it was applied.</summary>
    public int ControlCharactersRemoved { get; private set; }

    /// <summary>Where the latest change is.</summary>
    public SaveState State { get; private set; } = SaveState.Saved;

    /// <summary>When the draft was last stored by this session.</summary>
    public DateTimeOffset? SavedAt { get; private set; }

    /// <summary>Whether edits are stored (not after a conflict or a deletion).</summary>
    public bool CanSave => State is not (SaveState.Conflict or SaveState.Deleted);

    /// <summary>
    /// Applies one edit: evaluates it at once and schedules the save. An edit that would break a
    /// lock is not applied; what it would break is returned (empty when applied).
    /// </summary>
    public IReadOnlyList<LockViolation> Apply(Func<TenderInput, TenderInput> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var previous = Package;
        // Pasted text can carry control characters that no document shows and PostgreSQL refuses;
        // they go here, and the page says so, so both databases store the same text.
        (var input, ControlCharactersRemoved) = ControlCharacters.RemoveFrom(edit(Input));
        var package = _evaluate(input);
        if (_guard(input, package) is { Count: > 0 } violations)
        {
            return violations;
        }

        Input = input;
        Package = package;
        Change = PackageChange.Between(previous, Package);
        Interlocked.Increment(ref _edits);
        if (CanSave)
        {
            SetState(SaveState.Pending);
            _timer.Change(AutosaveDelay, Timeout.InfiniteTimeSpan);
        }

        return [];
    }

    /// <summary>Stores any change not stored yet, now.</summary>
    public async Task FlushAsync()
    {
        _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        await SaveAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await FlushAsync();
        await _timer.DisposeAsync();
        _saving.Dispose();
    }

    private async Task SaveAsync()
    {
        await _saving.WaitAsync();
        try
        {
            var edits = Interlocked.Read(ref _edits);
            if (!CanSave || edits == _savedEdits)
            {
                return;
            }

            SetState(SaveState.Saving);
            Revision = await _save(Id, Revision, Input, CancellationToken.None);
            _savedEdits = edits;
            SavedAt = _clock.GetUtcNow();
            SetState(Interlocked.Read(ref _edits) == edits ? SaveState.Saved : SaveState.Pending);
        }
        catch (DraftConflictException)
        {
            SetState(SaveState.Conflict);
        }
        catch (DraftNotFoundException)
        {
            SetState(SaveState.Deleted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The officer keeps editing; the next change (or leaving the page) tries again.
            SetState(SaveState.Failed);
        }
        finally
        {
            _saving.Release();
        }
    }

    private void SetState(SaveState state)
    {
        State = state;
        SaveStateChanged?.Invoke();
    }
}
