using System.Globalization;
using Microsoft.Extensions.Localization;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>
/// What the review step says under a clause parameter: where its value comes from (the
/// vocabulary's words for the origin, as the memo has them) and the range the authority may set.
/// </summary>
/// <param name="words">The interface's words for it, in the officer's language.</param>
internal sealed class ParameterHelp(IStringLocalizer<ParameterHelp> words)
{
    /// <summary>"From your answer: 16. Set a value here to change it in this clause only. Allowed: 1 to 48."</summary>
    public string For(ClauseParameter definition, ResolvedParameter resolved)
    {
        var origin = TenderBuilder.Web.Hosting.InterfaceLanguages.Vocabulary.Of(resolved.Origin);
        var said = resolved.Origin switch
        {
            ParameterOrigin.Override => $"{origin.Label}.",
            ParameterOrigin.Answer => words["FromAnswer", origin.Label, resolved.Rendered].Value,
            ParameterOrigin.Default => $"{origin.Label}: {resolved.Rendered}{Source(resolved.DefaultSource)}.",
            _ => $"{origin.Label}: {origin.Help}.",
        };
        return Range(definition) is { } range ? $"{said} {range}" : said;
    }

    /// <summary>The unit shown after the field: a percentage's "%", else the parameter's own unit.</summary>
    public static string? Unit(ClauseParameter definition) => definition.Type == ParameterType.Percentage ? "%" : definition.Unit;

    /// <summary>What the empty choice of an enum parameter says: keep the value it has, or choose one.</summary>
    public string KeepChoice(ResolvedParameter resolved) => resolved.Value is null ? words["Choose"] : words["Keep", resolved.Rendered];

    private static string Source(SourceReference? source) =>
        source is null ? "" : $" ({source.Label}, {TenderBuilder.Web.Hosting.InterfaceLanguages.Vocabulary.Label(source.Status)})";

    private string? Range(ClauseParameter definition) => (definition.Min, definition.Max) switch
    {
        ({ } min, { } max) => words["AllowedFromTo", Number(min), Number(max)].Value,
        ({ } min, null) => words["AllowedAtLeast", Number(min)].Value,
        (null, { } max) => words["AllowedAtMost", Number(max)].Value,
        _ => null,
    };

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);
}
