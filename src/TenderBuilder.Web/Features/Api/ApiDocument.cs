using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Web.Features.Api;

/// <summary>
/// The API's OpenAPI 3.1 document: generated from the endpoints by ASP.NET Core, then completed
/// here with what only TenderBuilder knows — the TenderInput JSON Schema (generated from the
/// catalogue, so it cannot drift from the questions), the key scheme and each operation's scope,
/// the limits, Retry-After, and an example on every operation. Built once per app.
/// </summary>
internal sealed class ApiDocument(
    [FromKeyedServices(ApiDocument.Name)] IOpenApiDocumentProvider generated, Core.Catalogues.Catalogue catalogue, IOptions<ApiOptions> options)
{
    public const string Name = "v1";

    public const string Route = ApiEndpoints.Prefix + "/openapi.json";

    public const string SecurityScheme = "apiKey";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _json;

    /// <summary>The document as JSON text.</summary>
    public async Task<string> JsonAsync(CancellationToken cancellationToken)
    {
        if (_json is { } built)
        {
            return built;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_json is null)
            {
                var document = await generated.GetOpenApiDocumentAsync(cancellationToken);
                using var text = new StringWriter(CultureInfo.InvariantCulture);
                document.SerializeAsV31(new OpenApiJsonWriter(text));
                var json = JsonNode.Parse(text.ToString())!.AsObject();
                Complete(json);
                _json = json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            }

            return _json;
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Complete(JsonObject document)
    {
        var limits = options.Value;
        document["info"] = new JsonObject
        {
            ["title"] = "TenderBuilder API",
            ["version"] = "1",
            ["description"] = Description(limits),
            ["license"] = new JsonObject { ["name"] = "EUPL-1.2", ["identifier"] = "EUPL-1.2" },
        };
        // Relative to the server that serves this document.
        document["servers"] = new JsonArray(new JsonObject { ["url"] = "/", ["description"] = "This TenderBuilder server" });
        document["tags"] = new JsonArray(
            Tag("Drafts", "A tender's answers, as a draft of the key's organisation: create, read, change, validate, delete."),
            Tag("Packages", "A draft's tender package: the documents, compliance matrix, open data, EU notice and the ZIP of all."),
            Tag("Templates", "Templates the organisation may start drafts from."),
            Tag("Catalogue", "The questions, clauses and sources the rules use, and the TenderInput schema."));
        var components = document["components"] as JsonObject ?? new JsonObject();
        document["components"] = components;
        var schemas = components["schemas"] as JsonObject ?? new JsonObject();
        components["schemas"] = schemas;

        var tenderInput = TenderInputSchemaWithLimits(catalogue, limits);
        // Inside the document the schema is a component, named by its place; its own $schema and
        // $id are for the copy served alone (a second $id would register it twice with validators).
        tenderInput.Remove("$schema");
        tenderInput.Remove("$id");
        schemas.Remove("JsonNode");
        schemas["ProblemDetails"] = ProblemDetailsSchema();
        schemas["TenderInput"] = tenderInput;
        // The drafts' and templates' input is a TenderInput, not "any JSON".
        foreach (var name in new[] { nameof(ApiDraft), nameof(ApiTemplate) })
        {
            if (schemas[name]?["properties"] is JsonObject properties)
            {
                properties["input"] = Reference("TenderInput");
            }
        }

        components["securitySchemes"] = new JsonObject
        {
            [SecurityScheme] = new JsonObject
            {
                ["type"] = "http",
                ["scheme"] = "bearer",
                ["bearerFormat"] = "tbk_…",
                ["description"] = "An API key created by an administrator of your organisation (Administration › API keys), sent as `Authorization: Bearer tbk_…`. The header `X-Api-Key: tbk_…` is accepted too. Sign-in cookies are not accepted.",
            },
        };

        foreach (var (_, path) in document["paths"]?.AsObject() ?? [])
        {
            foreach (var (_, operationNode) in path!.AsObject())
            {
                if (operationNode is JsonObject operation && operation["operationId"]?.GetValue<string>() is { } id)
                {
                    CompleteOperation(id, operation, limits);
                }
            }
        }
    }

    private void CompleteOperation(string id, JsonObject operation, ApiOptions limits)
    {
        if (operation.Remove(ApiOperations.ScopeExtension, out var scopeNode) && scopeNode?.GetValue<string>() is { } scope)
        {
            operation["security"] = new JsonArray(new JsonObject { [SecurityScheme] = new JsonArray(scope) });
            operation["description"] = $"{operation["description"]?.GetValue<string>()}\n\nNeeds the `{scope}` scope.";
        }

        // A path's draft or template id gets an example too, so even an operation without a body
        // or content (DELETE) shows a whole request.
        foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
        {
            if (parameter is JsonObject p && p["in"]?.GetValue<string>() == "path" && p["name"]?.GetValue<string>() == "id")
            {
                p["example"] = ApiExamples.IdFor(id);
            }
        }

        foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
        {
            if (parameter is JsonObject p && p["name"]?.GetValue<string>() == "revision")
            {
                p["description"] = "The draft's revision the change was made from (its `revision`, or the ETag of GET /api/v1/drafts/{id}); required unless If-Match names it.";
            }
        }

        if (id is "replaceDraftInput" or "updateDraftAnswers")
        {
            operation["parameters"]!.AsArray().Add(new JsonObject
            {
                ["name"] = "If-Match",
                ["in"] = "header",
                ["description"] = "The ETag read with the draft (\"12\"), instead of ?revision=12; if both are sent they must agree.",
                ["schema"] = new JsonObject { ["type"] = "string" },
                ["example"] = "\"3\"",
            });
        }

        if (id == "downloadPackageFile" && operation["responses"]?["200"] is JsonObject file)
        {
            file["description"] = "The file, with its media type (application/zip, application/pdf, DOCX, XLSX, JSON, XML) and length.";
            file["content"] = new JsonObject
            {
                ["*/*"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string", ["contentMediaType"] = "application/octet-stream" } },
            };
        }

        var (request, response) = Example(id);
        if (operation.Remove(ApiOperations.TenderInputExtension))
        {
            operation["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["description"] = $"A TenderInput: a draft file as JSON, or as YAML (the command line's and the Drafts page's format), at most {limits.MaxRequestBytes} bytes.",
                ["content"] = new JsonObject
                {
                    ["application/json"] = new JsonObject { ["schema"] = Reference("TenderInput") },
                    ["application/yaml"] = new JsonObject { ["schema"] = Reference("TenderInput") },
                },
            };
        }

        if (operation.Remove(ApiOperations.FromTemplateExtension))
        {
            operation["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["description"] = "The template to start from (its current version) and the new draft's title (the template's name when absent).",
                ["content"] = new JsonObject
                {
                    ["application/json"] = new JsonObject
                    {
                        ["schema"] = new JsonObject
                        {
                            ["type"] = "object",
                            ["required"] = new JsonArray("templateId"),
                            ["properties"] = new JsonObject
                            {
                                ["templateId"] = new JsonObject { ["type"] = "string", ["format"] = "uuid" },
                                ["title"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["maxLength"] = 300 },
                            },
                        },
                    },
                },
            };
        }

        if (operation.Remove(ApiOperations.AnswersExtension))
        {
            operation["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["description"] = $"Question id → the answer's value (its type as GET /api/v1/catalogue/questions says); null removes the answer. At most {limits.MaxAnswers} answers in the draft.",
                ["content"] = new JsonObject
                {
                    ["application/json"] = new JsonObject
                    {
                        ["schema"] = new JsonObject { ["type"] = "object", ["maxProperties"] = limits.MaxAnswers, ["additionalProperties"] = true },
                    },
                },
            };
        }

        if (request is not null && operation["requestBody"]?["content"] is JsonObject requestContent)
        {
            if (requestContent["application/json"] is JsonObject json)
            {
                json["example"] = request.DeepClone();
            }
        }

        if (operation["responses"] is not JsonObject responses)
        {
            return;
        }

        foreach (var (status, answer) in responses)
        {
            if (answer is not JsonObject described)
            {
                continue;
            }

            if (status.StartsWith('2') && described["content"] is JsonObject content)
            {
                foreach (var (_, media) in content)
                {
                    ((JsonObject)media!)["example"] = response?.DeepClone();
                }
            }

            described["description"] = status switch
            {
                "400" => "The request has a problem; `errors` names each field (a JSON path, a query parameter or a line of the body).",
                "401" => "No API key, or one that is unknown, expired or revoked.",
                "403" => "The key's scopes do not include the one this operation needs.",
                "404" => "No such draft or template for this key's organisation (another organisation's is not found either).",
                "409" when id == "buildPackage" || id == "downloadPackageFile" => "`code` has-errors: the draft's answers still hold errors (listed in `errors`).",
                "409" => "`code` stale-revision: the revision sent is stale (`currentRevision` says the current one); `code` review-status: the draft's review status keeps it as it is.",
                "413" => $"The body is larger than {limits.MaxRequestBytes} bytes.",
                "422" => "The change breaks a lock of the template the draft was started from.",
                "429" => $"More than {limits.PermitsPerMinute} requests a minute with this key; wait for Retry-After seconds.",
                _ => described["description"]?.GetValue<string>() ?? "",
            };
            if (status == "429")
            {
                described["headers"] = new JsonObject
                {
                    ["Retry-After"] = new JsonObject
                    {
                        ["description"] = "Seconds to wait before the next request.",
                        ["schema"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1 },
                    },
                };
            }
        }

        if (id == "deleteDraft")
        {
            responses["204"] = new JsonObject { ["description"] = "Moved to the organisation's archive." };
            responses.Remove("200");
        }
    }

    // The catalogue's examples are its own first entries, so they are never out of date.
    private (JsonNode? Request, JsonNode? Response) Example(string id) => id switch
    {
        "getCatalogue" => (null, JsonSerializer.SerializeToNode(new ApiCatalogue(catalogue.Version, DocumentLanguages.All,
            catalogue.Questionnaire.Questions.Length, catalogue.Clauses.Length, catalogue.Sources.Length), ApiJson.Options)),
        "listQuestions" => (null, JsonSerializer.SerializeToNode(catalogue.Questionnaire.Questions.Take(1).Select(ApiQuestion.From).ToList(), ApiJson.Options)),
        "listClauses" => (null, JsonSerializer.SerializeToNode(catalogue.Clauses.Take(1).Select(ApiCatalogueEndpoints.Clause(catalogue.Language)).ToList(), ApiJson.Options)),
        "listSources" => (null, JsonSerializer.SerializeToNode(catalogue.Sources.Take(1)
            .Select(s => new ApiSource(s.Id, s.Title, s.Short, ApiWords.Lower(s.Type), s.Url?.ToString())).ToList(), ApiJson.Options)),
        _ => ApiExamples.ByOperation.TryGetValue(id, out var example) ? example : (null, null),
    };

    /// <summary>
    /// The TenderInput JSON Schema with the API's limits on it: the document names it TenderInput
    /// and <c>GET /api/v1/schemas/tender-input</c> serves it, so both say the same.
    /// </summary>
    public static JsonObject TenderInputSchemaWithLimits(Core.Catalogues.Catalogue catalogue, ApiOptions limits)
    {
        var schema = TenderInputSchema.For(catalogue);
        if (schema["properties"]?["answers"] is JsonObject answers)
        {
            answers["maxProperties"] = limits.MaxAnswers;
        }

        schema["description"] = $"{schema["description"]} At most {limits.MaxAnswers} answers and {limits.MaxTextLength} characters in any one text; the whole request at most {limits.MaxRequestBytes} bytes.";
        return schema;
    }

    private static JsonObject Tag(string name, string description) => new() { ["name"] = name, ["description"] = description };

    // RFC 9457 with the members this API adds, so a client generator gives them names.
    private static JsonObject ProblemDetailsSchema()
    {
        static JsonObject Typed(string type, string description) => new() { ["type"] = type, ["description"] = description };
        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = "An RFC 9457 problem detail.",
            ["properties"] = new JsonObject
            {
                ["type"] = Typed("string", "A URI reference naming the kind of problem."),
                ["title"] = Typed("string", "What went wrong, in a sentence."),
                ["status"] = Typed("integer", "The HTTP status."),
                ["detail"] = Typed("string", "What to do about it."),
                ["instance"] = Typed("string", "The path asked for."),
                ["traceId"] = Typed("string", "The request's trace id (W3C), to quote to the server's administrator."),
                ["errors"] = new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "The fields at fault: a JSON path in dots (tender.title), a question id, a query parameter or header, \"line N\" of a draft file, or \"body\"; each with its messages.",
                    ["additionalProperties"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
                },
                ["code"] = new JsonObject { ["enum"] = new JsonArray("stale-revision", "review-status", "has-errors"), ["description"] = "On a 409: which conflict." },
                ["currentRevision"] = Typed("integer", "On a stale-revision 409: the draft's revision now."),
                ["draftStatus"] = Typed("string", "On a review-status 409: where the draft is in its review (in-review, approved)."),
                ["retryAfterSeconds"] = Typed("integer", "On a 429: seconds to wait (as Retry-After)."),
            },
        };
    }

    private static JsonObject Reference(string schema) => new() { ["$ref"] = $"#/components/schemas/{schema}" };

    private static string Description(ApiOptions limits) => $"""
        Drafts, templates, the catalogue and tender packages of TenderBuilder, for the systems of consultants and regional authorities. The same services as the web app, acting as the API key's organisation.

        **Keys and scopes.** An administrator of your organisation creates keys under Administration › API keys, each with the scopes it needs: `read` (drafts, findings, review state, templates, catalogue), `write` (create, change and delete drafts) and `build` (packages and their files). A key is shown once. Keys never submit, approve or return drafts for review.

        **Concurrency.** Every change names the revision it was made from (`?revision=N`, or `If-Match` with the ETag read); a stale revision gets 409 with `code` stale-revision and `currentRevision`.

        **Errors** are RFC 9457 problem details (`application/problem+json`); `errors` names each field at fault.

        **Limits.** Request bodies up to {limits.MaxRequestBytes} bytes (413 above), at most {limits.MaxAnswers} answers per draft and {limits.MaxTextLength} characters in any one text (400 naming the field), {limits.PermitsPerMinute} requests a minute per key (429 with Retry-After).

        **Languages.** Findings and the services' refusals follow Accept-Language (en, nl, sv, de); the API's own messages are in English.
        """;
}

