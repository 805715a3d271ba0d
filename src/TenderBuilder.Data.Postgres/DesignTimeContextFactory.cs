using TenderBuilder.Data.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TenderBuilder.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model for PostgreSQL without a server:
/// adding a migration never connects.
/// </summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<TenderBuilderDbContext>
{
    public TenderBuilderDbContext CreateDbContext(string[] args)
    {
        var target = DatabaseTarget.From(new DatabaseOptions
        {
            Provider = "Postgres",
            ConnectionString = "Host=localhost;Database=tenderbuilder;Username=tenderbuilder",
        });
        var options = new DbContextOptionsBuilder<TenderBuilderDbContext>();
        target.Configure(options);
        return new TenderBuilderDbContext(options.Options, FixedOrganisationScope.None);
    }
}
