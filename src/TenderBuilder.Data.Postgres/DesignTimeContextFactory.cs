using Microsoft.EntityFrameworkCore.Design;

namespace TenderBuilder.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model for PostgreSQL without a server:
/// adding a migration never connects.
/// </summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<TenderBuilderDbContext>
{
    public TenderBuilderDbContext CreateDbContext(string[] args) =>
        DatabaseTarget.From(new DatabaseOptions
        {
            Provider = "Postgres",
            ConnectionString = "Host=localhost;Database=tenderbuilder;Username=tenderbuilder",
        }).CreateSchemaContext();
}
