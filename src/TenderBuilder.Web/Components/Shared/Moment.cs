using System.Globalization;

namespace TenderBuilder.Web.Components.Shared;

/// <summary>
/// How the app shows a stored UTC moment: in the server's local time, to the minute or to the
/// day, written the way the officer's culture writes dates ("6 Dec 2026, 14:05", "6. Dez. 2026,
/// 14:05", "6 dec. 2026 kl. 14:05"), with the exact instant for the <c>time</c> element's
/// machine-readable attribute. One place, so every table and sentence writes dates alike. The
/// patterns are code, not resources: they are not words to translate.
/// </summary>
internal static class Moment
{
    /// <summary>The instant in ISO 8601, for <c>datetime</c>.</summary>
    public static string Machine(DateTime utc) => utc.ToString("o");

    /// <summary>"6 Dec 2026, 14:05"; German "6. Dez. 2026, 14:05", Swedish "6 dec. 2026 kl. 14:05".</summary>
    public static string ToTheMinute(DateTime utc) => Local(utc, Language switch
    {
        "de" => "d. MMM yyyy, HH:mm",
        "sv" => "d MMM yyyy 'kl.' HH:mm",
        _ => "d MMM yyyy, HH:mm",
    });

    /// <summary>"6 Dec 2026"; German "6. Dez. 2026".</summary>
    public static string ToTheDay(DateTime utc) => Local(utc, Language == "de" ? "d. MMM yyyy" : "d MMM yyyy");

    /// <summary>A calendar day as chosen (no time, no zone): "6 Dec 2026"; German "6. Dez. 2026".</summary>
    public static string Day(DateOnly day) => day.ToString(Language == "de" ? "d. MMM yyyy" : "d MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>"14:05".</summary>
    public static string TimeOfDay(DateTime utc) => Local(utc, "HH:mm");

    private static string Language => CultureInfo.CurrentCulture.TwoLetterISOLanguageName;

    private static string Local(DateTime utc, string pattern) => utc.ToLocalTime().ToString(pattern, CultureInfo.CurrentCulture);
}
