namespace TenderBuilder.Data.Tests;

public sealed class DatabaseTargetTests
{
    [Fact]
    public void With_nothing_configured_the_app_uses_an_SQLite_file_in_the_users_application_data()
    {
        var target = DatabaseTarget.From(new DatabaseOptions());

        target.Provider.ShouldBe(DatabaseProvider.Sqlite);
        var appData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        target.SqliteFilePath.ShouldBe(Path.Combine(appData, "TenderBuilder", "tenderbuilder.db"));
        target.Description.ShouldBe($"SQLite database at {target.SqliteFilePath}");
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("postgresql")]
    [InlineData(" POSTGRES ")]
    public void Postgres_is_recognised_however_it_is_spelt(string provider)
    {
        var target = DatabaseTarget.From(new DatabaseOptions { Provider = provider, ConnectionString = "Host=db.internal;Port=5433;Database=tenders;Username=tb;Password=pw" });

        target.Provider.ShouldBe(DatabaseProvider.Postgres);
        target.Description.ShouldBe("PostgreSQL database \"tenders\" on db.internal:5433");
        target.SqliteFilePath.ShouldBeNull();
    }

    [Fact]
    public void Postgres_without_a_connection_string_names_the_missing_setting()
    {
        var failure = Should.Throw<DatabaseStartupException>(() => DatabaseTarget.From(new DatabaseOptions { Provider = "Postgres" }));

        failure.Message.ShouldStartWith("Database:ConnectionString is required when Database:Provider is Postgres");
    }

    [Fact]
    public void An_unknown_provider_is_refused_with_the_supported_ones()
    {
        var failure = Should.Throw<DatabaseStartupException>(() => DatabaseTarget.From(new DatabaseOptions { Provider = "Oracle" }));

        failure.Message.ShouldBe("Database:Provider \"Oracle\" is not supported; use Sqlite (the default) or Postgres.");
    }

    [Fact]
    public void A_malformed_connection_string_names_the_setting()
    {
        var failure = Should.Throw<DatabaseStartupException>(() =>
            DatabaseTarget.From(new DatabaseOptions { Provider = "Postgres", ConnectionString = "Hots=nowhere" }));

        failure.Message.ShouldStartWith("Database:ConnectionString is not a valid PostgreSQL connection string");
    }

    [Fact]
    public void An_in_memory_SQLite_database_has_no_file()
    {
        var target = DatabaseTarget.From(new DatabaseOptions { ConnectionString = "Data Source=:memory:" });

        target.SqliteFilePath.ShouldBeNull();
        target.Description.ShouldBe("SQLite in-memory database");
    }
}
