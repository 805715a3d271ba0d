using Microsoft.EntityFrameworkCore.Design;

namespace TenderBuilder.Data.Sqlite;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model for SQLite without starting the app.
/// The file named here is only touched by <c>dotnet ef database update</c>.
/// </summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<TenderBuilderDbContext>
{
    public TenderBuilderDbContext CreateDbContext(string[] args) =>
        DatabaseTarget.From(new DatabaseOptions { Provider = "Sqlite", ConnectionString = "Data Source=design-time.db" }).CreateSchemaContext();
}
