using System.Globalization;

namespace TenderBuilder.Web.Components.Shared;

/// <summary>
/// Numbers as the app writes them in tables: a file size in KB or MB, the number in the culture's
/// form (the units read the same in every interface language). A count with its noun is no helper:
/// each page keeps one resource per form instead ("1 draft", "{0} drafts"), as languages make their
/// plurals their own way.
/// </summary>
internal static class Counted
{
    /// <summary>"12 KB" (at least 1 KB, so a small file never reads as empty), or "1.4 MB" from a megabyte on.</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.CurrentCulture) + " MB"
        : Math.Max(1, bytes / 1024).ToString(CultureInfo.CurrentCulture) + " KB";
}
