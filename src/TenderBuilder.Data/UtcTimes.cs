using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TenderBuilder.Data;

/// <summary>Times are always written as UTC; SQLite hands them back without a kind, so reading says so.</summary>
internal static class UtcTimes
{
    public static readonly ValueConverter<DateTime, DateTime> Converter =
        new(value => value, value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
