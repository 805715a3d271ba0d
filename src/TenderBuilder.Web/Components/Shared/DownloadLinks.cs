namespace TenderBuilder.Web.Components.Shared;

/// <summary>
/// The addresses of the downloads, shared by the pages that link to them and the endpoints that
/// serve them, so a link and its route cannot drift apart. Links are relative to the page's base
/// address, like every other link of the app, so they keep working under a path base.
/// </summary>
internal static class DownloadLinks
{
    /// <summary>Where a draft's files download.</summary>
    public const string DraftPrefix = "/export/drafts";

    /// <summary>Where a template's file downloads.</summary>
    public const string TemplatePrefix = "/export/templates";

    /// <summary>The draft's whole input (the command line's input file), under a draft's export address.</summary>
    public const string TenderInputFile = "tender-input.json";

    /// <summary>The audit trail's file name under a draft's export address.</summary>
    public const string HistoryFile = "history.csv";

    /// <summary>A draft's sites as CSV, under a draft's export address.</summary>
    public const string SitesFile = "sites.csv";

    /// <summary>The blank sites CSV template's file name.</summary>
    public const string SitesTemplateFile = "sites-template.csv";

    /// <summary>Where the blank sites CSV template downloads; it holds nothing of any draft.</summary>
    public const string SitesTemplate = "/export/" + SitesTemplateFile;

    /// <summary>One file of a draft's package, or its input or history file.</summary>
    public static string DraftFile(Guid draftId, string file) => $"{DraftPrefix.TrimStart('/')}/{draftId}/{file}";

    /// <summary>A document's HTML preview; the revision makes the browser fetch it again after every change.</summary>
    public static string Preview(Guid draftId, string file, long revision) => $"{DraftPrefix.TrimStart('/')}/{draftId}/preview/{file}?r={revision}";

    /// <summary>A template's input file.</summary>
    public static string TemplateFile(Guid templateId) => $"{TemplatePrefix.TrimStart('/')}/{templateId}/{TenderInputFile}";
}
