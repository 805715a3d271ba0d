using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Core.Input;
using TenderBuilder.Data;
using TenderBuilder.Testing;
using TenderBuilder.Application.Drafts;

namespace TenderBuilder.Application.Tests.Drafts;

/// <summary>The drafts dashboard's operations, on SQLite and PostgreSQL.</summary>
public abstract class DraftsServiceContract : IAsyncLifetime
{
    private ApplicationHost _app = null!;
    private AsyncServiceScope _scope;
    private DraftsService _drafts = null!;

    protected abstract Task<ApplicationHost> StartAsync();

    public async Task InitializeAsync()
    {
        _app = await StartAsync();
        _scope = _app.ScopeFor(await _app.UserAsync("Test user of Test City", "Test City"));
        _drafts = _scope.ServiceProvider.GetRequiredService<DraftsService>();
    }

    [Fact]
    public async Task A_new_draft_is_listed_with_its_title_and_the_requirements_its_answers_bring()
    {
        await _drafts.CreateAsync("  Charging for residents  ");

        var draft = (await _drafts.ListAsync()).ShouldHaveSingleItem();

        draft.Title.ShouldBe("Charging for residents");
        draft.Requirements.ShouldBeGreaterThan(0, "the rules apply to every tender, even before the first answer");
    }

    [Fact]
    public async Task Drafts_are_listed_last_edited_first_and_found_by_title_or_reference()
    {
        await _drafts.CreateAsync("Hub tender");
        await Task.Delay(20);
        await _drafts.CreateAsync("On-street tender");

        (await _drafts.ListAsync()).Select(d => d.Title).ShouldBe(["On-street tender", "Hub tender"]);
        (await _drafts.ListAsync("hub")).Select(d => d.Title).ShouldBe(["Hub tender"]);
        (await _drafts.ListAsync("nothing like it")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Renaming_changes_the_title_in_the_list_and_in_the_tender_and_a_stale_rename_is_refused()
    {
        var id = await _drafts.CreateAsync("First title");
        var read = (await _drafts.ListAsync()).Single();

        await _drafts.RenameAsync(id, read.Revision, "Second title");

        (await _drafts.ListAsync()).Single().Title.ShouldBe("Second title");
        await Should.ThrowAsync<DraftConflictException>(() => _drafts.RenameAsync(id, read.Revision, "From a stale tab"));
        (await _drafts.ListAsync()).Single().Title.ShouldBe("Second title");
    }

    [Fact]
    public async Task Duplicating_copies_the_whole_input_under_a_new_title()
    {
        var id = await _drafts.CreateAsync("Original");

        var copy = await _drafts.DuplicateAsync(id);

        var titles = (await _drafts.ListAsync()).Select(d => (d.Id, d.Title)).ToList();
        titles.ShouldContain((copy, "Copy of Original"));
        titles.ShouldContain((id, "Original"));
    }

    [Fact]
    public async Task Deleting_removes_the_draft()
    {
        var keep = await _drafts.CreateAsync("Keep");
        var remove = await _drafts.CreateAsync("Remove");

        await _drafts.DeleteAsync(remove);

        (await _drafts.ListAsync()).Select(d => d.Id).ShouldBe([keep]);
    }

    [Fact]
    public async Task A_title_is_required()
    {
        await Should.ThrowAsync<ArgumentException>(() => _drafts.CreateAsync("   "));
    }

    [Fact]
    public async Task Saving_stores_the_whole_input_and_returns_the_next_revision_to_save_against()
    {
        var id = await _drafts.CreateAsync("Charging for residents");
        var opened = await _drafts.OpenAsync(id);
        var input = opened.Input with
        {
            Answers = new Dictionary<string, JsonElement> { ["grid.congestion"] = JsonSerializer.SerializeToElement(true) },
            Exclusions = [new ClauseExclusion { Clause = "grid.dso-coordination", Justification = "Planned by the city alone." }],
        };

        var revision = await _drafts.SaveAsync(id, opened.Revision, input);
        var reopened = await _drafts.OpenAsync(id);

        revision.ShouldBe(opened.Revision + 1);
        reopened.Revision.ShouldBe(revision);
        TenderInputJson.Serialize(reopened.Input).ShouldBe(TenderInputJson.Serialize(input));
        reopened.WasUnreadable.ShouldBeFalse();
        var next = input with { Tender = input.Tender with { Reference = "REF-2" } };
        (await _drafts.SaveAsync(id, revision, next)).ShouldBe(revision + 1, "the returned revision is the one to save against next");
    }

    [Fact]
    public async Task A_save_from_a_stale_revision_is_refused_and_leaves_the_stored_draft_unchanged()
    {
        var id = await _drafts.CreateAsync("Shared draft");
        var opened = await _drafts.OpenAsync(id);
        var firstTab = opened.Input with { Tender = opened.Input.Tender with { Reference = "FROM-TAB-1" } };
        var secondTab = opened.Input with { Tender = opened.Input.Tender with { Reference = "FROM-TAB-2" } };
        var saved = await _drafts.SaveAsync(id, opened.Revision, firstTab);

        await Should.ThrowAsync<DraftConflictException>(() => _drafts.SaveAsync(id, opened.Revision, secondTab));

        var stored = await _drafts.OpenAsync(id);
        stored.Revision.ShouldBe(saved);
        stored.Input.Tender.Reference.ShouldBe("FROM-TAB-1");
    }

    [Fact]
    public async Task The_draft_title_follows_the_tender_title_and_an_empty_tender_title_keeps_the_old_one()
    {
        var id = await _drafts.CreateAsync("First title");
        var opened = await _drafts.OpenAsync(id);

        var revision = await _drafts.SaveAsync(id, opened.Revision, opened.Input with { Tender = opened.Input.Tender with { Title = "  Hubs and on-street points  " } });
        (await _drafts.ListAsync()).Single().Title.ShouldBe("Hubs and on-street points");

        await _drafts.SaveAsync(id, revision, opened.Input with { Tender = opened.Input.Tender with { Title = null } });
        var listed = (await _drafts.ListAsync()).Single();
        listed.Title.ShouldBe("Hubs and on-street points");
        (await _drafts.OpenAsync(id)).Title.ShouldBe("Hubs and on-street points");
    }

    [Fact]
    public async Task Saving_a_deleted_draft_says_it_is_gone()
    {
        var id = await _drafts.CreateAsync("Soon gone");
        var opened = await _drafts.OpenAsync(id);
        await _drafts.DeleteAsync(id);

        await Should.ThrowAsync<DraftNotFoundException>(() => _drafts.SaveAsync(id, opened.Revision, opened.Input));
        await Should.ThrowAsync<DraftNotFoundException>(() => _drafts.OpenAsync(id));
    }

    [Fact]
    public async Task Keeping_a_version_as_a_new_draft_copies_the_input_under_the_new_title()
    {
        var input = new TenderInput
        {
            Tender = new TenderMetadata { Title = "Original", Reference = "REF-1" },
            Answers = new Dictionary<string, JsonElement> { ["grid.congestion"] = JsonSerializer.SerializeToElement(true) },
        };

        var id = await _drafts.CreateFromAsync(input, " Original (my version) ");

        var copy = await _drafts.OpenAsync(id);
        copy.Title.ShouldBe("Original (my version)");
        copy.Input.Tender.Title.ShouldBe("Original (my version)");
        copy.Input.Tender.Reference.ShouldBe("REF-1");
        copy.Input.Answers["grid.congestion"].GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_draft_whose_stored_input_cannot_be_read_opens_empty_and_says_so()
    {
        var id = await _drafts.CreateAsync("Damaged");
        var contexts = _scope.ServiceProvider.GetRequiredService<IDbContextFactory<TenderBuilderDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.TenderDrafts.Where(d => d.Id == id).ExecuteUpdateAsync(d => d.SetProperty(x => x.InputJson, "{ \"answers\": 42 }"));
        }

        var opened = await _drafts.OpenAsync(id);

        opened.WasUnreadable.ShouldBeTrue();
        opened.Input.Tender.Title.ShouldBe("Damaged");
        opened.Input.Answers.ShouldBeEmpty();
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _app.DisposeAsync();
    }
}

public sealed class SqliteDraftsServiceTests : DraftsServiceContract
{
    protected override Task<ApplicationHost> StartAsync() => ApplicationHost.StartAsync(Provider.Sqlite, systemClock: true);
}

public sealed class PostgresDraftsServiceTests(PostgresServer server) : DraftsServiceContract, IClassFixture<PostgresServer>
{
    protected override Task<ApplicationHost> StartAsync() => ApplicationHost.StartAsync(Provider.Postgres, server, systemClock: true);
}
