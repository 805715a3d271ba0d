namespace TenderBuilder.Web.Components.Shared;

/// <summary>
/// What a page has not saved yet, for whatever must reload the page (the language menu): each
/// page with pending changes registers how to save them, and <see cref="SaveAllAsync"/> saves them
/// all before the reload, so switching language loses no answer. One per circuit.
/// </summary>
public sealed class UnsavedWork
{
    private readonly List<Func<Task>> _savers = [];

    /// <summary>Registers a page's save; dispose the result when the page goes away.</summary>
    public IDisposable Register(Func<Task> save)
    {
        _savers.Add(save);
        return new Registration(() => _savers.Remove(save));
    }

    /// <summary>Saves every registered page's pending changes.</summary>
    public async Task SaveAllAsync()
    {
        foreach (var save in _savers.ToList())
        {
            await save();
        }
    }

    private sealed class Registration(Action remove) : IDisposable
    {
        public void Dispose() => remove();
    }
}
