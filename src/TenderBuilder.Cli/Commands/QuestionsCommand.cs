using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Cli.Commands;

/// <summary><c>questions</c>: the questionnaire, or the TenderInput JSON Schema.</summary>
internal static class QuestionsCommand
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format") { Description = "table (default), json, or json-schema (the TenderInput schema).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "json-schema");
        var command = new Command("questions", "List the questionnaire, or print the TenderInput JSON Schema.") { format };
        command.SetAction(parsed => Run(parsed.GetValue(format)!, console));
        return command;
    }

    private static int Run(string format, CliConsole console)
    {
        var catalogue = CatalogueLoader.Default;
        switch (format)
        {
            case "json-schema":
                console.Out.WriteLine(TenderInputSchema.For(catalogue).ToJsonString(s_json));
                break;
            case "json":
                var sections = new JsonArray([.. catalogue.Questionnaire.Sections.Select(section => (JsonNode)new JsonObject
                {
                    ["id"] = section.Id,
                    ["title"] = section.Title,
                    ["questions"] = new JsonArray([.. section.Questions.Select(q => (JsonNode)new JsonObject
                    {
                        ["id"] = q.Id,
                        ["type"] = char.ToLowerInvariant(q.Type.ToString()[0]) + q.Type.ToString()[1..],
                        ["label"] = q.Label,
                        ["help"] = q.Help,
                        ["why"] = q.Why,
                        ["required"] = q.Required,
                        ["field"] = q.Field is null ? null : "tender." + q.Field,
                        ["options"] = q.Options.IsEmpty ? null : new JsonArray([.. q.Options.Select(o => (JsonNode)new JsonObject { ["value"] = o.Value, ["label"] = o.Label })]),
                        ["unit"] = q.Unit,
                        ["default"] = q.Default?.Display,
                        ["conditional"] = q.VisibleWhen is not null,
                    })]),
                })]);
                console.Out.WriteLine(sections.ToJsonString(s_json));
                break;
            default:
                var table = new Table().AddColumns("Id", "Type", "Question");
                foreach (var question in catalogue.Questionnaire.Questions)
                {
                    table.AddRow(Markup.Escape(question.Id), question.Type.ToString(), Markup.Escape(question.Label));
                }

                console.Rich.Write(table);
                console.Out.WriteLine($"{catalogue.Questionnaire.Questions.Length} questions in {catalogue.Questionnaire.Sections.Length} sections (catalogue {catalogue.Version}).");
                break;
        }

        return ExitCodes.Ok;
    }
}
