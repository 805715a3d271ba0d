using System.Text.Json;

namespace TenderBuilder.Core.Input;

/// <summary>
/// The differences between two versions of a tender input, item by item: what an audit trail
/// records and a reviewer reads. Pure; the order is stable (kind, then subject).
/// </summary>
public static class TenderInputChanges
{
    /// <summary>Every item that differs from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static IReadOnlyList<InputChange> Between(TenderInput before, TenderInput after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<InputChange>();
        Compare(InputChangeKind.TenderDetail, Details(before), Details(after), changes);
        Compare(InputChangeKind.Answer, Answers(before), Answers(after), changes);
        Compare(InputChangeKind.Exclusion,
            before.Exclusions.ToDictionary(e => e.Clause, e => e.Justification ?? ""),
            after.Exclusions.ToDictionary(e => e.Clause, e => e.Justification ?? ""), changes);
        Compare(InputChangeKind.ParameterOverride, Overrides(before), Overrides(after), changes);
        Compare(InputChangeKind.CustomClause,
            before.CustomClauses.ToDictionary(c => c.Id, Json),
            after.CustomClauses.ToDictionary(c => c.Id, Json), changes);
        Compare(InputChangeKind.Site, Sites(before), Sites(after), changes);
        return changes;
    }

    private static void Compare(InputChangeKind kind, Dictionary<string, string> before, Dictionary<string, string> after, List<InputChange> changes)
    {
        foreach (var subject in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var was = before.GetValueOrDefault(subject);
            var now = after.GetValueOrDefault(subject);
            if (was != now)
            {
                changes.Add(new InputChange(kind, subject, was, now));
            }
        }
    }

    // Answers compare by their JSON text, so 5 and 5.0 differ (the officer typed something else)
    // while re-serialising the same value does not.
    private static Dictionary<string, string> Answers(TenderInput input) =>
        input.Answers.Where(a => a.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            .ToDictionary(a => a.Key, a => a.Value.GetRawText());

    private static Dictionary<string, string> Overrides(TenderInput input)
    {
        var overrides = new Dictionary<string, string>();
        foreach (var o in input.ParameterOverrides)
        {
            overrides[$"{o.Clause}/{o.Parameter}"] = o.Value.GetRawText();
        }

        return overrides;
    }

    // A site is one item, by its id: moving it in the list is no change, editing any field is. Ids
    // are unique once the site checks pass; until then a repeated id keeps its last entry.
    private static Dictionary<string, string> Sites(TenderInput input)
    {
        var sites = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var site in input.Sites)
        {
            sites[site.Id ?? ""] = Json(site);
        }

        return sites;
    }

    // The metadata flattened to leaf paths (tender.authority.name); lists stay one value each.
    private static Dictionary<string, string> Details(TenderInput input)
    {
        var leaves = new Dictionary<string, string>();
        using var document = JsonDocument.Parse(Json(input.Tender));
        Flatten("tender", document.RootElement, leaves);
        return leaves;
    }

    private static void Flatten(string path, JsonElement element, Dictionary<string, string> leaves)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten($"{path}.{property.Name}", property.Value, leaves);
                }

                break;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                break;
            case JsonValueKind.Array when element.GetArrayLength() == 0:
                break;
            case JsonValueKind.String:
                leaves[path] = element.GetString()!;
                break;
            default:
                leaves[path] = element.GetRawText();
                break;
        }
    }

    // The input's own JSON conventions, on one line: a change reads as one value.
    private static readonly JsonSerializerOptions s_compact = new(TenderInputJson.Options) { WriteIndented = false };

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, TenderInputJson.Info<T>(s_compact));
}
