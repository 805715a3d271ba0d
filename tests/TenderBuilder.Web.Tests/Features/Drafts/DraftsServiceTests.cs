using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Core.Input;
using TenderBuilder.Testing;
using TenderBuilder.Web.Features.Drafts;

namespace TenderBuilder.Web.Tests.Features.Drafts;

/// <summary>The drafts dashboard's operations, on the app's real database.</summary>
public sealed class DraftsServiceTests : IDisposable
{
    private readonly TenderBuilderAppFactory _app = new();
    private readonly IServiceScope _scope;
    private readonly DraftsService _drafts;

    public DraftsServiceTests()
    {
        _ = _app.Server;
        _scope = _app.Services.CreateScope();
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

    public void Dispose()
    {
        _scope.Dispose();
        _app.Dispose();
    }
}
