namespace TenderBuilder.Core.Input;

/// <summary>A TenderInput read from a file, with the line of every key so problems can name it.</summary>
public sealed record TenderInputDocument(TenderInput Input, IReadOnlyDictionary<string, int> Lines)
{
    /// <summary>The line of a path such as <c>/answers/grid.congestion</c>, or of its nearest parent.</summary>
    public int? LineOf(string path)
    {
        for (var current = path; current.Length > 0; current = current[..Math.Max(0, current.LastIndexOf('/'))])
        {
            if (Lines.TryGetValue(current, out var line))
            {
                return line;
            }
        }

        return null;
    }
}
