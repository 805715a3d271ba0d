using Microsoft.EntityFrameworkCore;
using TenderBuilder.Core.Input;
using TenderBuilder.Data.Organisations;
using TenderBuilder.Data.Tests.TestSupport;
using TenderBuilder.Testing;

namespace TenderBuilder.Data.Tests.Organisations;

/// <summary>
/// An organisation's buyer profile is one JSON text column (ADR 0020): it comes back as saved on
/// either database, an organisation without one has none, and a migrated database keeps it.
/// </summary>
public abstract class BuyerProfileStorageContract : IAsyncLifetime
{
    private static readonly BuyerProfile s_profile = new()
    {
        OfficialName = "Landeshauptstadt München – Referat für Arbeit und Wirtschaft",
        Country = "DE",
        AuthorityType = "municipality",
        RegistrationId = "DE 129 273 380",
        Address = new PostalAddress { Street = "Herzog-Wilhelm-Straße 15", PostalCode = "80331", City = "München", Nuts = "DE212" },
        Contact = new ContactDetails { Name = "Vergabestelle 1", Email = "vergabe@muenchen.example", Phone = "+49 89 233-00", Website = "https://www.muenchen.example" },
        ReviewBody = new OrganisationDetails { Name = "Vergabekammer Südbayern", Country = "DE", Address = new PostalAddress { City = "München" } },
        ReviewDeadlines = "15 Kalendertage nach Eingang der Mitteilung (§ 160 GWB).",
        TenderLanguages = ["de", "en"],
    };

    private DataHost _data = null!;

    protected abstract Task<DataHost> CreateHostAsync();

    public async Task InitializeAsync()
    {
        _data = await CreateHostAsync();
        await _data.Initializer.InitializeAsync();
    }

    public async Task DisposeAsync() => await _data.DisposeAsync();

    [Fact]
    public async Task A_profile_comes_back_as_saved_and_an_organisation_without_one_has_none()
    {
        var munich = await _data.ActAsNewOrganisationAsync("München");
        var other = await _data.ActAsNewOrganisationAsync("Augsburg");
        await using (var db = await _data.Contexts.CreateDbContextAsync())
        {
            (await db.Organisations.SingleAsync(o => o.Id == munich)).BuyerProfileJson = s_profile.ToJson();
            await db.SaveChangesAsync();
        }

        await _data.Initializer.InitializeAsync();

        await using var read = await _data.Contexts.CreateDbContextAsync();
        var stored = BuyerProfile.FromJson((await read.Organisations.SingleAsync(o => o.Id == munich)).BuyerProfileJson);
        stored.ToJson().ShouldBe(s_profile.ToJson());
        stored.Address.ShouldBe(s_profile.Address);
        stored.ReviewBody.ShouldBe(s_profile.ReviewBody);
        stored.TenderLanguages.ShouldBe(["de", "en"]);
        (await read.Organisations.SingleAsync(o => o.Id == other)).BuyerProfileJson.ShouldBeNull();
    }
}

public sealed class SqliteBuyerProfileStorageTests : BuyerProfileStorageContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tenderbuilder-profile-").FullName;

    protected override Task<DataHost> CreateHostAsync() =>
        Task.FromResult(DataHost.Create("Sqlite", $"Data Source={Path.Combine(_folder, "profile.db")};Pooling=false"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresBuyerProfileStorageTests(PostgresServer server) : BuyerProfileStorageContract
{
    protected override async Task<DataHost> CreateHostAsync() =>
        DataHost.Create("Postgres", await server.CreateDatabaseAsync());
}

/// <summary>The profile's JSON: tolerant of what a later version adds, and never in the way of a new draft.</summary>
public sealed class BuyerProfileJsonTests
{
    [Fact]
    public void What_a_later_version_adds_is_dropped_and_the_rest_read()
    {
        var profile = BuyerProfile.FromJson("""{"officialName":"Gemeente Utrecht","address":{"city":"Utrecht","floor":"3"},"futureField":true}""");

        profile.OfficialName.ShouldBe("Gemeente Utrecht");
        profile.Address.City.ShouldBe("Utrecht");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"tenderLanguages":"nl"}""")]
    public void No_column_or_one_that_cannot_be_read_is_the_empty_profile(string? json)
    {
        BuyerProfile.FromJson(json).ShouldBeSameAs(BuyerProfile.Empty);
    }

    [Fact]
    public void An_empty_profile_is_written_with_empty_parts_and_no_nulls()
    {
        BuyerProfile.Empty.ToJson().ShouldBe("""{"address":{},"contact":{},"reviewBody":{"address":{},"contact":{}},"tenderLanguages":[]}""");
    }
}
