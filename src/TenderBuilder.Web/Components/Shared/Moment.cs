namespace TenderBuilder.Web.Components.Shared;

/// <summary>
/// How the app shows a stored UTC moment: in the server's local time, to the minute or to the
/// day, with the exact instant for the <c>time</c> element's machine-readable attribute. One
/// place, so every table and sentence writes dates alike.
/// </summary>
internal static class Moment
{
    /// <summary>The instant in ISO 8601, for <c>datetime</c>.</summary>
    public static string Machine(DateTime utc) => utc.ToString("o");

    /// <summary>"6 Dec 2026, 14:05".</summary>
    public static string ToTheMinute(DateTime utc) => utc.ToLocalTime().ToString("d MMM yyyy, HH:mm");

    /// <summary>"6 Dec 2026".</summary>
    public static string ToTheDay(DateTime utc) => utc.ToLocalTime().ToString("d MMM yyyy");

    /// <summary>"14:05".</summary>
    public static string TimeOfDay(DateTime utc) => utc.ToLocalTime().ToString("HH:mm");
}
