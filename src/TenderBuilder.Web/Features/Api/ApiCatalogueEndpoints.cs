using System.Text.Json.Nodes;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Web.Features.Api;

/// <summary>
/// The catalogue the rules use — questions, clauses and the sources they cite — with its version,
/// and the JSON Schema of a TenderInput for it, so a client can build valid input without guessing.
/// </summary>
internal static class ApiCatalogueEndpoints
{
    public const string TenderInputSchemaPath = "/schemas/tender-input";

    public static void Map(RouteGroupBuilder api)
    {
        var catalogue = api.MapGroup("/catalogue").WithTags("Catalogue");
        catalogue.MapGet("/", Summary).Scope(ApiScope.Read).WithName("getCatalogue")
            .WithSummary("The catalogue's version").WithDescription("The version every draft's answers are checked against, its languages and what it holds.");
        catalogue.MapGet("/questions", Questions).Scope(ApiScope.Read).WithName("listQuestions").Produces<List<ApiQuestion>>()
            .WithSummary("List the questions").WithDescription("Every question: its id (the key of an answer), type, options and limits, in `language` (en, nl-NL, sv-SE, de-DE, or their first two letters; else the language of Accept-Language, else English). Questions with a `field` are answered in the input's tender object.");
        catalogue.MapGet("/clauses", Clauses).Scope(ApiScope.Read).WithName("listClauses").Produces<List<ApiClause>>()
            .WithSummary("List the clauses").WithDescription("Every requirement clause the rules may include, with the sources it cites and whether each is verified against the primary text.");
        catalogue.MapGet("/sources", Sources).Scope(ApiScope.Read).WithName("listSources")
            .WithSummary("List the sources").WithDescription("The documents clauses and questions cite (STF guidelines, SCALE, AFIR, OCPP, ISO 15118-20, …).");
        api.MapGet(TenderInputSchemaPath, Schema).Scope(ApiScope.Read).WithTags("Catalogue").WithName("getTenderInputSchema")
            .WithSummary("The TenderInput JSON Schema").WithDescription("The JSON Schema (2020-12) of a draft's input for this catalogue; the same schema the OpenAPI document names TenderInput.");
    }

    private static ApiCatalogue Summary(Core.Catalogues.Catalogue catalogue) =>
        new(catalogue.Version, DocumentLanguages.All, catalogue.Questionnaire.Questions.Length, catalogue.Clauses.Length, catalogue.Sources.Length);

    private static IResult Questions(Core.Catalogues.Catalogue catalogue, string? language) =>
        In(catalogue, language, asked => Results.Ok(asked.Questionnaire.Questions.Select(ApiQuestion.From).ToList()));

    private static IResult Clauses(Core.Catalogues.Catalogue catalogue, string? language) =>
        In(catalogue, language, asked => Results.Ok(asked.Clauses.Select(Clause(asked.Language)).ToList()));

    /// <summary>A clause as the API shows it, in a language.</summary>
    public static Func<Core.Catalogues.Clause, ApiClause> Clause(string language) => c =>
        new ApiClause(c.Id, c.Topic, ApiWords.Lower(c.Kind), ApiWords.Lower(c.Deliverable), ApiWords.Lower(c.Strength),
            Text(c.Title, language), Text(c.Text, language),
            [.. c.Sources.Select(s => new ApiCitation(s.SourceId, s.Locator, ApiWords.Verification(s.Status)))])
        {
            Parameters = [.. c.Parameters.Select(p => new ApiClauseParameter(p.Name, ApiWords.Lower(p.Type), p.Label, p.Unit, p.Min, p.Max, p.Options, p.OptionLabels,
                p.Default is { } value ? p.Render(value, language) : null, p.FromAnswer))],
        };

    private static List<ApiSource> Sources(Core.Catalogues.Catalogue catalogue) =>
        [.. catalogue.Sources.Select(s => new ApiSource(s.Id, s.Title, s.Short, ApiWords.Lower(s.Type), s.Url?.ToString()))];

    private static JsonObject Schema(Core.Catalogues.Catalogue catalogue, Microsoft.Extensions.Options.IOptions<ApiOptions> limits) =>
        ApiDocument.TenderInputSchemaWithLimits(catalogue, limits.Value);

    // ?language= names the language ("nl" or "nl-NL"); without it, Accept-Language does, as for findings.
    private static IResult In(Core.Catalogues.Catalogue catalogue, string? language, Func<Core.Catalogues.Catalogue, IResult> answer)
    {
        var asked = language is null
            ? Hosting.InterfaceLanguages.CatalogueLanguage(System.Globalization.CultureInfo.CurrentUICulture)
            : DocumentLanguages.All.FirstOrDefault(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase)
                || string.Equals(l.Split('-')[0], language, StringComparison.OrdinalIgnoreCase));
        if (asked is null || !DocumentLanguages.IsKnown(asked))
        {
            return ApiProblems.Invalid("language", $"Use one of {string.Join(", ", DocumentLanguages.All)} (or its first two letters).");
        }

        return answer(catalogue.In(asked));
    }

    // A clause's texts are keyed by language; English where a translation is missing.
    private static string Text(System.Collections.Immutable.ImmutableDictionary<string, string> texts, string language) =>
        texts.GetValueOrDefault(language) ?? texts.GetValueOrDefault(DocumentLanguages.English) ?? texts.Values.FirstOrDefault() ?? "";
}
