namespace TenderBuilder.Web;

/// <summary>
/// Turns a database that cannot be used, or a setting the app cannot run with, into one log line an
/// operator can act on, instead of a stack trace: what, and why.
/// </summary>
internal static partial class StartupFailure
{
    public static void Report(WebApplication? app, Exception failure)
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
