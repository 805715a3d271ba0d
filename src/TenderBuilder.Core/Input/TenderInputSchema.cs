using System.Text.Json.Nodes;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Questionnaires;

namespace TenderBuilder.Core.Input;

/// <summary>
/// The JSON Schema (draft 2020-12) of a TenderInput for one catalogue: every answer typed from its
/// question, every tender field from the questions bound to it. Generated, so it cannot drift
/// from the questionnaire.
/// </summary>
public static class TenderInputSchema
{
    /// <summary>Builds the schema.</summary>
    public static JsonObject For(Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var questions = catalogue.Questionnaire.Questions;
        var answers = new JsonObject();
        foreach (var question in questions.Where(q => q.Field is null && !Sites.DerivedAnswers.AlwaysDerived(q.DerivedFrom)))
        {
            answers[question.Id] = Describe(question, ForAnswer(question));
        }

        var tender = new JsonObject();
        foreach (var question in questions.Where(q => q.Field is not null))
        {
            Place(tender, question.Field!.Split('.'), Describe(question, ForAnswer(question)));
        }

        Place(tender, ["lots", "items"], new JsonObject
        {
            ["type"] = "array",
            ["items"] = Object(new JsonObject
            {
                ["id"] = new JsonObject { ["type"] = "string" },
                ["title"] = new JsonObject { ["type"] = "string" },
                ["description"] = new JsonObject { ["type"] = "string" },
                ["estimatedValue"] = new JsonObject { ["type"] = "number", ["minimum"] = 0 },
            }, "id", "title"),
        });
        Place(tender, ["language"], new JsonObject
        {
            ["enum"] = Strings(DocumentLanguages.All),
            ["description"] = "The language of the procurement documents; English when absent.",
        });

        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://tenderbuilder.eu/schemas/tender-input/{TenderInput.CurrentSchemaVersion}/catalogue/{catalogue.Version}",
            ["title"] = "TenderBuilder TenderInput",
            ["description"] = $"The answers, exclusions, overrides and custom clauses of one tender, for catalogue {catalogue.Version}.",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["schemaVersion"] = new JsonObject { ["const"] = TenderInput.CurrentSchemaVersion },
                ["catalogVersion"] = new JsonObject { ["type"] = "string", ["description"] = "The catalogue version the answers were given against." },
                ["tender"] = Close(tender),
                ["sites"] = Array(SiteSchema(catalogue)),
                ["answers"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = answers },
                ["exclusions"] = Array(Object(new JsonObject
                {
                    ["clause"] = new JsonObject { ["enum"] = Strings(catalogue.Clauses.Select(c => c.Id)) },
                    ["justification"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
                }, "clause", "justification")),
                ["parameterOverrides"] = Array(Object(new JsonObject
                {
                    ["clause"] = new JsonObject { ["enum"] = Strings(catalogue.Clauses.Where(c => !c.Parameters.IsEmpty).Select(c => c.Id)) },
                    ["parameter"] = new JsonObject { ["type"] = "string" },
                    ["value"] = new JsonObject(),
                }, "clause", "parameter", "value")),
                ["customClauses"] = Array(Object(new JsonObject
                {
                    ["id"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[a-z0-9-]+$" },
                    ["title"] = new JsonObject { ["type"] = "string" },
                    ["text"] = new JsonObject { ["type"] = "string" },
                    ["kind"] = new JsonObject { ["enum"] = Strings(["selectionCriterion", "technicalSpecification", "awardCriterion", "contractPerformance"]) },
                    ["verification"] = Object(new JsonObject
                    {
                        ["method"] = new JsonObject { ["enum"] = Strings(["certificate", "declaration", "testReport", "siteAcceptanceTest", "documentReview"]) },
                        ["text"] = new JsonObject { ["type"] = "string" },
                    }),
                    ["language"] = new JsonObject
                    {
                        ["enum"] = Strings(DocumentLanguages.All),
                        ["description"] = "The language the clause is written in; its text is used as written, and the memo notes a clause not declared in the document language.",
                    },
                }, "id", "title", "text", "kind")),
                ["template"] = Object(new JsonObject
                {
                    ["id"] = new JsonObject { ["type"] = "string", ["format"] = "uuid" },
                    ["version"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1 },
                    ["name"] = new JsonObject { ["type"] = "string" },
                }, "id", "version", "name"),
            },
        };
    }

