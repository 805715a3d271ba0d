using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Review;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Templates;

namespace TenderBuilder.Core.Words;

/// <summary>
/// TenderBuilder's terms in one language: the words for every value the app and the documents
/// label (clause strengths, kinds, deliverables, verification, findings, parameters, review
/// statuses, template sharing, roles, history kinds). One table per language, all of the same
/// shape, read from the localisation table's section "vocabulary" (<see cref="VocabularyWords"/>),
/// so a translation is another file of data and no label is decided in a switch elsewhere
/// (ADR 0011, 0017).
/// </summary>
public sealed class Vocabulary
{
    // Every enum the table labels; each is a mapping of the section named after the type.
    private static readonly Type[] s_labelled =
    [
        typeof(Strength), typeof(ClauseKind), typeof(Deliverable), typeof(VerificationMethod), typeof(VerificationStatus),
        typeof(FindingSeverity), typeof(ParameterOrigin), typeof(ParameterType), typeof(DraftStatus), typeof(TemplateSharing),
        typeof(PowerClass), typeof(Connector), typeof(AnswerOrigin),
    ];

    private static readonly ConcurrentDictionary<string, Vocabulary> s_tables = new(StringComparer.Ordinal);

    private readonly FrozenDictionary<Enum, Term> _values;
    private readonly FrozenDictionary<string, Term> _roles;
    private readonly FrozenDictionary<string, Term> _historyKinds;

    /// <summary>A table; <see cref="For"/> reads one from the localisation table.</summary>
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
    public static Vocabulary English => For(DocumentLanguages.English);

    /// <summary>
    /// The table of a document language (or the pseudo-language; anything else reads as English), cached.
    /// </summary>
    /// <exception cref="WordTableException">The language's table lacks a label for a value, or has one for a value that does not exist.</exception>
    public static Vocabulary For(string? language)
    {
        var tag = DocumentLanguages.IsSupported(language) || language == Catalogues.Translations.PseudoText.Language ? language! : DocumentLanguages.English;
        return s_tables.GetOrAdd(tag, t => Read(t, WordTables.Load<VocabularyWords>("vocabulary", t)));
    }

    private static Vocabulary Read(string language, VocabularyWords words)
    {
        var errors = new List<string>();
        var values = new Dictionary<Enum, Term>();
        foreach (var type in s_labelled)
        {
            var map = (IReadOnlyDictionary<string, string>)typeof(VocabularyWords).GetProperty(type.Name)!.GetValue(words)!;
            var names = Enum.GetNames(type).ToHashSet(StringComparer.Ordinal);
            // By the underlying values, which needs no array of the enum type made at run time (native compilation).
            foreach (var value in Enum.GetValuesAsUnderlyingType(type).Cast<object>().Select(v => (Enum)Enum.ToObject(type, v)))
            {
                var name = value.ToString();
                if (map.TryGetValue(name, out var label))
                {
                    values[value] = new Term(label, map.GetValueOrDefault(name + VocabularyWords.HelpSuffix));
                }
                else
                {
                    errors.Add($"Words/Tables/{language}/vocabulary.yaml: \"{type.Name}\" has no \"{name}\"");
                }
            }

            // A key for a value that no longer exists would be a word nobody reads.
            errors.AddRange(map.Keys
                .Where(key => !names.Contains(key.EndsWith(VocabularyWords.HelpSuffix, StringComparison.Ordinal) ? key[..^VocabularyWords.HelpSuffix.Length] : key))
                .Select(key => $"Words/Tables/{language}/vocabulary.yaml: \"{type.Name}.{key}\" is no value of {type.Name}; remove it"));
        }

        return errors.Count > 0
            ? throw new WordTableException(errors)
            : new Vocabulary(language, values, Terms(words.Roles), Terms(words.HistoryKinds), words.VerifiedIn);
    }

    private static Dictionary<string, Term> Terms(IReadOnlyDictionary<string, string> map) =>
        map.Where(p => !p.Key.EndsWith(VocabularyWords.HelpSuffix, StringComparison.Ordinal))
            .ToDictionary(p => p.Key, p => new Term(p.Value, map.GetValueOrDefault(p.Key + VocabularyWords.HelpSuffix)), StringComparer.Ordinal);

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
            ? string.Format(CultureInfo.InvariantCulture, VerifiedIn, verifiedIn)
            : Label(status);
}
