using System.Collections.Immutable;
using TenderBuilder.Core.Questionnaires;

namespace TenderBuilder.Core.Catalogs.Loading;

/// <summary>
/// Turns the catalogue's YAML files into a checked <see cref="Catalogue"/>, or lists every mistake.
/// Each part is read by its own reader, in the order the parts depend on each other: sources before
/// anything that cites them, questions before the clauses whose conditions read them.
/// </summary>
internal sealed class CatalogueReader(IReadOnlyList<CatalogueFile> files)
{
    private readonly LoadErrors _errors = new();

    public Catalogue Read()
    {
        var documents = new CatalogueDocuments(files, _errors);
        var index = documents.Required(CataloguePaths.Index) is { } root ? new CatalogueIndexReader(_errors).Read(root) : null;
        var sources = documents.Required(CataloguePaths.Sources) is { } sourcesFile
            ? new SourceReader(_errors).Read(sourcesFile)
            : new Dictionary<string, Source>(StringComparer.Ordinal);
        var citations = new CitationReader(_errors, sources);

        var questionnaire = documents.Required(CataloguePaths.Questions) is { } questions
            ? new QuestionReader(_errors, citations).Read(questions)
            : new Questionnaire([]);

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

        var checks = new CatalogueChecks(_errors);
        IdRules.CheckUnique(_errors, clauses.Select(c => (c.Id, c.Location)), "clause");
        var (orderedTopics, orderedClauses) = checks.Order(
            index, clauseFiles.Select(f => CataloguePaths.TopicOf(f.Path)), topics.ToImmutable(), clauses.ToImmutable());
        if (index is not null)
        {
            checks.Evolution(index.Evolution, questionnaire, clauses);
        }

        if (_errors.Any)
        {
            throw new CatalogueLoadException(_errors.Messages);
        }

        return new Catalogue(index!.Version, questionnaire, [.. sources.Values], orderedTopics, orderedClauses, index.Evolution);
    }
}
