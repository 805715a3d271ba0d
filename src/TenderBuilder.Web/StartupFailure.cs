using TenderBuilder.Data;

namespace TenderBuilder.Web;

/// <summary>
/// Turns a database that cannot be used into one log line an operator can act on, instead of
/// a stack trace: which database, and why.
/// </summary>
internal static partial class StartupFailure
{
    public static void Report(WebApplication? app, DatabaseStartupException failure)
    {
        if (app is null)
        {
            // Configuration was wrong before logging existed.
            Console.Error.WriteLine($"TenderBuilder cannot start: {failure.Message}");
            return;
        }

        LogCannotStart(app.Logger, failure.Message);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "TenderBuilder cannot start: {Reason}")]
    private static partial void LogCannotStart(ILogger logger, string reason);
}
