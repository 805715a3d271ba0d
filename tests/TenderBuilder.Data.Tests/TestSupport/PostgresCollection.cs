using TenderBuilder.Testing;

namespace TenderBuilder.Data.Tests.TestSupport;

/// <summary>One PostgreSQL server for every test class that names this collection.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL server";
}
