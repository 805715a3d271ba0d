namespace TenderBuilder.Data;

/// <summary>The databases TenderBuilder runs on; each has its own migrations assembly.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
