using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>
/// How a finding is shown: the alert's severity for colour and icon, the vocabulary's words that say
/// the same ("Error (must be fixed before export)"), and the short names of its sources.
/// </summary>
internal static class FindingText
{
    /// <summary>"Error (must be fixed before export)", "Warning", "Note".</summary>
    public static string Heading(FindingSeverity severity) => TenderBuilder.Web.Hosting.InterfaceLanguages.Vocabulary.Of(severity).LabelWithHelp;

    /// <summary>The severity as the page's data attribute names it ("error", "warning", "info").</summary>
    public static string Data(FindingSeverity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>The alert's look, which repeats the words for the eye.</summary>
    public static MudBlazor.Severity Alert(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => MudBlazor.Severity.Error,
        FindingSeverity.Warning => MudBlazor.Severity.Warning,
        _ => MudBlazor.Severity.Info,
    };

    /// <summary>"AFIR" for a known source, else the cited id.</summary>
    public static string Source(Citation citation, Core.Catalogues.Catalogue catalogue) => catalogue.FindSource(citation.SourceId)?.Short ?? citation.SourceId;
}
