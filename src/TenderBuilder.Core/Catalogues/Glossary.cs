using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace TenderBuilder.Core.Catalogues;

/// <summary>One term of art, explained for an officer who is neither an engineer nor a lawyer.</summary>
/// <param name="Term">The term as it is written, e.g. "DSO".</param>
/// <param name="Aliases">Other spellings and the full name, e.g. "distribution system operator".</param>
/// <param name="Definition">The explanation in plain words.</param>
/// <param name="Source">Where the definition comes from, or null for a plain explanation.</param>
/// <param name="Location">Where it is written in glossary.yaml.</param>
public sealed record GlossaryTerm(string Term, ImmutableArray<string> Aliases, string Definition, Citation? Source, SourceLocation Location)
{
    /// <summary>The short name of the source document (e.g. "AFIR"), or null without a source.</summary>
    public string? SourceName { get; init; }

    /// <summary>Every name the term is found by: the term first, then its aliases.</summary>
    public IEnumerable<string> Names => [Term, .. Aliases];

    /// <summary>The element id of the term in a glossary listing, e.g. "term-plug-charge".</summary>
    public string Anchor => "term-" + Regex.Replace(Term.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
}

/// <summary>Where a glossary term occurs in a text.</summary>
/// <param name="Start">The index of its first character.</param>
/// <param name="Length">The length of the words matched (a plural "s" included).</param>
/// <param name="Term">The term.</param>
public sealed record GlossaryMatch(int Start, int Length, GlossaryTerm Term);

/// <summary>
/// The terms of art of the catalogue (glossary.yaml), and where they occur in a text. A name with a
/// capital letter is matched as written ("PIN" is not "pin"), one in lower case in any case; both
/// as whole words, with an optional plural "s".
/// </summary>
public sealed class Glossary
{
    // One pattern for all names, longest first so that "ISO 15118-20" wins over "ISO" where both
    // start: a text is scanned once, not once per name (the memo scans every clause).
    private readonly Regex _pattern;
    private readonly Dictionary<string, GlossaryTerm> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GlossaryTerm> _anyCase = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a glossary from checked terms (the loader checks them).</summary>
    public Glossary(IEnumerable<GlossaryTerm> terms)
    {
        Terms = [.. terms.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase)];
        foreach (var term in Terms)
        {
            foreach (var name in term.Names)
            {
                (IsWrittenAsIs(name) ? _exact : _anyCase).TryAdd(name, term);
            }
        }

        var names = _exact.Keys.Select(Regex.Escape).Concat(_anyCase.Keys.Select(n => "(?i:" + Regex.Escape(n) + ")"))
            .Zip(_exact.Keys.Concat(_anyCase.Keys), (pattern, name) => (pattern, name))
            .OrderByDescending(x => x.name.Length).ThenBy(x => x.name, StringComparer.Ordinal)
            .Select(x => x.pattern)
            .ToList();

        // Literal alternatives between fixed-width look-arounds: linear in the text, so no timeout is needed.
        _pattern = names.Count == 0
            ? new Regex("(?!)", RegexOptions.None, Regex.InfiniteMatchTimeout)
            : new Regex(@"(?<![\p{L}\p{N}-])(?:" + string.Join("|", names) + @")s?(?![\p{L}\p{N}])",
                RegexOptions.CultureInvariant | RegexOptions.Compiled, Regex.InfiniteMatchTimeout);
    }

    /// <summary>A glossary without terms.</summary>
    public static Glossary Empty { get; } = new([]);

    /// <summary>Every term, alphabetically.</summary>
    public ImmutableArray<GlossaryTerm> Terms { get; }

    /// <summary>
    /// The first occurrence of each term in a text, in reading order and never overlapping: where
    /// names start at the same place the longest wins ("ISO 15118-20" over "ISO").
    /// </summary>
    public IReadOnlyList<GlossaryMatch> FirstOccurrences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chosen = new List<GlossaryMatch>();
        var seen = new HashSet<GlossaryTerm>();
        foreach (Match match in _pattern.Matches(text))
        {
            // A later occurrence of a term already explained is left as plain text.
            if (TermOf(match.Value) is { } term && seen.Add(term))
            {
                chosen.Add(new GlossaryMatch(match.Index, match.Length, term));
            }
        }

        return chosen;
    }

    /// <summary>The terms that occur in any of the texts, alphabetically.</summary>
    public IReadOnlyList<GlossaryTerm> TermsIn(IEnumerable<string> texts)
    {
        var found = texts.SelectMany(FirstOccurrences).Select(m => m.Term).ToHashSet();
        return [.. Terms.Where(found.Contains)];
    }

    /// <summary>The term with this name or alias, matched as <see cref="FirstOccurrences"/> would, or null.</summary>
    public GlossaryTerm? Find(string name) =>
        FirstOccurrences(name).FirstOrDefault(m => m.Start == 0 && m.Length == name.Length)?.Term;

    // A name with a capital letter is matched as written ("PIN" is not "pin"), one in lower case in any case.
    private static bool IsWrittenAsIs(string name) => name.Any(char.IsUpper);

    // The matched words, with or without a plural "s", back to their term.
    private GlossaryTerm? TermOf(string words)
    {
        var singular = words.EndsWith('s') ? words[..^1] : words;
        return _exact.GetValueOrDefault(words) ?? _exact.GetValueOrDefault(singular)
            ?? _anyCase.GetValueOrDefault(words) ?? _anyCase.GetValueOrDefault(singular);
    }
}