/// <summary>
/// Carries what the endpoints' metadata says (the scope, a TenderInput body) into the generated
/// operation as private extensions, which <see cref="ApiDocument"/> turns into OpenAPI and removes.
/// </summary>
internal static class ApiOperations
{
    public const string ScopeExtension = "x-tenderbuilder-scope";

    public const string TenderInputExtension = "x-tenderbuilder-tender-input";

    public const string AnswersExtension = "x-tenderbuilder-answers";

    public const string FromTemplateExtension = "x-tenderbuilder-from-template";

    public static Task Mark(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        if (metadata.OfType<ApiScopeMetadata>().FirstOrDefault() is { } scope)
        {
            operation.Extensions[ScopeExtension] = new JsonNodeExtension(JsonValue.Create(scope.Scope));
        }

        if (metadata.OfType<ApiTenderInputBody>().Any())
        {
            operation.Extensions[TenderInputExtension] = new JsonNodeExtension(JsonValue.Create(true));
        }

        if (metadata.OfType<ApiAnswersBody>().Any())
        {
            operation.Extensions[AnswersExtension] = new JsonNodeExtension(JsonValue.Create(true));
        }

        if (metadata.OfType<ApiFromTemplateBody>().Any())
        {
            operation.Extensions[FromTemplateExtension] = new JsonNodeExtension(JsonValue.Create(true));
        }

        return Task.CompletedTask;
    }
}

/// <summary>The JSON spelling of the API (camelCase, as the endpoints answer).</summary>
internal static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
