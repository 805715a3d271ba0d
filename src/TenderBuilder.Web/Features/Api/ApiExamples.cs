using System.Text.Json.Nodes;

namespace TenderBuilder.Web.Features.Api;

/// <summary>
/// One example per operation for the OpenAPI document: what a request sends (where it has a body)
/// and what a successful answer looks like. Ids and values are illustrative; the answers' keys are
/// real question ids of the shipped catalogue (a test checks them).
/// </summary>
internal static class ApiExamples
{
    private const string DraftId = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private const string TemplateId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

    /// <summary>The example id of the draft or template an operation's path names.</summary>
    public static string IdFor(string operationId) => operationId == "getTemplate" ? TemplateId : DraftId;

    /// <summary>A small TenderInput: a town's ten AC points, bought and owned, in German.</summary>
    public static JsonObject TenderInput() => new()
    {
        ["schemaVersion"] = 2,
        ["tender"] = new JsonObject
        {
            ["title"] = "Zehn Ladepunkte in der Innenstadt",
            ["reference"] = "EXAMPLE-2026-01",
            ["language"] = "de-DE",
            ["estimatedValue"] = new JsonObject { ["amount"] = 95000, ["currency"] = "EUR" },
            ["procedure"] = "open",
        },
        ["answers"] = new JsonObject
        {
            ["model.type"] = "purchase_own",
            ["model.duration_years"] = 5,
            ["sites.site_count"] = 5,
            ["sites.points_ac_7_4_22"] = 10,
            ["grid.congestion"] = false,
        },
    };

    /// <summary>The question ids the examples use, for the test that keeps them real.</summary>
    public static IEnumerable<string> QuestionIds() =>
        TenderInput()["answers"]!.AsObject().Select(a => a.Key).Concat(AnswersPatch().Select(a => a.Key));

    public static JsonObject AnswersPatch() => new() { ["sites.points_ac_7_4_22"] = 12, ["grid.congestion"] = null };

    private static JsonObject Draft() => new()
    {
        ["id"] = DraftId,
        ["title"] = "Zehn Ladepunkte in der Innenstadt",
        ["status"] = "draft",
        ["revision"] = 3,
        ["template"] = null,
        ["newerTemplateVersion"] = null,
        ["editable"] = true,
        ["input"] = TenderInput(),
    };

