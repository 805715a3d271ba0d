using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Cli.Commands;

/// <summary><c>clauses</c>: lists the catalogue's clauses, with their sources and verification status.</summary>
internal static class ClausesCommand
{
    public static Command Create(CliConsole console)
    {
        var topic = new Option<string?>("--topic") { Description = "Only clauses of this topic." };
        var search = new Option<string?>("--search") { Description = "Only clauses whose id, title or text contains this (case-insensitive)." };
        var format = new Option<string>("--format") { Description = "table (default) or json (every field, with sources and status).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("clauses", "List the clause catalogue.") { topic, search, format };
        command.SetAction(parsed => Run(parsed.GetValue(topic), parsed.GetValue(search), parsed.GetValue(format)!, console));
        return command;
    }

    private static int Run(string? topic, string? search, string format, CliConsole console)
    {
        var catalogue = CatalogueLoader.Default;
        if (topic is not null && catalogue.Topics.All(t => t.Id != topic))
        {
            console.Error.WriteLine($"There is no topic \"{topic}\"; the topics are: {string.Join(", ", catalogue.Topics.Select(t => t.Id))}.");
            return ExitCodes.Unreadable;
        }

        var clauses = catalogue.Clauses
            .Where(c => topic is null || c.Topic == topic)
            .Where(c => search is null || new[] { c.Id, c.DisplayTitle, c.DisplayText }.Any(text => text.Contains(search, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        if (format == "json")
        {
            var json = new JsonArray([.. clauses.Select(c => (JsonNode)Json(c, catalogue))]);
            console.Out.WriteLine(json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return ExitCodes.Ok;
        }

        var table = new Table().AddColumns("Id", "Kind", "Strength", "Title", "Sources");
        foreach (var clause in clauses)
        {
            table.AddRow(
                Markup.Escape(clause.Id),
                Camel(clause.Kind.ToString()),
                Camel(clause.Strength.ToString()),
                Markup.Escape(clause.DisplayTitle),
                Markup.Escape(string.Join("; ", clause.Sources.Select(s => $"{catalogue.FindSource(s.SourceId)?.Short} {s.Locator} ({Vocabulary.English.Label(s.Status)})"))));
        }

        console.Rich.Write(table);
        console.Out.WriteLine($"{clauses.Count} of {catalogue.Clauses.Length} clauses (catalogue {catalogue.Version}).");
        return ExitCodes.Ok;
    }

    private static JsonObject Json(Clause clause, Catalogue catalogue) => new()
    {
        ["id"] = clause.Id,
        ["kb"] = clause.Kb,
        ["topic"] = clause.Topic,
        ["kind"] = Camel(clause.Kind.ToString()),
        ["deliverable"] = Camel(clause.Deliverable.ToString()),
        ["strength"] = Camel(clause.Strength.ToString()),
        ["title"] = clause.DisplayTitle,
        ["text"] = clause.DisplayText,
        ["parameters"] = new JsonArray([.. clause.Parameters.Select(p => (JsonNode)new JsonObject
        {
            ["name"] = p.Name,
            ["type"] = Camel(p.Type.ToString()),
            ["label"] = p.Label,
            ["unit"] = p.Unit,
            ["min"] = p.Min,
            ["max"] = p.Max,
            ["options"] = p.Options.IsEmpty ? null : new JsonArray([.. p.Options.Select(o => (JsonNode)o)]),
            ["default"] = p.Default?.Display,
            ["defaultSource"] = p.DefaultSource is null ? null : Source(p.DefaultSource, catalogue),
            ["fromAnswer"] = p.FromAnswer,
        })]),
        ["verification"] = new JsonObject { ["method"] = Camel(clause.Verification.Method.ToString()), ["text"] = clause.Verification.Text },
        ["condition"] = clause.When is null ? "always" : string.Join(", ", clause.When.QuestionIds().Distinct()),
        ["sources"] = new JsonArray([.. clause.Sources.Select(s => (JsonNode)Source(s, catalogue))]),
    };

    private static JsonObject Source(Citation citation, Catalogue catalogue) => new()
    {
        ["source"] = citation.SourceId,
        ["document"] = catalogue.FindSource(citation.SourceId)?.Title,
        ["locator"] = citation.Locator,
        ["status"] = citation.Status == VerificationStatus.Verified ? "verified" : "toVerify",
        ["verifiedIn"] = citation.VerifiedIn,
    };

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
