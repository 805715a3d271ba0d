using System.Collections.Frozen;
using System.Collections.Immutable;
using TenderBuilder.Core.Catalogues.Translations;
using TenderBuilder.Core.Questionnaires;

namespace TenderBuilder.Core.Catalogues.Loading;

/// <summary>
/// Turns the catalogue's YAML files into a checked <see cref="Catalogue"/>, or lists every mistake.
/// Each part is read by its own reader, in the order the parts depend on each other: sources before
/// anything that cites them, questions before the clauses whose conditions read them.
/// </summary>
internal sealed class CatalogueReader(IReadOnlyList<CatalogueFile> files, string language = Input.DocumentLanguages.English, Func<string, Catalogue>? translations = null)
{
    private readonly LoadErrors _errors = new();

    public Catalogue Read()
    {
        var documents = new CatalogueDocuments(files, _errors);
        documents.Overlay = OverlayFor(documents);
        var checks = new CatalogueChecks(_errors);
        var index = documents.Required(CataloguePaths.Index) is { } root ? new CatalogueIndexReader(_errors).Read(root) : null;
        var unlisted = new ListedOrder([], new SourceLocation(CataloguePaths.Index, 1));
        var sources = documents.Required(CataloguePaths.Sources) is { } sourcesFile
            ? new SourceReader(_errors).Read(sourcesFile)
            : new Dictionary<string, Source>(StringComparer.Ordinal);
        var citations = new CitationReader(_errors, sources);

        // Optional, so that a catalogue written before the glossary (or a test's small one) still loads.
        var glossary = files.Any(f => f.Path == CataloguePaths.Glossary) && documents.Required(CataloguePaths.Glossary) is { } glossaryFile
            ? new GlossaryReader(_errors, citations, sources).Read(glossaryFile)
            : Glossary.Empty;

        // Sections are read in the wizard's order, because a question may only be shown depending on earlier ones.
        var sectionOrder = index?.Sections ?? unlisted;
        var sectionFiles = documents.Under(CataloguePaths.QuestionsFolder).ToList();
        var sections = sectionFiles
            .OrderBy(f => sectionOrder.Rank(CataloguePaths.SectionOf(f.Path))).ThenBy(f => f.Path, StringComparer.Ordinal)
            .Select(documents.Parse).OfType<CatalogueDocument>().ToList();
        var questionnaire = new QuestionReader(_errors, citations, language).Read(sections);
        checks.Listed(sectionOrder, sectionFiles.Select(f => CataloguePaths.SectionOf(f.Path)), "section", "sections", "questions file");

        var clauseReader = new ClauseReader(_errors, citations, new ClauseChecks(_errors, sources), questionnaire);
        var topics = ImmutableArray.CreateBuilder<Topic>();
        var clauses = ImmutableArray.CreateBuilder<Clause>();
        var clauseFiles = documents.Under(CataloguePaths.ClausesFolder).ToList();
        foreach (var file in clauseFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (documents.Parse(file) is { } document && clauseReader.Read(document) is { } read)
            {
                topics.Add(read.Topic);
                clauses.AddRange(read.Clauses);
            }
        }

        IdRules.CheckUnique(_errors, clauses.Select(c => (c.Id, c.Location)), "clause");
        var topicOrder = index?.Topics ?? unlisted;
        checks.Listed(topicOrder, clauseFiles.Select(f => CataloguePaths.TopicOf(f.Path)), "topic", "topics", "clauses file");
        var (orderedTopics, orderedClauses) = CatalogueChecks.InOrder(topicOrder, topics.ToImmutable(), clauses.ToImmutable());
        checks.Reasons(questionnaire, clauses);
        if (index is not null)
        {
            checks.Evolution(index.Evolution, questionnaire, clauses);
        }

        documents.Overlay?.Finish();
        if (_errors.Any)
        {
            throw new CatalogueLoadException(_errors.Messages);
        }

        return new Catalogue(index!.Version, questionnaire, [.. sources.Values], orderedTopics, orderedClauses, index.Evolution)
        {
            Glossary = glossary,
            Language = language,
            Translations = translations,
            TranslationStatuses = documents.Overlay?.Statuses.ToFrozenDictionary(StringComparer.Ordinal) ?? FrozenDictionary<string, TranslationStatus>.Empty,
        };
    }

    // English is the catalogue as written; the pseudo-language is made from it; any other language
    // is read from its translation files.
    private ITranslationOverlay? OverlayFor(CatalogueDocuments documents) => language switch
    {
        Input.DocumentLanguages.English => null,
        PseudoText.Language => new PseudoTranslation(),
        _ => new FileTranslation(language, documents, _errors),
    };
}
