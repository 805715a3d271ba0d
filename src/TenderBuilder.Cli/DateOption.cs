using System.CommandLine;
using System.Globalization;

namespace TenderBuilder.Cli;

/// <summary>The <c>--date</c> option: the day the tender is evaluated for (defaults to today).</summary>
internal static class DateOption
{
    public static Option<string?> Create() => new("--date")
    {
        Description = "Evaluate as of this date (YYYY-MM-DD): which EU thresholds and AFIR dates apply. Default: today.",
    };

    public static DateOnly? Parse(string? text, CliConsole console)
    {
        if (text is null)
        {
            // The command line is the edge of the system: the one place a clock is read.
            return DateOnly.FromDateTime(DateTime.Today);
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        console.Error.WriteLine($"--date \"{text}\" is not a date written YYYY-MM-DD.");
        return null;
    }
}
