using System.Globalization;

namespace TenderBuilder.Web.Components.Shared;

/// <summary>
/// Numbers as the app writes them in sentences and tables: a count with its noun in the right
/// number ("1 error", "3 errors") and a file size in KB or MB.
/// </summary>
internal static class Counted
{
    /// <summary>
    /// "1 error", "2 errors"; the plural is the noun plus "s" unless given. English only: a page in
    /// the interface language keeps one resource per form instead ("1 draft", "{0} drafts").
    /// </summary>
    public static string Of(int count, string noun, string? plural = null) =>
        count == 1 ? $"1 {noun}" : $"{count.ToString(CultureInfo.CurrentCulture)} {plural ?? noun + "s"}";

    /// <summary>"12 KB" (at least 1 KB, so a small file never reads as empty), or "1.4 MB" from a megabyte on.</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.CurrentCulture) + " MB"
        : Math.Max(1, bytes / 1024).ToString(CultureInfo.CurrentCulture) + " KB";
}
