using System.Collections.Frozen;
using TenderBuilder.Core.Catalogues;

namespace TenderBuilder.Core.Words;

/// <summary>
/// TenderBuilder's terms in one language: the words for every value the app and the documents
/// label (clause strengths, kinds, deliverables, verification, findings, parameters, review
/// statuses, template sharing, roles, history kinds). One table per language, all of the same
/// shape, so a translation is another table of data and no label is decided in a switch
/// elsewhere (ADR 0011).
/// </summary>
public sealed class Vocabulary
{
    private readonly FrozenDictionary<Enum, Term> _values;
    private readonly FrozenDictionary<string, Term> _roles;
    private readonly FrozenDictionary<string, Term> _historyKinds;

    /// <summary>A table; see <see cref="EnglishVocabulary"/> for the shape it takes.</summary>
    /// <param name="language">The BCP-47 tag of the table's language ("en").</param>
    /// <param name="values">A term for every value of every labelled enum.</param>
    /// <param name="roles">A term for every role, by the role's name.</param>
    /// <param name="historyKinds">A term for every kind of history entry, by the kind as stored.</param>
    /// <param name="verifiedIn">
    /// How a verified citation reads with the section of the verified facts that confirms it;
    /// <c>{0}</c> is the section ("verified (verified facts {0})").
    /// </param>
    public Vocabulary(
        string language,
        IReadOnlyDictionary<Enum, Term> values,
        IReadOnlyDictionary<string, Term> roles,
        IReadOnlyDictionary<string, Term> historyKinds,
        string verifiedIn)
    {
        Language = language;
        _values = values.ToFrozenDictionary();
        _roles = roles.ToFrozenDictionary(StringComparer.Ordinal);
        _historyKinds = historyKinds.ToFrozenDictionary(StringComparer.Ordinal);
        VerifiedIn = verifiedIn;
    }

    /// <summary>The English table, the one every other language is checked against.</summary>
    public static Vocabulary English => EnglishVocabulary.Table;

    /// <summary>The BCP-47 tag of the table's language.</summary>
    public string Language { get; }

    /// <summary>How a verified citation reads with its section of the verified facts; <c>{0}</c> is the section.</summary>
    public string VerifiedIn { get; }

    /// <summary>The enum types the table labels, so a test can check that every value of each has a term.</summary>
    public IEnumerable<Type> LabelledTypes => _values.Keys.Select(value => value.GetType()).Distinct();

    /// <summary>The term for a value of a labelled enum.</summary>
    /// <exception cref="KeyNotFoundException">The table has no term for the value: a table is incomplete.</exception>
    public Term Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        _values.TryGetValue(value, out var term)
            ? term
            : throw new KeyNotFoundException($"The {Language} vocabulary has no term for {typeof(TEnum).Name}.{value}.");

    /// <summary>The label of a value of a labelled enum.</summary>
    public string Label<TEnum>(TEnum value) where TEnum : struct, Enum => Of(value).Label;

    /// <summary>The term for a role by its name; an unknown role reads as its name.</summary>
    public Term Role(string role) => _roles.GetValueOrDefault(role) ?? new Term(role);

    /// <summary>The term for a kind of history entry as stored; an unknown kind reads as stored.</summary>
    public Term HistoryKind(string kind) => _historyKinds.GetValueOrDefault(kind) ?? new Term(kind);

    /// <summary>A citation's status in words, with the confirming section when it is verified.</summary>
    public string Status(Citation citation) => Status(citation.Status, citation.VerifiedIn);

    /// <summary>A status in words, with the confirming section when it is verified and known.</summary>
    public string Status(VerificationStatus status, string? verifiedIn) =>
        status == VerificationStatus.Verified && verifiedIn is not null
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, VerifiedIn, verifiedIn)
            : Label(status);
}
