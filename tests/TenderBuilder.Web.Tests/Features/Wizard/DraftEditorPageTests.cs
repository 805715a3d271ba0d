using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using TenderBuilder.Web.Hosting;
using TenderBuilder.Core.Input;
using TenderBuilder.Data;
using TenderBuilder.Data.Organisations;
using TenderBuilder.Testing;
using TenderBuilder.Web.Features.Accounts;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Web.Features.Drafts;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Web.Features.Export;
using TenderBuilder.Application.Packages;
using TenderBuilder.Web.Features.Wizard;
using static TenderBuilder.Web.Tests.Features.Wizard.WizardData;

namespace TenderBuilder.Web.Tests.Features.Wizard;

/// <summary>
/// The wizard page on a real (SQLite) database with a fake clock: questions shown and hidden as
/// the officer answers, the requirements panel following, autosave after the pause, and a
/// conflict with another tab never overwriting anything.
/// </summary>
public sealed class DraftEditorPageTests : IAsyncLifetime
{
    // Generous: several test classes render in parallel on a small machine, and debounced fields
    // commit on a real timer.
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(10);
    private readonly string _folder = Directory.CreateTempSubdirectory("tenderbuilder-wizard-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
    private IHost _data = null!;
    private BunitContext _context = null!;
    private DraftsService _drafts = null!;

    public async Task InitializeAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "tenderbuilder.db")}",
        });
        builder.AddTenderBuilderData();
        _data = builder.Build();
        await _data.Services.InitializeDatabaseAsync();

        var user = new SignedInUser { Principal = TestPrincipals.Author(await CreateOrganisationAsync()) };
        var contexts = new OrganisationContexts(_data.Services.GetRequiredService<DbContextOptions<TenderBuilderDbContext>>(), user);
        _drafts = new DraftsService(contexts, _clock, user, Localization.InterfaceWords.For<DraftsService>());
        _context = MudTestContext.Create(services =>
        {
            services.AddSingleton<IDbContextFactory<TenderBuilderDbContext>>(contexts);
            services.AddSingleton(user);
            services.AddSingleton<TenderBuilder.Application.Accounts.ICurrentUser>(user);
            services.AddScoped<TenderBuilder.Application.Accounts.ContentPermissions>();
            services.AddSingleton<TimeProvider>(_clock);
            services.AddSingleton(ShippedCatalogue);
            services.AddSingleton(_drafts);
            services.AddSingleton(new DraftSites(_drafts, ShippedCatalogue));
            services.AddMemoryCache();
            services.AddSingleton<TenderBuilder.Application.Evaluation.DraftEvaluator>();
            services.AddScoped<DraftPackages>();
            services.AddOptions<TenderBuilder.Documents.Notices.Sdk.EformsOptions>();
            services.AddLogging();
            services.AddSingleton<TenderBuilder.Application.Notices.EformsSdkSource>();
            services.AddScoped<TenderBuilder.Application.Review.DraftReviews>();
        });
    }

    private async Task<Guid> CreateOrganisationAsync()
    {
        await using var db = new TenderBuilderDbContext(
            _data.Services.GetRequiredService<DbContextOptions<TenderBuilderDbContext>>(), FixedOrganisationScope.None);
        var organisation = new Organisation { Name = "Utrecht", Kind = OrganisationKind.City };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation.Id;
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        _data.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Answering_no_to_the_traffic_light_hides_its_window_keeps_the_hour_and_yes_brings_it_back()
    {
        var id = await _drafts.CreateFromAsync(UtrechtGrid, "Utrecht-like");
        var page = Open(id, "grid");
        page.Find("[data-question='grid.traffic_light_start_hour'] input").GetAttribute("value").ShouldBe("16");

        Answer(page, "grid.traffic_light", "No");

        page.FindAll("[data-question='grid.traffic_light_start_hour']").ShouldBeEmpty();
        page.FindAll("[data-question='grid.traffic_light_min_power_kw']").ShouldBeEmpty();
        page.Find("[data-testid='dropped'] li[data-clause='grid.peak-limitation']").ShouldNotBeNull();
        SaveState(page).ShouldBe("pending");

        _clock.Advance(DraftSession.AutosaveDelay);
        page.WaitForAssertion(() => SaveState(page).ShouldBe("saved"), s_wait);
        var stored = (await _drafts.OpenAsync(id)).Input;
        stored.Answers["grid.traffic_light"].GetBoolean().ShouldBeFalse();
        stored.Answers["grid.traffic_light_start_hour"].GetInt32().ShouldBe(16, "a hidden answer is kept");

        Answer(page, "grid.traffic_light", "Yes");

        page.Find("[data-question='grid.traffic_light_start_hour'] input").GetAttribute("value").ShouldBe("16");
        page.Find("[data-testid='requirements-panel'] [data-clause='grid.peak-limitation']").GetAttribute("data-added").ShouldBe("true");
    }

    [Fact]
    public async Task A_question_shown_only_for_on_street_sites_appears_when_that_site_type_is_ticked()
    {
        var id = await _drafts.CreateFromAsync(new TenderInput { Tender = new TenderMetadata { Title = "Hubs only" } }, "Hubs only");
        var page = Open(id, "grid");
        page.FindAll("[data-question='grid.low_capacity_residents']").ShouldBeEmpty();

        var sites = Open(id, "sites");
        var onStreet = sites.FindAll("[data-question='sites.site_types'] label.mud-checkbox")
            .Single(l => l.TextContent.Contains(Question("sites.site_types").OptionLabel("on_street"), StringComparison.Ordinal));
        onStreet.QuerySelector("input")!.Change(true);
        _clock.Advance(DraftSession.AutosaveDelay);
        sites.WaitForAssertion(() => SaveState(sites).ShouldBe("saved"), s_wait);

        var reopened = Open(id, "grid");
        reopened.FindAll("[data-question='grid.low_capacity_residents']").Count.ShouldBe(1);
    }

    [Fact]
    public async Task With_sites_listed_the_totals_show_as_worked_out_and_the_lots_question_is_the_lots_list()
    {
        var input = new TenderInput { Tender = new TenderMetadata { Title = "Listed" } }
            .WithSites([new Site { Id = "S001", Name = "Hub", SiteCount = 3, PointGroups = [new PointGroup { Count = 2, Current = "ac", RatedKw = 11 }] }])
            .WithLots([new Lot { Id = "1", Title = "All sites" }]);
        var id = await _drafts.CreateFromAsync(input, "Listed");

        var sites = Open(id, "sites");
        var count = sites.Find("[data-question='sites.site_count']");
        count.GetAttribute("data-derived").ShouldBe("true");
        count.QuerySelector(".tb-derived-value")!.GetAttribute("data-value").ShouldBe("3");
        count.TextContent.ShouldContain("Worked out from the site list");
        count.QuerySelectorAll("input").ShouldBeEmpty("a count worked out from the list cannot be typed over");
        sites.Find("[data-question='sites.points_ac_7_4_22'] .tb-derived-value").GetAttribute("data-value").ShouldBe("6");
        sites.Find("[data-question='sites.access']").QuerySelectorAll("input[type=radio]").ShouldNotBeEmpty("only the counts are worked out");

        var tender = Open(id, "tender");
        tender.Find("[data-question='tender.lots_divided'] .tb-lots-division").GetAttribute("data-divided").ShouldBe("false");
        tender.FindAll("[data-question='tender.lots_reason_not_divided']").Count.ShouldBe(1, "one lot does not divide the contract, so its reasons are asked");
        tender.Find("#tb-add-lot").Click();
        tender.WaitForAssertion(() => tender.FindAll("[data-question='tender.lots_reason_not_divided']").ShouldBeEmpty(), s_wait);
        tender.Find("[data-question='tender.lots_divided'] .tb-lots-division").GetAttribute("data-divided").ShouldBe("true");
    }

    [Fact]
    public async Task The_tender_title_typed_in_the_wizard_becomes_the_drafts_title_once_saved()
    {
        var id = await _drafts.CreateFromAsync(new TenderInput(), "Working title");
        var page = Open(id, "tender");

        var title = page.Find("[data-question='tender.title'] input");
        title.Input("Smart charging for Example Town");
        page.Find("[data-question='tender.title'] input").Blur();
        // The text field commits after its debounce, on another thread: wait for the page to show both.
        page.WaitForAssertion(() =>
        {
            SaveState(page).ShouldBe("pending");
            page.Find(".tb-draft-title").TextContent.ShouldBe("Smart charging for Example Town");
        }, s_wait);

        _clock.Advance(DraftSession.AutosaveDelay);

        page.WaitForAssertion(() => SaveState(page).ShouldBe("saved"), s_wait);
        (await _drafts.ListAsync()).Single().Title.ShouldBe("Smart charging for Example Town");
    }

    [Fact]
    public async Task A_save_after_another_tab_saved_shows_the_conflict_overwrites_nothing_and_the_version_can_be_kept_as_a_copy()
    {
        var id = await _drafts.CreateFromAsync(UtrechtGrid, "Utrecht-like");
        var page = Open(id, "grid");
        var otherTab = await _drafts.OpenAsync(id);
        await _drafts.SaveAsync(id, otherTab.Revision, otherTab.Input with { Tender = otherTab.Input.Tender with { Reference = "OTHER-TAB" } });

        Answer(page, "grid.traffic_light", "No");
        _clock.Advance(DraftSession.AutosaveDelay);

        page.WaitForAssertion(() => page.Find("[data-testid='conflict']").TextContent.ShouldContain("nothing has been overwritten"), s_wait);
        var stored = (await _drafts.OpenAsync(id)).Input;
        stored.Tender.Reference.ShouldBe("OTHER-TAB");
        stored.Answers["grid.traffic_light"].GetBoolean().ShouldBeTrue();

        page.Find(".tb-keep-copy").Click();

        var navigation = _context.Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => navigation.Uri.ShouldNotContain(id.ToString()), s_wait);
        var copyId = Guid.Parse(navigation.ToBaseRelativePath(navigation.Uri).Split('/')[1]);
        var copy = await _drafts.OpenAsync(copyId);
        copy.Title.ShouldBe("Utrecht-like (my version)");
        copy.Input.Answers["grid.traffic_light"].GetBoolean().ShouldBeFalse();
        navigation.Uri.ShouldEndWith($"drafts/{copyId}/grid");
    }

    [Fact]
    public async Task Reloading_after_a_conflict_shows_the_saved_version_and_saves_again()
    {
        var id = await _drafts.CreateFromAsync(UtrechtGrid, "Utrecht-like");
        var page = Open(id, "grid");
        var otherTab = await _drafts.OpenAsync(id);
        await _drafts.SaveAsync(id, otherTab.Revision, otherTab.Input with { Tender = otherTab.Input.Tender with { Reference = "OTHER-TAB" } });
        Answer(page, "grid.traffic_light", "No");
        _clock.Advance(DraftSession.AutosaveDelay);
        page.WaitForAssertion(() => page.Find("[data-testid='conflict']"), s_wait);

        page.Find(".tb-reload").Click();

        page.WaitForAssertion(() => page.FindAll("[data-testid='conflict']").ShouldBeEmpty(), s_wait);
        page.Find("[data-question='grid.traffic_light_start_hour']").ShouldNotBeNull("the saved version has the traffic light on");
        Answer(page, "grid.congestion", "No");
        _clock.Advance(DraftSession.AutosaveDelay);
        page.WaitForAssertion(() => SaveState(page).ShouldBe("saved"), s_wait);
        var stored = (await _drafts.OpenAsync(id)).Input;
        (stored.Tender.Reference, stored.Answers["grid.congestion"].GetBoolean()).ShouldBe(("OTHER-TAB", false));
    }

    // Regression: a browser date input accepts five-digit years; for a date of the tender block the
    // edit threw out of the event handler, which ends a Blazor Server session.
    [Fact]
    public async Task A_tender_date_the_tender_cannot_hold_is_refused_with_a_message_and_the_editor_keeps_working()
    {
        var id = await _drafts.CreateFromAsync(UtrechtGrid, "Utrecht-like");
        var page = Open(id, "tender");

        page.Find("[data-question='tender.publication_date'] input").Change("20266-01-19");

        _context.Services.GetRequiredService<ISnackbar>().ShownSnackbars.ShouldHaveSingleItem().Message
            .ShouldBe($"“{Question("tender.publication_date").Label}”: the answer was not kept, because it is not a date written YYYY-MM-DD.");
        SaveState(page).ShouldBe("saved", "nothing changed");
        page.Find("[data-question='tender.contract_start'] input").Change("2026-09-01");
        _clock.Advance(DraftSession.AutosaveDelay);
        page.WaitForAssertion(() => SaveState(page).ShouldBe("saved"), s_wait);
        var stored = (await _drafts.OpenAsync(id)).Input.Tender.Dates;
        (stored.Publication, stored.ContractStart).ShouldBe((new DateOnly(2026, 1, 19), new DateOnly(2026, 9, 1)));
    }

    [Fact]
    public async Task The_notice_step_shows_whether_the_notice_is_prepared_and_asks_its_questions_once_it_is()
    {
        // Below the EU threshold: no notice unless the officer asks for one.
        // (The worked example publishes voluntarily; here it has not decided yet.)
        var small = Example("small-town-ten-ac-points.yaml");
        small = small with { Tender = small.Tender with { Notice = small.Tender.Notice with { Wanted = null } } };
        var id = await _drafts.CreateFromAsync(small, "Small town");
        var page = Open(id, "notice");

        var produced = page.Find("[data-question='notice.produced']");
        produced.GetAttribute("data-derived").ShouldBe("true");
        produced.QuerySelector(".tb-derived-value")!.GetAttribute("data-value").ShouldBe("no");
        produced.TextContent.ShouldContain("Worked out from the procurement model, the estimated value and your answer above.");
        page.FindAll("[data-question='notice.contact_email']").ShouldBeEmpty();

        Answer(page, "notice.wanted", "Yes");

        page.WaitForAssertion(() => page.Find("[data-question='notice.produced'] .tb-derived-value").GetAttribute("data-value").ShouldBe("yes"), s_wait);
        page.FindAll("[data-question='notice.contact_email']").Count.ShouldBe(1);
        page.Find("[data-question='notice.deadline_time'] .tb-time input").ShouldNotBeNull();
        _clock.Advance(DraftSession.AutosaveDelay);
        page.WaitForAssertion(() => SaveState(page).ShouldBe("saved"), s_wait);
        (await _drafts.OpenAsync(id)).Input.Tender.Notice.Wanted.ShouldBe(true);
    }

    private IRenderedComponent<DraftEditorPage> Open(Guid id, string step)
    {
        var page = _context.Render<DraftEditorPage>(parameters => parameters.Add(p => p.Id, id).Add(p => p.Step, step));
        page.WaitForAssertion(() => page.Find(".tb-questions"), s_wait);
        return page;
    }

    private static void Answer(IRenderedComponent<DraftEditorPage> page, string questionId, string option) =>
        page.FindAll($"[data-question='{questionId}'] label.mud-radio")
            .Single(l => l.TextContent.Trim() == option)
            .QuerySelector("input")!.Click();

    private static string? SaveState(IRenderedComponent<DraftEditorPage> page) =>
        page.Find(".tb-save-status").GetAttribute("data-state");
}
