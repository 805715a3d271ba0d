namespace TenderBuilder.Core.Catalogues;

/// <summary>The catalogue has mistakes; the message lists each with its file and line.</summary>
public sealed class CatalogueLoadException(IReadOnlyList<string> errors)
    : Exception($"The catalogue has {errors.Count} error(s):{Environment.NewLine}" + string.Join(Environment.NewLine, errors))
{
    /// <summary>Each mistake, "file:line: message".</summary>
    public IReadOnlyList<string> Errors { get; } = errors;
}
