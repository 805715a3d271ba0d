using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Data;
using TenderBuilder.Data.Drafts;
using TenderBuilder.Testing;

namespace TenderBuilder.Web.Tests.Features;

public sealed class ExportEndpointsTests : IClassFixture<TenderBuilderAppFactory>
{
    private readonly TenderBuilderAppFactory _app;

    public ExportEndpointsTests(TenderBuilderAppFactory app) => _app = app;

    [Fact]
    public async Task A_complete_draft_downloads_as_the_whole_package_or_any_single_file()
    {
        var id = await SaveDraftAsync(File.ReadAllText(ExampleInput("small-town-ten-ac-points.yaml")));
        using var client = await _app.CreateAuthorClientAsync();

        var zipResponse = await client.GetAsync(new Uri($"/export/drafts/{id}/tender-package.zip", UriKind.Relative));
        var pdfResponse = await client.GetAsync(new Uri($"/export/drafts/{id}/technical-specifications.pdf", UriKind.Relative));

        zipResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        zipResponse.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        using var zip = new ZipArchive(await zipResponse.Content.ReadAsStreamAsync());
        zip.Entries.Select(e => e.FullName).ShouldContain("technical-specifications.pdf");
        zip.Entries.Select(e => e.FullName).ShouldContain("compliance-matrix.xlsx");
        pdfResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await pdfResponse.Content.ReadAsByteArrayAsync())[..5].ShouldBe("%PDF-"u8.ToArray());
    }

    public static TheoryData<string> Examples =>
        [.. Directory.GetFiles(Path.GetDirectoryName(ExampleInput("small-town-ten-ac-points.yaml"))!, "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task A_draft_downloads_in_its_document_language_with_the_same_clauses_and_file_names_as_in_English(string example)
    {
        var input = Core.Input.TenderInputReader.Read(File.ReadAllText(ExampleInput(example))).Input;
        using var client = await _app.CreateAuthorClientAsync();
        async Task<(HttpStatusCode Status, ZipArchive? Zip)> DownloadAsync(string language)
        {
            var id = await SaveDraftAsync(Core.Input.TenderInputJson.Serialize(input with { Tender = input.Tender with { Language = language } }));
            var response = await client.GetAsync(new Uri($"/export/drafts/{id}/tender-package.zip", UriKind.Relative));
            return (response.StatusCode, response.IsSuccessStatusCode ? new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync())) : null);
        }

        var english = await DownloadAsync("en");
        english.Status.ShouldBe(HttpStatusCode.OK, "every example is complete enough to export");
        foreach (var language in new[] { "nl-NL", "sv-SE", "de-DE" })
        {
            var (status, zip) = await DownloadAsync(language);
            status.ShouldBe(english.Status, language);
            if (zip is null)
            {
                continue;
            }

            using (zip)
            {
                zip.Entries.Select(e => e.FullName).ShouldBe(english.Zip!.Entries.Select(e => e.FullName), $"{language}: file names stay stable");
                using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
                using var englishManifest = JsonDocument.Parse(english.Zip.GetEntry("manifest.json")!.Open());
                manifest.RootElement.GetProperty("language").GetString().ShouldBe(language);
                var titles = Titles(manifest);
                var englishTitles = Titles(englishManifest);
                titles.Keys.ShouldBe(englishTitles.Keys, $"{language}: the same clauses");
                titles.Count(t => t.Value != englishTitles[t.Key]).ShouldBeGreaterThan(titles.Count * 8 / 10, $"{language}: clause titles translated");
            }
        }

        english.Zip?.Dispose();
    }

    private static Dictionary<string, string> Titles(JsonDocument manifest) =>
        manifest.RootElement.GetProperty("clauses").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("title").GetString()!);

    [Fact]
    public async Task A_draft_with_errors_is_refused_with_the_errors_named()
    {
        var id = await SaveDraftAsync("""{ "tender": { "title": "Not finished" } }""");
        using var client = await _app.CreateAuthorClientAsync();

        var response = await client.GetAsync(new Uri($"/export/drafts/{id}/tender-package.zip", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("title").GetString().ShouldBe("The tender still has errors, so it cannot be exported yet.");
        problem.RootElement.GetProperty("errors").EnumerateArray().ShouldContain(e => e.GetString()!.Contains("must be answered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_draft_or_file_is_not_found()
    {
        var id = await SaveDraftAsync(File.ReadAllText(ExampleInput("small-town-ten-ac-points.yaml")));
        using var client = await _app.CreateAuthorClientAsync();

        (await client.GetAsync(new Uri($"/export/drafts/{Guid.NewGuid()}/tender-package.zip", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync(new Uri($"/export/drafts/{id}/secrets.txt", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_draft_with_errors_is_previewed_as_HTML_under_a_policy_that_runs_no_script_but_still_not_downloaded()
    {
        var id = await SaveDraftAsync("""{ "tender": { "title": "Not finished" } }""");
        using var client = await _app.CreateAuthorClientAsync();

        var preview = await client.GetAsync(new Uri($"/export/drafts/{id}/preview/technical-specifications.html", UriKind.Relative));
        var download = await client.GetAsync(new Uri($"/export/drafts/{id}/technical-specifications.html", UriKind.Relative));

        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        preview.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        preview.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        var policy = preview.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem();
        policy.ShouldContain("default-src 'none'");
        policy.ShouldContain("frame-ancestors 'self'");
        policy.ShouldNotContain("script-src");
        preview.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        (await preview.Content.ReadAsStringAsync()).ShouldContain("Not finished");
        download.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Only_the_HTML_documents_of_a_draft_can_be_previewed()
    {
        var id = await SaveDraftAsync(File.ReadAllText(ExampleInput("small-town-ten-ac-points.yaml")));
        using var client = await _app.CreateAuthorClientAsync();

        var pdf = await client.GetAsync(new Uri($"/export/drafts/{id}/preview/technical-specifications.pdf", UriKind.Relative));
        var unknown = await client.GetAsync(new Uri($"/export/drafts/{id}/preview/secrets.html", UriKind.Relative));
        var noDraft = await client.GetAsync(new Uri($"/export/drafts/{Guid.NewGuid()}/preview/technical-specifications.html", UriKind.Relative));
        var memo = await client.GetAsync(new Uri($"/export/drafts/{id}/preview/explanatory-memo.html", UriKind.Relative));

        pdf.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (pdf.Headers.TryGetValues("Content-Security-Policy", out var policies) ? string.Concat(policies) : "").ShouldNotContain("default-src 'none'");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        noDraft.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        memo.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_preview_follows_the_saved_draft()
    {
        var id = await SaveDraftAsync("""{ "tender": { "title": "First title" } }""");
        using var client = await _app.CreateAuthorClientAsync();
        var first = await client.GetStringAsync(new Uri($"/export/drafts/{id}/preview/technical-specifications.html", UriKind.Relative));

        await using (var scope = await _app.Services.ScopeForAsync(await _app.AuthorAsync()))
        {
            var drafts = scope.ServiceProvider.GetRequiredService<TenderBuilder.Application.Drafts.DraftsService>();
            var opened = await drafts.OpenAsync(id);
            await drafts.SaveAsync(id, opened.Revision, opened.Input with { Tender = opened.Input.Tender with { Title = "Second title" } });
        }

        var second = await client.GetStringAsync(new Uri($"/export/drafts/{id}/preview/technical-specifications.html", UriKind.Relative));

        first.ShouldContain("First title");
        second.ShouldContain("Second title");
        second.ShouldNotContain("First title");
    }

    [Fact]
    public async Task The_sites_template_and_a_draft_s_sites_download_as_csv_that_excel_reads_as_utf8()
    {
        var id = await SaveDraftAsync(File.ReadAllText(ExampleInput("two-lots-with-sites.yaml")));
        using var client = await _app.CreateAuthorClientAsync();

        var template = await client.GetAsync(new Uri("/export/sites-template.csv", UriKind.Relative));
        var sites = await client.GetAsync(new Uri($"/export/drafts/{id}/sites.csv", UriKind.Relative));

        template.StatusCode.ShouldBe(HttpStatusCode.OK);
        template.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await template.Content.ReadAsByteArrayAsync())[..3].ShouldBe(System.Text.Encoding.UTF8.GetPreamble());
        sites.StatusCode.ShouldBe(HttpStatusCode.OK);
        sites.Content.Headers.ContentDisposition!.FileName.ShouldBe("sites.csv");
        var read = Core.Sites.SiteCsvReader.Read(await sites.Content.ReadAsByteArrayAsync(), Core.Sites.SiteOptions.From(Core.Catalogues.CatalogueLoader.Default.Questionnaire));
        read.Problems.ShouldBeEmpty();
        read.Sites.Select(s => s.Id).ShouldBe(Core.Input.TenderInputReader.Read(File.ReadAllText(ExampleInput("two-lots-with-sites.yaml"))).Input.Sites.Select(s => s.Id));
    }

    private async Task<Guid> SaveDraftAsync(string input)
    {
        var json = input.TrimStart().StartsWith('{') ? input : Core.Input.TenderInputJson.Serialize(Core.Input.TenderInputReader.Read(input).Input);
        _ = _app.Server;
        await using var scope = await _app.Services.ScopeForAsync(await _app.AuthorAsync());
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<TenderBuilderDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var draft = new TenderDraft { Title = "Export test", InputJson = json };
        db.TenderDrafts.Add(draft);
        await db.SaveChangesAsync();
        return draft.Id;
    }

    private static string ExampleInput(string file)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "docs", "examples", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(file);
    }
}