    /// <summary>Examples by operation id: the request body's (if any) and the successful response's.</summary>
    public static IReadOnlyDictionary<string, (JsonNode? Request, JsonNode Response)> ByOperation { get; } = new Dictionary<string, (JsonNode?, JsonNode)>
    {
        ["listDrafts"] = (null, new JsonObject
        {
            ["drafts"] = new JsonArray(new JsonObject
            {
                ["id"] = DraftId, ["title"] = "Zehn Ladepunkte in der Innenstadt", ["reference"] = "EXAMPLE-2026-01", ["status"] = "draft",
                ["revision"] = 3, ["updatedAt"] = "2026-12-07T09:30:00Z", ["requirements"] = 84, ["errors"] = 0,
            }),
            ["total"] = 1,
        }),
        ["createDraft"] = (TenderInput(), Draft()),
        ["createDraftFromTemplate"] = (new JsonObject { ["templateId"] = TemplateId, ["title"] = "Ladepunkte Nordstadt" }, Draft()),
        ["getDraft"] = (null, Draft()),
        ["replaceDraftInput"] = (TenderInput(), new JsonObject { ["id"] = DraftId, ["revision"] = 4 }),
        ["updateDraftAnswers"] = (AnswersPatch(), new JsonObject { ["id"] = DraftId, ["revision"] = 5 }),
        ["deleteDraft"] = (null, new JsonObject()),
        ["getDraftFindings"] = (null, new JsonObject
        {
            ["draftId"] = DraftId, ["revision"] = 5, ["errors"] = 1, ["warnings"] = 0,
            ["findings"] = new JsonArray(new JsonObject
            {
                ["code"] = "input.required", ["severity"] = "error",
                ["message"] = "Answer “How many charging sites does the tender cover?”: it is required.",
                ["path"] = "/answers/sites.site_count", ["questions"] = new JsonArray("sites.site_count"), ["clause"] = null, ["parameter"] = null, ["sources"] = new JsonArray(),
            }),
        }),
        ["getDraftReview"] = (null, new JsonObject
        {
            ["draftId"] = DraftId, ["status"] = "in-review",
            ["steps"] = new JsonArray(new JsonObject { ["at"] = "2026-12-07T10:00:00Z", ["by"] = "Anna Berg", ["status"] = "in-review", ["comment"] = null }),
        }),
        ["buildPackage"] = (null, new JsonObject
        {
            ["draftId"] = DraftId, ["revision"] = 5, ["frozenAt"] = null,
            ["files"] = new JsonArray(new JsonObject
            {
                ["path"] = "tender-package.zip", ["title"] = "The whole package", ["mediaType"] = "application/zip", ["audience"] = "authority",
                ["bytes"] = 412345, ["sha256"] = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                ["href"] = $"/api/v1/drafts/{DraftId}/package/tender-package.zip",
            }),
        }),
        ["downloadPackageFile"] = (null, JsonValue.Create("(the file's bytes)")),
        ["listTemplates"] = (null, new JsonArray(new JsonObject
        {
            ["id"] = TemplateId, ["name"] = "Regional on-street charging", ["description"] = "The region's template for its municipalities.",
            ["owner"] = "Example Region", ["own"] = false, ["sharing"] = "all-organisations", ["version"] = 2, ["locks"] = 3, ["updatedAt"] = "2026-11-20T08:00:00Z",
        })),
        ["getTemplate"] = (null, new JsonObject
        {
            ["id"] = TemplateId, ["name"] = "Regional on-street charging", ["description"] = "The region's template for its municipalities.",
            ["owner"] = "Example Region", ["version"] = 2,
            ["locks"] = new JsonArray(new JsonObject { ["kind"] = "answer", ["target"] = "grid.traffic_light", ["reason"] = "The region's grid agreement requires it." }),
            ["input"] = TenderInput(),
        }),
        ["getCatalogue"] = (null, new JsonObject
        {
            ["version"] = "2026.11.0", ["languages"] = new JsonArray("en", "nl-NL", "sv-SE", "de-DE"), ["questions"] = 310, ["clauses"] = 240, ["sources"] = 40,
        }),
        ["listQuestions"] = (null, new JsonArray(new JsonObject
        {
            ["id"] = "sites.site_count", ["section"] = "sites", ["type"] = "integer", ["label"] = "How many charging sites does the tender cover?",
            ["help"] = null, ["required"] = true, ["field"] = null, ["unit"] = "sites", ["min"] = 1, ["max"] = 100000, ["maxLength"] = 2000, ["options"] = new JsonArray(),
        })),
        ["listClauses"] = (null, new JsonArray(new JsonObject
        {
            ["id"] = "smart.ocpp", ["topic"] = "smart", ["kind"] = "requirement", ["deliverable"] = "specification", ["strength"] = "must",
            ["title"] = "OCPP", ["text"] = "The charging points and the back office communicate through OCPP {ocpp_version}.",
            ["sources"] = new JsonArray(new JsonObject { ["sourceId"] = "ocpp", ["locator"] = "2.0.1", ["status"] = "to-verify" }),
        })),
        ["listSources"] = (null, new JsonArray(new JsonObject
        {
            ["id"] = "afir", ["title"] = "Regulation (EU) 2023/1804 on the deployment of alternative fuels infrastructure", ["short"] = "AFIR",
            ["type"] = "regulation", ["url"] = "https://eur-lex.europa.eu/eli/reg/2023/1804/oj",
        })),
        ["getTenderInputSchema"] = (null, new JsonObject { ["$schema"] = "https://json-schema.org/draft/2020-12/schema", ["title"] = "TenderBuilder TenderInput", ["type"] = "object" }),
    };
}
