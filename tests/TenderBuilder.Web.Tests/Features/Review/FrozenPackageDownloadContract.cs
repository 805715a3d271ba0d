using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Review;
using TenderBuilder.Testing;
using TenderBuilder.Web.Features.Accounts;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Web.Features.Administration;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Web.Features.Drafts;
using TenderBuilder.Web.Features.Export;
using TenderBuilder.Application.Packages;
using TenderBuilder.Web.Features.History;
using TenderBuilder.Application.History;
using TenderBuilder.Application.Review;

namespace TenderBuilder.Web.Tests.Features.Review;

/// <summary>
/// The approval freezes the package: its downloads are the approved bytes from then on, through
/// the app's download endpoints. (The review itself is the application's tests' ReviewWorkflowContract.)
/// On SQLite and PostgreSQL.
/// </summary>
public abstract class FrozenPackageDownloadContract : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private TenderBuilderAppFactory _factory = null!;
    private WebApplicationFactory<Program> _app = null!;
    private TestAccount _author = null!;
    private TestAccount _reviewer = null!;
    private Guid _draft;

    protected abstract Task<TenderBuilderAppFactory> CreateAppAsync();

    public async Task InitializeAsync()
    {
        _factory = await CreateAppAsync();
        _app = _factory.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock)));
        _ = _app.Server;
        _author = await _app.Services.CreateNamedAccountAsync("Anna Author", "Utrecht", "Author");
        _reviewer = await _app.Services.CreateNamedAccountAsync("Rob Reviewer", "Utrecht", "Reviewer");
        var input = TenderInputReader.Read(File.ReadAllText(RepositoryFiles.Example("small-town-ten-ac-points"))).Input;
        _draft = await AsAsync(_author, (DraftsService drafts) => drafts.CreateFromAsync(input, "Small town, ten AC points"));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task An_approved_draft_downloads_the_package_frozen_at_approval_byte_for_byte_whatever_the_day()
    {
        await AsAsync(_author, (DraftReviews reviews) => reviews.SubmitAsync(_draft));
        await AsAsync(_reviewer, (DraftReviews reviews) => reviews.ApproveAsync(_draft));
        var approvedAt = _clock.GetUtcNow().UtcDateTime;
        using var client = await _app.CreateSignedInClientAsync(_author);
        var zip = await DownloadAsync(client, "tender-package.zip");
        var pdf = await DownloadAsync(client, "technical-specifications.pdf");
        var sums = await DownloadAsync(client, "sha256sums.txt");

        var lines = System.Text.Encoding.UTF8.GetString(sums).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldContain($"{Sha256(zip)}  tender-package.zip");
        lines.ShouldContain($"{Sha256(pdf)}  technical-specifications.pdf");
        var frozen = (await AsAsync(_author, (DraftPackages packages) => packages.GetAsync(_draft)))!;
        frozen.FrozenAtUtc.ShouldBe(approvedAt);
        frozen.Sha256.Count.ShouldBe(lines.Length);

        // A year on: a build today dates every file and the ZIP differently, and today's rules may find more.
        _clock.Advance(TimeSpan.FromDays(400));
        var rebuilt = await AsAsync(_author, async (DraftPackages packages) =>
            packages.Build(TenderInputJson.Serialize((await OpenAsync(_author)).Input), DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime)));
        rebuilt.Files.Single(f => f.File.Path == "tender-package.zip").Content.ShouldNotBe(zip, "or this test proves nothing");
        using var later = await _app.CreateSignedInClientAsync(_author);

        (await DownloadAsync(later, "tender-package.zip")).ShouldBe(zip);
        (await DownloadAsync(later, "technical-specifications.pdf")).ShouldBe(pdf);
        (await DownloadAsync(later, "sha256sums.txt")).ShouldBe(sums);
    }

    private async Task<byte[]> DownloadAsync(HttpClient client, string file)
    {
        var response = await client.GetAsync(new Uri($"/export/drafts/{_draft}/{file}", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, file);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private Task<OpenedDraft> OpenAsync(TestAccount account, Guid? id = null) =>
        AsAsync(account, (DraftsService drafts) => drafts.OpenAsync(id ?? _draft));

    private Task AsAsync<TService>(TestAccount account, Func<TService, Task> act)
        where TService : notnull => _app.Services.AsAsync(account, act);

    private Task<T> AsAsync<TService, T>(TestAccount account, Func<TService, Task<T>> act)
        where TService : notnull => _app.Services.AsAsync(account, act);
}

public sealed class SqliteFrozenPackageDownloadTests : FrozenPackageDownloadContract
{
    protected override Task<TenderBuilderAppFactory> CreateAppAsync() => Task.FromResult(new TenderBuilderAppFactory());
}

public sealed class PostgresFrozenPackageDownloadTests(PostgresServer server) : FrozenPackageDownloadContract, IClassFixture<PostgresServer>
{
    protected override async Task<TenderBuilderAppFactory> CreateAppAsync() =>
        new() { DatabaseProvider = "Postgres", DatabaseConnectionString = await server.CreateDatabaseAsync() };
}
