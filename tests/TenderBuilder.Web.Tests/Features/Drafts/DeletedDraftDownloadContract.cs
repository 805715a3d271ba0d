using System.Net;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Core.Input;
using TenderBuilder.Testing;

namespace TenderBuilder.Web.Tests.Features.Drafts;

/// <summary>
/// A deleted draft leaves the download endpoints too: its package answers not found. (The archive
/// itself is the application's tests' DraftArchiveContract.) On SQLite and PostgreSQL.
/// </summary>
public abstract class DeletedDraftDownloadContract : IAsyncLifetime
{
    private TenderBuilderAppFactory _app = null!;

    protected abstract Task<TenderBuilderAppFactory> CreateAppAsync();

    public async Task InitializeAsync() => _app = await CreateAppAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_deleted_drafts_package_is_not_found()
    {
        _ = _app.Server;
        var author = await _app.Services.CreateNamedAccountAsync("Anna Author", "Utrecht", "Author");
        var input = TenderInputReader.Read(File.ReadAllText(RepositoryFiles.Example("small-town-ten-ac-points"))).Input;
        var draft = await _app.Services.AsAsync(author, (DraftsService drafts) => drafts.CreateFromAsync(input, "Small town, ten AC points"));
        using var client = await _app.CreateSignedInClientAsync(author);
        var address = new Uri($"/export/drafts/{draft}/tender-package.zip", UriKind.Relative);
        (await client.GetAsync(address)).StatusCode.ShouldBe(HttpStatusCode.OK, "or this test proves nothing");

        await _app.Services.AsAsync(author, (DraftsService drafts) => drafts.DeleteAsync(draft));

        (await client.GetAsync(address)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteDeletedDraftDownloadTests : DeletedDraftDownloadContract
{
    protected override Task<TenderBuilderAppFactory> CreateAppAsync() => Task.FromResult(new TenderBuilderAppFactory());
}

public sealed class PostgresDeletedDraftDownloadTests(PostgresServer server) : DeletedDraftDownloadContract, IClassFixture<PostgresServer>
{
    protected override async Task<TenderBuilderAppFactory> CreateAppAsync() =>
        new() { DatabaseProvider = "Postgres", DatabaseConnectionString = await server.CreateDatabaseAsync() };
}
