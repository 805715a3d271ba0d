using System.Globalization;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>
/// What the review step says under a clause parameter: where its value comes from (the
/// vocabulary's words for the origin, as the memo has them) and the range the authority may set.
/// </summary>
internal static class ParameterHelp
{
    /// <summary>"From your answer: 16. Set a value here to change it in this clause only. Allowed: 1 to 48."</summary>
    public static string For(ClauseParameter definition, ResolvedParameter resolved)
    {
        var origin = Vocabulary.English.Of(resolved.Origin);
        var said = resolved.Origin switch
        {
            ParameterOrigin.Override => $"{origin.Label}.",
            ParameterOrigin.Answer => $"{origin.Label}: {resolved.Rendered}. Set a value here to change it in this clause only.",
            ParameterOrigin.Default => $"{origin.Label}: {resolved.Rendered}{Source(resolved.DefaultSource)}.",
            _ => $"{origin.Label}: {origin.Help}.",
        };
        return Range(definition) is { } range ? $"{said} {range}" : said;
    }

    /// <summary>The unit shown after the field: a percentage's "%", else the parameter's own unit.</summary>
    public static string? Unit(ClauseParameter definition) => definition.Type == ParameterType.Percentage ? "%" : definition.Unit;

    /// <summary>What the empty choice of an enum parameter says: keep the value it has, or choose one.</summary>
    public static string KeepChoice(ResolvedParameter resolved) => resolved.Value is null ? "Choose…" : $"Keep: {resolved.Rendered}";

    private static string Source(SourceReference? source) =>
        source is null ? "" : $" ({source.Label}, {Vocabulary.English.Label(source.Status)})";

    private static string? Range(ClauseParameter definition) => (definition.Min, definition.Max) switch
    {
        ({ } min, { } max) => $"Allowed: {Number(min)} to {Number(max)}.",
        ({ } min, null) => $"Allowed: at least {Number(min)}.",
        (null, { } max) => $"Allowed: at most {Number(max)}.",
        _ => null,
    };

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);
}