    private static JsonObject SiteSchema(Catalogue catalogue)
    {
        JsonObject OptionsOf(string questionId) => catalogue.Questionnaire.Find(questionId) is { } question
            ? new JsonObject { ["enum"] = Strings(question.Options.Select(o => o.Value)) }
            : new JsonObject { ["type"] = "string" };

        return Object(new JsonObject
        {
            ["id"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
            ["name"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
            ["address"] = new JsonObject { ["type"] = "string" },
            ["area"] = new JsonObject { ["type"] = "string" },
            ["latitude"] = new JsonObject { ["type"] = "number", ["minimum"] = -90, ["maximum"] = 90 },
            ["longitude"] = new JsonObject { ["type"] = "number", ["minimum"] = -180, ["maximum"] = 180 },
            ["type"] = OptionsOf("sites.site_types"),
            ["access"] = OptionsOf("sites.access"),
            ["siteCount"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["description"] = "How many alike sites the entry stands for." },
            ["pointGroups"] = Array(Object(new JsonObject
            {
                ["count"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1 },
                ["current"] = new JsonObject { ["enum"] = Strings(["ac", "dc"]) },
                ["ratedKw"] = new JsonObject { ["type"] = "number", ["exclusiveMinimum"] = 0, ["maximum"] = Sites.SiteChecks.MaxRatedKw },
                ["connectors"] = new JsonObject { ["type"] = "array", ["uniqueItems"] = true, ["items"] = new JsonObject { ["enum"] = Strings(Sites.Connectors.Codes) } },
            }, "count", "current", "ratedKw")),
            ["gridCapacityKva"] = new JsonObject { ["type"] = "number", ["minimum"] = 0 },
            ["commissioning"] = new JsonObject { ["type"] = "string", ["format"] = "date" },
            ["lot"] = new JsonObject { ["type"] = "string" },
        }, "id", "name");
    }

    private static JsonObject ForAnswer(Question question) => question.Type switch
    {
        QuestionType.YesNo => new JsonObject { ["type"] = "boolean" },
        QuestionType.SingleChoice => new JsonObject { ["enum"] = Strings(question.Options.Select(o => o.Value)) },
        QuestionType.MultipleChoice => new JsonObject
        {
            ["type"] = "array",
            ["uniqueItems"] = true,
            ["items"] = new JsonObject { ["enum"] = Strings(question.Options.Select(o => o.Value)) },
        },
        QuestionType.Date => new JsonObject { ["type"] = "string", ["format"] = "date" },
        // HH:mm as written; HH:mm:ss as a typed time field of the tender block is serialized.
        QuestionType.Time => new JsonObject { ["type"] = "string", ["pattern"] = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$" },
        // The shape only: reading the input checks the code against the notice's list of regions.
        QuestionType.Text when question.Format == TextFormat.Nuts => new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Z]{2}[0-9A-Z]{3}$" },
        QuestionType.Text => new JsonObject { ["type"] = "string", ["maxLength"] = question.MaxLength },
        _ => Range(new JsonObject { ["type"] = question.Integer ? "integer" : "number" }, question),
    };

    private static JsonObject Range(JsonObject schema, Question question)
    {
        var min = question.Min ?? (question.Type == QuestionType.Percentage ? 0 : null);
        var max = question.Max ?? (question.Type == QuestionType.Percentage ? 100 : null);
        if (min is { } low)
        {
            schema["minimum"] = low;
        }

        if (max is { } high)
        {
            schema["maximum"] = high;
        }

        return schema;
    }

    private static JsonObject Describe(Question question, JsonObject schema)
    {
        schema["title"] = question.Label;
        if (question.Help is { } help)
        {
            schema["description"] = help;
        }

        return schema;
    }

    private static void Place(JsonObject root, string[] path, JsonObject schema)
    {
        var current = root;
        foreach (var part in path[..^1])
        {
            if (current[part] is not JsonObject child)
            {
                child = new JsonObject();
                current[part] = child;
            }

            current = child;
        }

        current[path[^1]] = schema;
    }

    // Nested groups built by Place are plain property bags; turn them into closed object schemas.
    private static JsonObject Close(JsonObject properties)
    {
        var closed = new JsonObject();
        foreach (var (name, value) in properties.ToList())
        {
            properties.Remove(name);
            closed[name] = value is JsonObject child && !IsSchema(child) ? Close(child) : value;
        }

        return new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = closed };
    }

    // A field's schema says its type or its values; a group holds fields, one of which may be named
    // "type" (authority.type) or "enum", whose value is then a schema object, not a keyword's value.
    private static bool IsSchema(JsonObject node) => node["type"] is JsonValue || node["enum"] is JsonArray;

    private static JsonObject Object(JsonObject properties, params string[] required) => new()
    {
        ["type"] = "object",
        ["additionalProperties"] = false,
        ["properties"] = properties,
        ["required"] = Strings(required),
    };

    private static JsonObject Array(JsonObject items) => new() { ["type"] = "array", ["items"] = items };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);
}
