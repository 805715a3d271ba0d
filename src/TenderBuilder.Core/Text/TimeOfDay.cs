using System.Globalization;
using System.Text.RegularExpressions;

namespace TenderBuilder.Core.Text;

/// <summary>
/// A time of day as officers type it and as TenderBuilder stores it. Officers write "14:00", "14.00"
/// (Swedish, Danish, Finnish and Norwegian custom), "9:30" or "14:00 Uhr"; the input file and the
/// wizard store <c>HH:mm</c>, and a stored <c>HH:mm:ss</c> (how a typed time field is serialized)
/// is read too. Always the 24-hour clock: a notice's deadline is never "2 PM".
/// </summary>
public static partial class TimeOfDay
{
    /// <summary>How a time is stored: <c>14:00</c>.</summary>
    public const string StoredFormat = "HH:mm";

    /// <summary>Reads a typed or stored time; false when the text is not a time of day.</summary>
    public static bool TryParse(string? text, out TimeOnly time)
    {
        time = default;
        if (text is null || Pattern().Match(text.Trim()) is not { Success: true } match)
        {
            return false;
        }

        var hours = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var seconds = match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (hours > 23 || minutes > 59 || seconds > 59)
        {
            return false;
        }

        time = new TimeOnly(hours, minutes, seconds);
        return true;
    }

    /// <summary>A time as stored: <c>HH:mm</c>.</summary>
    public static string Store(TimeOnly time) => time.ToString(StoredFormat, CultureInfo.InvariantCulture);

    // Hours of one or two digits, minutes of two, ":" or "." between them; seconds only as stored.
    // A trailing "h", "u" or "Uhr" is how some officers write a time and is allowed.
    [GeneratedRegex(@"^(?<h>[0-9]{1,2})[:.](?<m>[0-9]{2})(?::(?<s>[0-9]{2}))?(?:\s*(?:h|u|uhr))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
