using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TenderBuilder.Documents.Writers.Xlsx;

/// <summary>
/// The workbook's shared string table. Every text cell points into it, so no text is ever a
/// formula; and the same kind labels and verification texts repeated over hundreds of rows are
/// stored once.
/// </summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];
    private int _references;

    /// <summary>The index of <paramref name="prepared"/> (text already through <see cref="CellText.Prepare"/>).</summary>
    public int IndexOf(string prepared)
    {
        _references++;
        if (!_indexes.TryGetValue(prepared, out var index))
        {
            index = _texts.Count;
            _texts.Add(prepared);
            _indexes.Add(prepared, index);
        }

        return index;
    }

    public SharedStringTable Build() =>
        new(_texts.Select(text => new SharedStringItem(new Text(CellText.Escape(text))
        {
            // Without it a reader may drop a leading tab or trailing space the officer typed.
            Space = NeedsPreserve(text) ? SpaceProcessingModeValues.Preserve : null,
        })))
        {
            Count = (uint)_references,
            UniqueCount = (uint)_texts.Count,
        };

    private static bool NeedsPreserve(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0);
}
