using System.Globalization;

namespace TenderBuilder.Web.Components.Shared;

/// <summary>
/// How the app shows a stored UTC moment: in the server's local time, in the pattern of the
/// interface language (LocalTime's resources: "6 Dec 2026, 14:05", "6. Dez. 2026, 14:05") with the
/// month names of the officer's culture, and the exact instant for the <c>time</c> element's
/// machine-readable attribute. One place, so every table and sentence writes dates alike.
/// </summary>
internal static class Moment
{
    /// <summary>The instant in ISO 8601, for <c>datetime</c>.</summary>
    public static string Machine(DateTime utc) => utc.ToString("o");

    /// <summary>The moment in local time, written in a .NET date pattern ("d MMM yyyy, HH:mm") in the current culture.</summary>
    public static string Local(DateTime utc, string pattern) => utc.ToLocalTime().ToString(pattern, CultureInfo.CurrentCulture);
}
