namespace TenderBuilder.Data;

/// <summary>
/// The database is misconfigured, cannot be reached or cannot be migrated. The message is meant
/// for an operator: it names the database (never its password) and the reason.
/// </summary>
public sealed class DatabaseStartupException(string message, Exception? innerException = null)
    : Exception(message, innerException);
