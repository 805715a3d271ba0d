using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.History;
using TenderBuilder.Core.Input;
using TenderBuilder.Testing;

namespace TenderBuilder.Application.Tests.Drafts;

/// <summary>
/// A sites CSV file replaces a draft's site list through the draft's one save path (revision,
/// history); a refused file changes nothing. On SQLite and PostgreSQL.
/// </summary>
public abstract class DraftSitesContract : IAsyncLifetime
{
    private const string Header = "site_id;name;address;area;latitude;longitude;site_type;access;site_count;lot;grid_capacity_kva;commissioning;points;current;rated_kw;connectors\r\n";

    private ApplicationHost _app = null!;
    private AsyncServiceScope _scope;
    private DraftsService _drafts = null!;
    private DraftSites _sites = null!;

    protected abstract Task<ApplicationHost> StartAsync();

    public async Task InitializeAsync()
    {
        _app = await StartAsync();
        _scope = _app.ScopeFor(await _app.UserAsync("Test user of Test City", "Test City"));
        _drafts = _scope.ServiceProvider.GetRequiredService<DraftsService>();
        _sites = _scope.ServiceProvider.GetRequiredService<DraftSites>();
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _app.DisposeAsync();
    }

    private static MemoryStream File(string rows) => new(Encoding.UTF8.GetBytes(Header + rows));

    private async Task<(Guid Id, long Revision)> DraftWithOneSiteAsync()
    {
        var id = await _drafts.CreateAsync("Sites");
        var opened = await _drafts.OpenAsync(id);
        var revision = await _drafts.SaveAsync(id, opened.Revision, opened.Input.WithSites([new Site { Id = "OLD", Name = "Old site" }]));
        return (id, revision);
    }

    [Fact]
    public async Task An_imported_file_replaces_the_site_list_and_each_site_is_in_the_history()
    {
        var (id, revision) = await DraftWithOneSiteAsync();

        var (result, newRevision) = await _sites.ImportAsync(id, revision, File("S001;Hub;Street 1;;;;hub;public;1;;;;4;dc;150;ccs2\r\nS002;North;;Noord;;;on_street;public;20;;;;2;ac;11,5;type2_socket\r\n"));

        result.IsRefused.ShouldBeFalse();
        newRevision.ShouldNotBeNull().ShouldBeGreaterThan(revision);
        var stored = (await _drafts.OpenAsync(id)).Input.Sites;
        stored.Select(s => s.Id).ShouldBe(["S001", "S002"]);
        stored[1].PointGroups[0].RatedKw.ShouldBe(11.5m);
        // The old site was added and removed by the same person within minutes, which the trail reads as no change.
        var history = await _scope.ServiceProvider.GetRequiredService<DraftHistory>().ReadAsync(id);
        history.Entries.Where(e => e.Kind == nameof(InputChangeKind.Site)).Select(e => (e.Subject, e.Before is null, e.After is null))
            .ShouldBe([("S001", true, false), ("S002", true, false)], ignoreOrder: true);
    }

    [Fact]
    public async Task A_refused_file_changes_nothing_and_says_why()
    {
        var (id, revision) = await DraftWithOneSiteAsync();

        var (result, newRevision) = await _sites.ImportAsync(id, revision, File("S001;Hub;;;;;hub;public;1;;;;4;dc;11,x;\r\n"));

        result.Problems.ShouldHaveSingleItem().ToString().ShouldBe("Line 2, column rated_kw: “11,x” is not a number.");
        newRevision.ShouldBeNull();
        var opened = await _drafts.OpenAsync(id);
        opened.Revision.ShouldBe(revision);
        opened.Input.Sites.ShouldHaveSingleItem().Id.ShouldBe("OLD");
    }

    [Fact]
    public async Task A_replacement_from_a_stale_revision_is_refused_and_the_list_stays()
    {
        var (id, revision) = await DraftWithOneSiteAsync();
        await _sites.ReplaceAsync(id, revision, [new Site { Id = "NEW", Name = "From the first tab" }], [new Lot { Id = "1", Title = "North" }]);

        await Should.ThrowAsync<DraftConflictException>(() => _sites.ImportAsync(id, revision, File("S9;Stale;;;;;hub;public;1;;;;1;ac;11;\r\n")));

        var input = (await _drafts.OpenAsync(id)).Input;
        input.Sites.ShouldHaveSingleItem().Id.ShouldBe("NEW");
        input.Tender.Lots.Items.ShouldHaveSingleItem().Title.ShouldBe("North");
    }

    [Fact]
    public async Task The_export_reads_back_as_the_same_sites()
    {
        var (id, revision) = await DraftWithOneSiteAsync();
        await _sites.ImportAsync(id, revision, File("S001;=cmd;;;;;hub;public;1;;;;4;dc;150;ccs2\r\n"));

        var csv = await _sites.CsvAsync(id);

        Encoding.UTF8.GetString(csv).ShouldContain(";'=cmd;");
        var back = await _sites.ReadAsync(new MemoryStream(csv));
        back.Sites.ShouldHaveSingleItem().Name.ShouldBe("=cmd");
    }
}

public sealed class SqliteDraftSitesTests : DraftSitesContract
{
    protected override Task<ApplicationHost> StartAsync() => ApplicationHost.StartAsync(Provider.Sqlite, systemClock: true);
}

public sealed class PostgresDraftSitesTests(PostgresServer server) : DraftSitesContract, IClassFixture<PostgresServer>
{
    protected override Task<ApplicationHost> StartAsync() => ApplicationHost.StartAsync(Provider.Postgres, server, systemClock: true);
}
