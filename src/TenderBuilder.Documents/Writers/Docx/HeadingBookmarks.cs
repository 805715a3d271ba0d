using System.Text;
using TenderBuilder.Documents.Model;

namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>
/// The bookmark of every heading, decided before the body is written so that links can point
/// forward. Word accepts bookmark names of at most 40 characters from [A-Za-z0-9_], starting with
/// a letter (a leading underscore would hide them); anchors are made to fit and kept unique.
/// </summary>
internal sealed class HeadingBookmarks
{
    public const int MaxLength = 40;

    private readonly List<string> _names = [];
    private readonly Dictionary<string, string> _byAnchor = new(StringComparer.Ordinal);

    public HeadingBookmarks(IEnumerable<Heading> headings)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var heading in headings)
        {
            var name = Unique(Sanitise(heading.Anchor), used);
            _names.Add(name);

            // A repeated anchor keeps pointing at its first heading, as in HTML.
            _byAnchor.TryAdd(heading.Anchor, name);
        }
    }

    /// <summary>The bookmark names in heading order (the n-th name belongs to the n-th heading).</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The bookmark a <c>#anchor</c> link leads to, if a heading carries that anchor.</summary>
    public bool TryResolve(string anchor, out string name) => _byAnchor.TryGetValue(anchor, out name!);

    /// <summary>Turns an anchor into a valid bookmark name (before making it unique).</summary>
    public static string Sanitise(string anchor)
    {
        var builder = new StringBuilder(MaxLength);
        foreach (var c in anchor)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        if (builder.Length == 0 || !char.IsAsciiLetter(builder[0]))
        {
            builder.Insert(0, "h_");
        }

        return builder.Length > MaxLength ? builder.ToString(0, MaxLength) : builder.ToString();
    }

    // Word compares bookmark names without regard to case.
    private static string Unique(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var n = 2; !used.Add(candidate); n++)
        {
            var suffix = "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            candidate = name[..Math.Min(name.Length, MaxLength - suffix.Length)] + suffix;
        }

        return candidate;
    }
}
