using System.Globalization;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Documents.Notices.Mapping;

/// <summary>
/// Writes the notice's dates and times with the UTC offset of the tender's time zone on that day
/// (eForms dates and times carry an offset, e.g. <c>2026-03-16+01:00</c>), so a deadline is one
/// instant for bidders everywhere. The zone is the one the officer chose, else the capital's of the
/// authority's country.
/// </summary>
public sealed class NoticeClock
{
    // The zone of each EU/EEA country's capital; countries with several zones (Spain, Portugal)
    // are stated for the mainland, which the officer can change with dates.timeZone.
    private static readonly Dictionary<string, string> CapitalZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AT"] = "Europe/Vienna", ["BE"] = "Europe/Brussels", ["BG"] = "Europe/Sofia", ["HR"] = "Europe/Zagreb",
        ["CY"] = "Asia/Nicosia", ["CZ"] = "Europe/Prague", ["DK"] = "Europe/Copenhagen", ["EE"] = "Europe/Tallinn",
        ["FI"] = "Europe/Helsinki", ["FR"] = "Europe/Paris", ["DE"] = "Europe/Berlin", ["GR"] = "Europe/Athens",
        ["HU"] = "Europe/Budapest", ["IE"] = "Europe/Dublin", ["IT"] = "Europe/Rome", ["LV"] = "Europe/Riga",
        ["LT"] = "Europe/Vilnius", ["LU"] = "Europe/Luxembourg", ["MT"] = "Europe/Malta", ["NL"] = "Europe/Amsterdam",
        ["PL"] = "Europe/Warsaw", ["PT"] = "Europe/Lisbon", ["RO"] = "Europe/Bucharest", ["SK"] = "Europe/Bratislava",
        ["SI"] = "Europe/Ljubljana", ["ES"] = "Europe/Madrid", ["SE"] = "Europe/Stockholm", ["IS"] = "Atlantic/Reykjavik",
        ["LI"] = "Europe/Vaduz", ["NO"] = "Europe/Oslo",
    };

    private readonly TimeZoneInfo _zone;

    private NoticeClock(TimeZoneInfo zone) => _zone = zone;

    /// <summary>The clock of a tender: its chosen zone, else its country's capital, else Brussels.</summary>
    public static NoticeClock For(TenderMetadata tender)
    {
        ArgumentNullException.ThrowIfNull(tender);
        var id = tender.Dates.TimeZone
                 ?? (tender.Authority.Country is { } country ? CapitalZones.GetValueOrDefault(country) : null)
                 ?? "Europe/Brussels";
        return new NoticeClock(TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc);
    }

    /// <summary>A day with the offset in force at its noon.</summary>
    public string Date(DateOnly date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + Offset(date.ToDateTime(new TimeOnly(12, 0)));

    /// <summary>A local time on a day, with the offset in force then.</summary>
    public string Time(TimeOnly time, DateOnly on) =>
        time.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + Offset(on.ToDateTime(time));

    private string Offset(DateTime local)
    {
        var offset = _zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
        return (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
    }
}
