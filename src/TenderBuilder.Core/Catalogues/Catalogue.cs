using System.Collections.Frozen;
using System.Collections.Immutable;
using TenderBuilder.Core.Questionnaires;

namespace TenderBuilder.Core.Catalogues;

/// <summary>
/// Everything the rules engine knows: the questionnaire, the sources and the clauses, at one
/// version. Immutable; load it once (<see cref="CatalogueLoader"/>) and share it.
/// </summary>
public sealed class Catalogue
{
    private readonly FrozenDictionary<string, Source> _sources;
    private readonly FrozenDictionary<string, Clause> _clauses;

    /// <summary>Creates a catalogue from checked parts (the loader does the checking).</summary>
    public Catalogue(
        string version,
        Questionnaire questionnaire,
        ImmutableArray<Source> sources,
        ImmutableArray<Topic> topics,
        ImmutableArray<Clause> clauses,
        CatalogueEvolution evolution)
    {
        Version = version;
        Questionnaire = questionnaire;
        Sources = sources;
        Topics = topics;
        Clauses = clauses;
        Evolution = evolution;
        _sources = sources.ToFrozenDictionary(source => source.Id, StringComparer.Ordinal);
        _clauses = clauses.ToFrozenDictionary(clause => clause.Id, StringComparer.Ordinal);
    }

    /// <summary>The language of every text in it (a document language's BCP-47 tag; <c>en</c> as written).</summary>
    public string Language { get; init; } = Input.DocumentLanguages.English;

    /// <summary>Loads the same catalogue in another language (set by the loader); null = only this language.</summary>
    public Func<string, Catalogue>? Translations { get; init; }

    /// <summary>
    /// This catalogue in a document language: the same clauses and questions, every text in that
    /// language (this catalogue itself when it is already in it, or has no translations).
    /// </summary>
    /// <exception cref="CatalogueLoadException">The translation has mistakes.</exception>
    public Catalogue In(string? language) =>
        language is null || language == Language || Translations is null ? this : Translations(language);

    /// <summary>The translation status of each clause and question by id; empty for English.</summary>
    public FrozenDictionary<string, Translations.TranslationStatus> TranslationStatuses { get; init; } =
        FrozenDictionary<string, Translations.TranslationStatus>.Empty;

    /// <summary>How far a clause's or question's translation is checked; null in English, which is the original.</summary>
    public Translations.TranslationStatus? TranslationStatusOf(string id) =>
        TranslationStatuses.TryGetValue(id, out var status) ? status : null;

    /// <summary>The catalogue version (drafts record the version they were built with).</summary>
    public string Version { get; }

    /// <summary>The questions.</summary>
    public Questionnaire Questionnaire { get; }

    /// <summary>The documents cited.</summary>
    public ImmutableArray<Source> Sources { get; }

    /// <summary>The topics, in order.</summary>
    public ImmutableArray<Topic> Topics { get; }

    /// <summary>Every clause, in topic order.</summary>
    public ImmutableArray<Clause> Clauses { get; }

    /// <summary>Renamed and retired ids.</summary>
    public CatalogueEvolution Evolution { get; }

    /// <summary>The terms of art and their definitions (glossary.yaml); empty for a catalogue without one.</summary>
    public Glossary Glossary { get; init; } = Glossary.Empty;

    /// <summary>The source with this id, or null.</summary>
    public Source? FindSource(string id) => _sources.GetValueOrDefault(id);

    /// <summary>The clause with this id, or null.</summary>
    public Clause? FindClause(string id) => _clauses.GetValueOrDefault(id);
}
