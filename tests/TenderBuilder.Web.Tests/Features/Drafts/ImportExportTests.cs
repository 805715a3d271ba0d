using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Core.Input;
using TenderBuilder.Testing;
using TenderBuilder.Web.Features.Accounts;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Web.Features.Drafts;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Web.Features.History;
using TenderBuilder.Application.History;

namespace TenderBuilder.Web.Tests.Features.Drafts;

/// <summary>
/// A draft leaves as a draft file (the command line's input) and comes back as a new draft with
/// everything in it; a file that cannot be read says where and why, and changes nothing.
/// </summary>
public sealed class ImportExportTests(TenderBuilderAppFactory app) : IClassFixture<TenderBuilderAppFactory>
{
    [Fact]
    public async Task An_exported_draft_file_imports_as_a_new_draft_with_every_answer_removal_value_and_own_clause()
    {
        var author = await app.Services.CreateAccountAsync("Utrecht", "Author");
        var original = TenderInputReader.Read(File.ReadAllText(RepositoryFiles.Example("utrecht-like-concession"))).Input;
        var id = await AsAsync(author, drafts => drafts.CreateFromAsync(original, "Utrecht-like concession"));
        using var client = await app.CreateSignedInClientAsync(author);

        var response = await client.GetAsync(new Uri($"/export/drafts/{id}/tender-input.json", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var file = await response.Content.ReadAsStringAsync();

        var copy = await AsAsync(author, drafts => drafts.ImportAsync(file, "tender-input.json"));

        copy.ShouldNotBe(id);
        var imported = await AsAsync(author, drafts => drafts.OpenAsync(copy));
        imported.Title.ShouldBe("Utrecht-like concession");
        TenderInputChanges.Between(original with { Tender = original.Tender with { Title = "Utrecht-like concession" } }, imported.Input).ShouldBeEmpty();
        (await AsAsync(author, history => history.ReadAsync(copy))).Entries.ShouldHaveSingleItem().After.ShouldBe("from “tender-input.json”");
    }

    [Theory]
    [InlineData("{ \"tender\": { \"title\": \"Broken\" ", "Line")]
    [InlineData("schemaVersion: 7\ntender:\n  title: From the future\n", "schemaVersion 7 is not supported")]
    [InlineData("", "The file is empty.")]
    [InlineData("tender: {title: a}\n---\ntender: {title: b}\n", "the file holds more than one draft")]
    public async Task A_file_that_cannot_be_read_names_the_problem_and_creates_nothing(string text, string problem)
    {
        var author = await app.Services.CreateAccountAsync("Utrecht", "Author");
        var before = (await AsAsync(author, drafts => drafts.ListAsync())).Count;

        var refused = await Should.ThrowAsync<TenderInputFormatException>(() => AsAsync(author, drafts => drafts.ImportAsync(text, "my-tender.json")));

        refused.Message.ShouldContain(problem);
        (await AsAsync(author, drafts => drafts.ListAsync())).Count.ShouldBe(before);
    }

    [Fact]
    public async Task An_oversized_file_is_refused_before_it_is_parsed()
    {
        var author = await app.Services.CreateAccountAsync("Utrecht", "Author");
        var before = (await AsAsync(author, drafts => drafts.ListAsync())).Count;
        var huge = "tender:\n  title: \"" + new string('x', TenderInputReader.MaxCharacters) + "\"\n";

        var refused = await Should.ThrowAsync<TenderInputFormatException>(() => AsAsync(author, drafts => drafts.ImportAsync(huge, "huge.yaml")));

        refused.Message.ShouldContain("TenderBuilder reads inputs of at most 4,000,000");
        (await AsAsync(author, drafts => drafts.ListAsync())).Count.ShouldBe(before);
    }

    [Fact]
    public async Task Hostile_text_in_an_imported_file_stays_text_on_the_drafts_page()
    {
        var author = await app.Services.CreateAccountAsync("Utrecht", "Author");
        const string title = "<img src=x onerror=alert(1)> =SUM(A1) مناقصة";

        await AsAsync(author, drafts => drafts.ImportAsync($"{{ \"tender\": {{ \"title\": \"{title}\" }} }}", "hostile.json"));

        using var client = await app.CreateSignedInClientAsync(author);
        var page = await client.GetStringAsync(new Uri("/drafts", UriKind.Relative));
        page.ShouldContain("&lt;img src=x onerror=alert(1)&gt; =SUM(A1)");
        page.ShouldNotContain("<img src=x");
    }

    [Fact]
    public async Task A_reviewer_cannot_import()
    {
        var reviewer = await app.Services.CreateAccountAsync("Utrecht", "Reviewer");

        await Should.ThrowAsync<AccessDeniedException>(() => AsAsync(reviewer, drafts => drafts.ImportAsync("{}", "x.json")));
    }

    private Task<T> AsAsync<T>(TestAccount account, Func<DraftsService, Task<T>> act) => app.Services.AsAsync(account, act);

    private Task<T> AsAsync<T>(TestAccount account, Func<DraftHistory, Task<T>> act) => app.Services.AsAsync(account, act);
}
