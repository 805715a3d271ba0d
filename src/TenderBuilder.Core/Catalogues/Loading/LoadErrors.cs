namespace TenderBuilder.Core.Catalogues.Loading;

/// <summary>Collects every mistake of a load, each with file and line, so authors fix them all at once.</summary>
internal sealed class LoadErrors
{
    private readonly List<string> _messages = [];

    public bool Any => _messages.Count > 0;

    public IReadOnlyList<string> Messages => _messages;

    public void Add(SourceLocation location, string message) => _messages.Add($"{location}: {message}");
}
