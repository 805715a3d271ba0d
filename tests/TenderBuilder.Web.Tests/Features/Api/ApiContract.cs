using System.IO.Compression;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TenderBuilder.Application.ApiKeys;
using TenderBuilder.Application.History;
using TenderBuilder.Core.Input;
using TenderBuilder.Data.ApiKeys;
using TenderBuilder.Testing;

namespace TenderBuilder.Web.Tests.Features.Api;

/// <summary>
/// What an integration developer relies on, over real HTTP: every operation, every scope, the keys'
/// refusals, another organisation's draft, a stale revision, an oversized request and the rate limit.
/// Run on SQLite and on PostgreSQL (the two classes below).
/// </summary>
public abstract class ApiContract(ApiHost host)
{
    private static readonly string SmallTown = File.ReadAllText(RepositoryFiles.Example("small-town-ten-ac-points"));

    protected ApiHost Host { get; } = host;

    [Fact]
    public async Task A_draft_is_created_read_changed_checked_built_downloaded_and_deleted()
    {
        using var client = await Host.FullClientAsync();

        var created = await client.PostAsync(new Uri("/api/v1/drafts", UriKind.Relative), Json(SmallTownJson()));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var draft = await Body(created);
        var id = draft["id"]!.GetValue<Guid>();
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/drafts/{id}");
        draft["status"]!.GetValue<string>().ShouldBe("draft");
        draft["input"]!["tender"]!["title"]!.GetValue<string>().ShouldBe(TenderInputReader.Read(SmallTown).Input.Tender.Title);

        var list = await Body(await client.GetAsync(new Uri("/api/v1/drafts?search=public%20AC", UriKind.Relative)));
        list["drafts"]!.AsArray().Select(d => d!["id"]!.GetValue<Guid>()).ShouldContain(id);

        var read = await client.GetAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative));
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        var revision = (await Body(read))["revision"]!.GetValue<long>();
        read.Headers.ETag!.Tag.ShouldBe($"\"{revision}\"");

        var patched = await client.PatchAsync(new Uri($"/api/v1/drafts/{id}/answers?revision={revision}", UriKind.Relative),
            Json("""{ "sites.points_ac_7_4_22": 12 }"""));
        patched.StatusCode.ShouldBe(HttpStatusCode.OK, await patched.Content.ReadAsStringAsync());
        var afterPatch = (await Body(patched))["revision"]!.GetValue<long>();
        afterPatch.ShouldBeGreaterThan(revision);
        (await Body(await client.GetAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative))))["input"]!["answers"]!["sites.points_ac_7_4_22"]!.GetValue<int>().ShouldBe(12);

        var input = TenderInputReader.Read(SmallTown).Input;
        var replaced = await client.PutAsync(new Uri($"/api/v1/drafts/{id}/input?revision={afterPatch}", UriKind.Relative),
            Json(TenderInputJson.Serialize(input with { Tender = input.Tender with { Title = "Ten AC points, replaced" } })));
        replaced.StatusCode.ShouldBe(HttpStatusCode.OK, await replaced.Content.ReadAsStringAsync());
        (await Body(await client.GetAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative))))["title"]!.GetValue<string>().ShouldBe("Ten AC points, replaced");

        var findings = await Body(await client.GetAsync(new Uri($"/api/v1/drafts/{id}/findings", UriKind.Relative)));
        findings["errors"]!.GetValue<int>().ShouldBe(0, findings.ToJsonString());
        findings["findings"].ShouldBeOfType<JsonArray>();

        var review = await Body(await client.GetAsync(new Uri($"/api/v1/drafts/{id}/review", UriKind.Relative)));
        review["status"]!.GetValue<string>().ShouldBe("draft");
        review["steps"]!.AsArray().ShouldBeEmpty();

        var manifest = await client.GetAsync(new Uri($"/api/v1/drafts/{id}/package", UriKind.Relative));
        manifest.StatusCode.ShouldBe(HttpStatusCode.OK, await manifest.Content.ReadAsStringAsync());
        var files = (await Body(manifest))["files"]!.AsArray();
        var zipFile = files.Single(f => f!["path"]!.GetValue<string>() == "tender-package.zip")!;
        var zip = await client.GetAsync(new Uri(zipFile["href"]!.GetValue<string>(), UriKind.Relative));
        zip.StatusCode.ShouldBe(HttpStatusCode.OK);
        zip.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        var bytes = await zip.Content.ReadAsByteArrayAsync();
        Convert.ToHexStringLower(SHA256.HashData(bytes)).ShouldBe(zipFile["sha256"]!.GetValue<string>(), "the manifest's hash is the downloaded file's");
        using (var archive = new ZipArchive(new MemoryStream(bytes)))
        {
            archive.Entries.Select(e => e.FullName).ShouldContain("technical-specifications.pdf");
        }

        foreach (var artefact in new[] { ".docx", ".pdf", ".xlsx", "ocds" })
        {
            var file = files.First(f => f!["path"]!.GetValue<string>().Contains(artefact, StringComparison.Ordinal))!;
            var one = await client.GetAsync(new Uri(file["href"]!.GetValue<string>(), UriKind.Relative));
            one.StatusCode.ShouldBe(HttpStatusCode.OK, artefact);
            one.Content.Headers.ContentLength.ShouldBe(file["bytes"]!.GetValue<long>(), artefact);
        }

        var packageNotice = (await Body(await client.GetAsync(new Uri($"/api/v1/drafts/{id}/package", UriKind.Relative))))["notice"]!;
        packageNotice["produced"]!.GetValue<bool>().ShouldBeTrue();
        packageNotice["ground"]!.GetValue<string>().ShouldBe("voluntary");
        var notice = files.FirstOrDefault(f => f!["path"]!.GetValue<string>() == packageNotice["file"]!.GetValue<string>());
        notice.ShouldNotBeNull("the small town asks for a voluntary EU notice");
        (await client.GetStringAsync(new Uri(notice["href"]!.GetValue<string>(), UriKind.Relative))).ShouldContain("ContractNotice");

        var missing = await client.GetAsync(new Uri($"/api/v1/drafts/{id}/package/no-such-file.pdf", UriKind.Relative));
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("tender-package.zip", customMessage: "a wrong file name is answered with the names there are");

        var deleted = await client.DeleteAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative));
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_draft_with_errors_is_not_built_and_the_errors_name_their_questions()
    {
        using var client = await Host.FullClientAsync();
        var id = await CreateAsync(client, """{ "schemaVersion": 2, "tender": { "title": "Half done" } }""");

        var refused = await client.GetAsync(new Uri($"/api/v1/drafts/{id}/package", UriKind.Relative));

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await Body(refused);
        problem["code"]!.GetValue<string>().ShouldBe("has-errors");
        problem["errors"]!.AsObject().Count.ShouldBeGreaterThan(0);
        var findings = await Body(await client.GetAsync(new Uri($"/api/v1/drafts/{id}/findings", UriKind.Relative)));
        findings["errors"]!.GetValue<int>().ShouldBeGreaterThan(0);
        findings["findings"]!.AsArray().Where(f => f!["severity"]!.GetValue<string>() == "error")
            .ShouldAllBe(f => f!["questions"]!.AsArray().Count > 0 || f["path"] != null || (f["clause"] != null && f["parameter"] != null),
                "every error says where to act: a question, a path of the input, or a clause's parameter to set");
    }

    [Fact]
    public async Task A_draft_starts_from_a_template_the_organisation_sees_and_keeps_its_origin()
    {
        using var client = await Host.FullClientAsync();
        var templateId = await Host.App.Services.AsAsync<Application.Templates.TemplatesService, Guid>(Host.Administrator,
            templates => templates.ImportAsync(SmallTown, "small-town.yaml"));

        var templates = await Body(await client.GetAsync(new Uri("/api/v1/templates", UriKind.Relative)));
        templates.AsArray().Select(t => t!["id"]!.GetValue<Guid>()).ShouldContain(templateId);
        var template = await Body(await client.GetAsync(new Uri($"/api/v1/templates/{templateId}", UriKind.Relative)));
        template["version"]!.GetValue<int>().ShouldBe(1);
        template["input"]!["answers"]!["sites.site_count"]!.GetValue<int>().ShouldBe(5);

        var created = await client.PostAsJsonAsync(new Uri("/api/v1/drafts/from-template", UriKind.Relative), new { templateId, title = "From the region's template" });

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var draft = await Body(created);
        draft["title"]!.GetValue<string>().ShouldBe("From the region's template");
        draft["template"]!["templateId"]!.GetValue<Guid>().ShouldBe(templateId);
        (await client.GetAsync(new Uri($"/api/v1/templates/{Guid.NewGuid()}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_catalogue_its_questions_clauses_sources_and_the_input_schema_are_readable_in_each_language()
    {
        using var client = Host.Client((await Host.KeyAsync(ApiKeyScopes.Read)).Key);

        var catalogue = await Body(await client.GetAsync(new Uri("/api/v1/catalogue", UriKind.Relative)));
        var questions = await Body(await client.GetAsync(new Uri("/api/v1/catalogue/questions", UriKind.Relative)));
        var dutch = await Body(await client.GetAsync(new Uri("/api/v1/catalogue/questions?language=nl-NL", UriKind.Relative)));
        var clauses = await Body(await client.GetAsync(new Uri("/api/v1/catalogue/clauses?language=sv-SE", UriKind.Relative)));
        var sources = await Body(await client.GetAsync(new Uri("/api/v1/catalogue/sources", UriKind.Relative)));
        var schema = await Body(await client.GetAsync(new Uri("/api/v1/schemas/tender-input", UriKind.Relative)));
        var wrongLanguage = await client.GetAsync(new Uri("/api/v1/catalogue/questions?language=fr", UriKind.Relative));

        catalogue["version"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        questions.AsArray().Count.ShouldBe(catalogue["questions"]!.GetValue<int>());
        var siteCount = questions.AsArray().Single(q => q!["id"]!.GetValue<string>() == "sites.site_count")!;
        var dutchSiteCount = dutch.AsArray().Single(q => q!["id"]!.GetValue<string>() == "sites.site_count")!;
        dutchSiteCount["label"]!.GetValue<string>().ShouldNotBe(siteCount["label"]!.GetValue<string>(), "the label in Dutch");
        clauses.AsArray().Count.ShouldBe(catalogue["clauses"]!.GetValue<int>());
        clauses.AsArray().SelectMany(c => c!["parameters"]!.AsArray()).ShouldContain(p => p!["options"]!.AsArray().Count > 0,
            "a client learns the values a clause parameter takes without guessing");
        clauses.AsArray().SelectMany(c => c!["sources"]!.AsArray()).Select(s => s!["status"]!.GetValue<string>()).Distinct().ShouldBeSubsetOf(["verified", "to-verify"]);
        sources.AsArray().Count.ShouldBe(catalogue["sources"]!.GetValue<int>());
        schema["properties"]!["answers"].ShouldNotBeNull();
        wrongLanguage.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Body(wrongLanguage))["errors"]!["language"].ShouldNotBeNull();
    }

    [Theory]
    [InlineData(ApiKeyScopes.Read, "POST", "/api/v1/drafts", "write")]
    [InlineData(ApiKeyScopes.Read, "GET", "/api/v1/drafts/{id}/package", "build")]
    [InlineData(ApiKeyScopes.Write, "GET", "/api/v1/drafts", "read")]
    [InlineData(ApiKeyScopes.Write, "GET", "/api/v1/drafts/{id}/package/tender-package.zip", "build")]
    [InlineData(ApiKeyScopes.Build, "GET", "/api/v1/drafts/{id}", "read")]
    [InlineData(ApiKeyScopes.Build, "DELETE", "/api/v1/drafts/{id}", "write")]
    [InlineData(ApiKeyScopes.Build, "GET", "/api/v1/catalogue", "read")]
    public async Task A_key_without_the_operations_scope_is_refused_with_the_scope_it_needs(ApiKeyScopes scopes, string method, string path, string needed)
    {
        using var full = await Host.FullClientAsync();
        var id = await CreateAsync(full, SmallTownJson());
        using var client = Host.Client((await Host.KeyAsync(scopes)).Key);

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path.Replace("{id}", id.ToString(), StringComparison.Ordinal), UriKind.Relative))
        {
            Content = method == "POST" ? Json(SmallTownJson()) : null,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Body(response))["detail"]!.GetValue<string>().ShouldContain($"'{needed}'");
        (await Body(await full.GetAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative))))["revision"].ShouldNotBeNull("nothing was changed");
    }

    [Fact]
    public async Task Each_scope_allows_its_own_operations()
    {
        using var writer = Host.Client((await Host.KeyAsync(ApiKeyScopes.Write)).Key);
        using var reader = Host.Client((await Host.KeyAsync(ApiKeyScopes.Read)).Key);
        using var builder = Host.Client((await Host.KeyAsync(ApiKeyScopes.Build)).Key);

        var id = await CreateAsync(writer, SmallTownJson());

        (await reader.GetAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await builder.GetAsync(new Uri($"/api/v1/drafts/{id}/package", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await writer.DeleteAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task No_key_an_unknown_an_expired_or_a_revoked_key_and_a_sign_in_cookie_are_all_refused_with_401()
    {
        var revokedKey = await Host.KeyAsync(ApiKeyScopes.Read);
        await Host.App.Services.AsAsync<ApiKeys, Application.Accounts.AccountResult<ApiKeySummary>>(Host.Administrator, keys => keys.RevokeAsync(revokedKey.Summary.Id));
        var expiredKey = await Host.KeyAsync(ApiKeyScopes.Read);
        await ExpireAsync(expiredKey.Summary.Id);
        var valid = await Host.KeyAsync(ApiKeyScopes.Read);
        var tampered = valid.Key[..^4] + (valid.Key.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        using var cookie = await SignedInClientAsync(Host.Administrator);

        var answers = new Dictionary<string, HttpResponseMessage>
        {
            ["none"] = await Host.Client(null).GetAsync(new Uri("/api/v1/drafts", UriKind.Relative)),
            ["tampered"] = await Host.Client(tampered).GetAsync(new Uri("/api/v1/drafts", UriKind.Relative)),
            ["revoked"] = await Host.Client(revokedKey.Key).GetAsync(new Uri("/api/v1/drafts", UriKind.Relative)),
            ["expired"] = await Host.Client(expiredKey.Key).GetAsync(new Uri("/api/v1/drafts", UriKind.Relative)),
            ["cookie"] = await cookie.GetAsync(new Uri("/api/v1/drafts", UriKind.Relative)),
        };

        foreach (var (what, response) in answers)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, what);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", what);
            response.Headers.WwwAuthenticate.ToString().ShouldStartWith("Bearer", customMessage: what);
        }

        (await Body(answers["revoked"]))["detail"]!.GetValue<string>().ShouldContain("revoked");
        (await Body(answers["expired"]))["detail"]!.GetValue<string>().ShouldContain("expired");
        (await Host.Client(valid.Key).GetAsync(new Uri("/api/v1/drafts", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK, "the same key untampered works");
        // The header the docs offer as an alternative works the same way.
        using var header = new HttpClient { BaseAddress = Host.Address };
        header.DefaultRequestHeaders.Add("X-Api-Key", valid.Key);
        (await header.GetAsync(new Uri("/api/v1/drafts", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_organisations_draft_is_not_found_and_its_404_says_nothing_about_it()
    {
        using var theirs = await Host.FullClientAsync(Host.Stranger);
        var id = await CreateAsync(theirs, """{ "schemaVersion": 2, "tender": { "title": "Secret plans of another city" } }""");
        using var ours = await Host.FullClientAsync();

        var responses = new[]
        {
            await ours.GetAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative)),
            await ours.GetAsync(new Uri($"/api/v1/drafts/{id}/findings", UriKind.Relative)),
            await ours.GetAsync(new Uri($"/api/v1/drafts/{id}/package", UriKind.Relative)),
            await ours.PatchAsync(new Uri($"/api/v1/drafts/{id}/answers?revision=1", UriKind.Relative), Json("""{ "sites.site_count": 1 }""")),
            await ours.DeleteAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative)),
        };
        var list = await Body(await ours.GetAsync(new Uri("/api/v1/drafts", UriKind.Relative)));

        foreach (var response in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, response.RequestMessage!.RequestUri!.ToString());
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("Secret");
        }

        list["drafts"]!.AsArray().Select(d => d!["id"]!.GetValue<Guid>()).ShouldNotContain(id);
        (await theirs.GetAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK, "it is still there for its own organisation");
    }

    [Fact]
    public async Task A_change_from_a_stale_revision_is_refused_with_409_and_the_current_revision()
    {
        using var client = await Host.FullClientAsync();
        var id = await CreateAsync(client, SmallTownJson());
        var first = (await Body(await client.GetAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative))))["revision"]!.GetValue<long>();
        var second = (await Body(await client.PatchAsync(new Uri($"/api/v1/drafts/{id}/answers?revision={first}", UriKind.Relative),
            Json("""{ "sites.site_count": 6 }"""))))["revision"]!.GetValue<long>();

        var stalePatch = await client.PatchAsync(new Uri($"/api/v1/drafts/{id}/answers?revision={first}", UriKind.Relative), Json("""{ "sites.site_count": 7 }"""));
        var stalePut = await client.PutAsync(new Uri($"/api/v1/drafts/{id}/input?revision={first}", UriKind.Relative), Json(SmallTownJson()));
        var noRevision = await client.PatchAsync(new Uri($"/api/v1/drafts/{id}/answers", UriKind.Relative), Json("""{ "sites.site_count": 7 }"""));

        foreach (var stale in new[] { stalePatch, stalePut })
        {
            stale.StatusCode.ShouldBe(HttpStatusCode.Conflict, await stale.Content.ReadAsStringAsync());
            var problem = await Body(stale);
            problem["code"]!.GetValue<string>().ShouldBe("stale-revision");
            problem["currentRevision"]!.GetValue<long>().ShouldBe(second);
            problem["errors"]!["revision"].ShouldNotBeNull();
        }

        noRevision.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Body(noRevision))["errors"]!["revision"].ShouldNotBeNull();
        (await Body(await client.GetAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative))))["input"]!["answers"]!["sites.site_count"]!.GetValue<int>()
            .ShouldBe(6, "the stale changes changed nothing");
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_problem_that_names_the_field_or_line_and_changes_nothing()
    {
        using var client = await Host.FullClientAsync();
        var id = await CreateAsync(client, SmallTownJson());
        var revision = (await Body(await client.GetAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative))))["revision"]!.GetValue<long>();

        var malformed = await client.PostAsync(new Uri("/api/v1/drafts", UriKind.Relative), Json("{\n  \"schemaVersion\": 2,\n  \"tender\": { \"title\": 12 },\n  \"nonsense\": true\n}"));
        var unknownQuestion = await client.PatchAsync(new Uri($"/api/v1/drafts/{id}/answers?revision={revision}", UriKind.Relative), Json("""{ "no.such.question": 1 }"""));
        var fieldQuestion = await client.PatchAsync(new Uri($"/api/v1/drafts/{id}/answers?revision={revision}", UriKind.Relative), Json("""{ "tender.title": "x" }"""));
        var trailingComma = await client.PostAsync(new Uri("/api/v1/drafts", UriKind.Relative), Json("{ \"schemaVersion\": 2, \"tender\": { \"title\": \"x\", } }"));
        var badPage = await client.GetAsync(new Uri("/api/v1/drafts?take=0", UriKind.Relative));
        var twoRevisions = new HttpRequestMessage(HttpMethod.Patch, new Uri($"/api/v1/drafts/{id}/answers?revision={revision}", UriKind.Relative)) { Content = Json("{ \"sites.site_count\": 2 }") };
        twoRevisions.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{revision + 5}\""));
        var disagreeing = await client.SendAsync(twoRevisions);
        var longText = await client.PutAsync(new Uri($"/api/v1/drafts/{id}/input?revision={revision}", UriKind.Relative),
            Json($$"""{ "schemaVersion": 2, "tender": { "title": "Long", "reference": "{{new string('x', 20_001)}}" } }"""));

        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Body(malformed))["errors"]!.AsObject().Single().Key.ShouldStartWith("line ");
        trailingComma.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a body declared as JSON is read as JSON, not forgiven as YAML");
        (await Body(trailingComma))["errors"]!.AsObject().Single().Key.ShouldStartWith("line ");
        badPage.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Body(badPage))["errors"]!["take"].ShouldNotBeNull();
        disagreeing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Body(disagreeing))["errors"]!["If-Match"].ShouldNotBeNull();
        unknownQuestion.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Body(unknownQuestion))["errors"]!["no.such.question"].ShouldNotBeNull();
        fieldQuestion.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        longText.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Body(longText))["errors"]!["tender.reference"].ShouldNotBeNull();
        (await Body(await client.GetAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative))))["revision"]!.GetValue<long>().ShouldBe(revision);
    }

    [Fact]
    public async Task An_answer_that_does_not_fit_its_question_is_refused_by_its_question_and_the_ETag_may_name_the_revision()
    {
        using var client = await Host.FullClientAsync();
        var id = await CreateAsync(client, SmallTownJson());
        var read = await client.GetAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative));
        var etag = read.Headers.ETag!.Tag;

        var wrongType = await client.PatchAsync(new Uri($"/api/v1/drafts/{id}/answers?revision={(await Body(read))["revision"]}", UriKind.Relative),
            Json("""{ "sites.site_count": "many", "grid.congestion": true }"""));
        var byEtag = new HttpRequestMessage(HttpMethod.Patch, new Uri($"/api/v1/drafts/{id}/answers", UriKind.Relative)) { Content = Json("""{ "sites.site_count": 8 }""") };
        byEtag.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        var patched = await client.SendAsync(byEtag);
        var badTemplateBody = await client.PostAsync(new Uri("/api/v1/drafts/from-template", UriKind.Relative), Json("{ not json"));

        wrongType.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await wrongType.Content.ReadAsStringAsync());
        (await Body(wrongType))["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["sites.site_count"]);
        patched.StatusCode.ShouldBe(HttpStatusCode.OK, "the ETag read with the draft names the revision as ?revision= does");
        (await Body(await client.GetAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative))))["input"]!["answers"]!["sites.site_count"]!.GetValue<int>().ShouldBe(8);
        badTemplateBody.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        badTemplateBody.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", "a body that does not bind is answered like every other problem");
    }

    [Fact]
    public async Task Findings_and_catalogue_words_follow_the_asked_language()
    {
        using var client = Host.Client((await Host.KeyAsync(ApiKeyScopes.Read | ApiKeyScopes.Write)).Key);
        var id = await CreateAsync(client, """{ "schemaVersion": 2, "tender": { "title": "Halb fertig" } }""");
        var german = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/drafts/{id}/findings", UriKind.Relative));
        german.Headers.AcceptLanguage.ParseAdd("de-DE");
        var questions = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/catalogue/questions", UriKind.Relative));
        questions.Headers.AcceptLanguage.ParseAdd("sv");

        var english = await Body(await client.GetAsync(new Uri($"/api/v1/drafts/{id}/findings", UriKind.Relative)));
        var inGerman = await Body(await client.SendAsync(german));
        var swedish = await Body(await client.SendAsync(questions));
        var dutch = await Body(await client.GetAsync(new Uri("/api/v1/catalogue/questions?language=nl", UriKind.Relative)));
        var englishQuestions = await Body(await client.GetAsync(new Uri("/api/v1/catalogue/questions?language=en", UriKind.Relative)));

        inGerman["findings"]!.AsArray().Select(f => f!["message"]!.GetValue<string>())
            .ShouldNotBe(english["findings"]!.AsArray().Select(f => f!["message"]!.GetValue<string>()), "findings are worded in German");
        static string Label(JsonNode list) => list.AsArray().Single(q => q!["id"]!.GetValue<string>() == "sites.site_count")!["label"]!.GetValue<string>();
        Label(swedish).ShouldNotBe(Label(englishQuestions));
        Label(dutch).ShouldNotBe(Label(englishQuestions));
        Label(dutch).ShouldNotBe(Label(swedish));
    }

    [Fact]
    public async Task A_draft_in_review_does_not_change_and_a_templates_lock_holds_with_their_own_problems()
    {
        using var client = await Host.FullClientAsync();
        var id = await CreateAsync(client, SmallTownJson());
        await Host.App.Services.AsAsync<Application.Review.DraftReviews>(Host.Administrator, reviews => reviews.SubmitAsync(id));
        var revision = (await Body(await client.GetAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative))))["revision"]!.GetValue<long>();

        var patch = await client.PatchAsync(new Uri($"/api/v1/drafts/{id}/answers?revision={revision}", UriKind.Relative), Json("""{ "sites.site_count": 3 }"""));
        var delete = await client.DeleteAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative));
        var review = await Body(await client.GetAsync(new Uri($"/api/v1/drafts/{id}/review", UriKind.Relative)));

        foreach (var refused in new[] { patch, delete })
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict, await refused.Content.ReadAsStringAsync());
            var problem = await Body(refused);
            problem["code"]!.GetValue<string>().ShouldBe("review-status");
            problem["draftStatus"]!.GetValue<string>().ShouldBe("in-review");
            problem["status"]!.GetValue<int>().ShouldBe(409, "the problem's own status stays the HTTP status");
        }

        review["status"]!.GetValue<string>().ShouldBe("in-review");
        review["steps"]!.AsArray().Single()!["by"]!.GetValue<string>().ShouldBe($"Test user of {Host.Administrator.Organisation}");

        var templateId = await Host.App.Services.AsAsync<Application.Templates.TemplatesService, Guid>(Host.Administrator,
            templates => templates.ImportAsync(SmallTown, "locked.yaml"));
        await Host.App.Services.AsAsync<Application.Templates.TemplatesService, int>(Host.Administrator,
            templates => templates.LockAsync(templateId, Core.Templates.LockKind.Answer, "sites.site_count", "The region plans the sites."));
        var fromTemplate = await Body(await client.PostAsJsonAsync(new Uri("/api/v1/drafts/from-template", UriKind.Relative), new { templateId }));
        var locked = await client.PatchAsync(new Uri($"/api/v1/drafts/{fromTemplate["id"]}/answers?revision={fromTemplate["revision"]}", UriKind.Relative),
            Json("""{ "sites.site_count": 99 }"""));

        locked.StatusCode.ShouldBe((HttpStatusCode)422, await locked.Content.ReadAsStringAsync());
        (await Body(locked))["errors"]!["sites.site_count"].ShouldNotBeNull();
        fromTemplate["template"]!["locks"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task Hostile_text_comes_back_as_data_in_json_never_as_markup()
    {
        using var client = await Host.FullClientAsync();
        const string hostile = "<script>alert(1)</script> =HYPERLINK(\"http://x\") \u202Egnp.exe";
        var id = await CreateAsync(client, JsonSerializer.Serialize(new { schemaVersion = 2, tender = new { title = hostile } }));

        var read = await client.GetAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative));

        read.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        (await read.Content.ReadAsStringAsync()).ShouldNotContain("<script>", customMessage: "markup characters are escaped in the JSON text");
        (await Body(read))["title"]!.GetValue<string>().ShouldBe(hostile, "kept as the text it was, to be escaped by whatever shows it");
    }

    [Fact]
    public async Task An_oversized_request_is_refused_with_413_before_it_is_read()
    {
        using var client = await Host.FullClientAsync();
        var body = $$"""{ "schemaVersion": 2, "tender": { "title": "Big" }, "padding": "{{new string('x', ApiHost.MaxRequestBytes)}}" }""";

        var declared = await client.PostAsync(new Uri("/api/v1/drafts", UriKind.Relative), Json(body));
        var chunked = await client.PostAsync(new Uri("/api/v1/drafts", UriKind.Relative), new ChunkedContent(Encoding.UTF8.GetBytes(body)));

        foreach (var response in new[] { declared, chunked })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
            var problem = await Body(response);
            problem["detail"]!.GetValue<string>().ShouldContain("bytes");
            problem["errors"]!["body"].ShouldNotBeNull();
        }
    }

    [Fact]
    public async Task A_key_that_makes_too_many_requests_gets_429_with_Retry_After_and_other_keys_go_on()
    {
        using var busy = Host.Client((await Host.KeyAsync(ApiKeyScopes.Read)).Key);
        using var other = Host.Client((await Host.KeyAsync(ApiKeyScopes.Read)).Key);

        HttpResponseMessage? refused = null;
        for (var i = 0; i <= ApiHost.PermitsPerMinute && refused is null; i++)
        {
            var response = await busy.GetAsync(new Uri("/api/v1/catalogue", UriKind.Relative));
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        refused.ShouldNotBeNull($"the {ApiHost.PermitsPerMinute + 1}th request in a minute is refused");
        refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeGreaterThanOrEqualTo(1);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await other.GetAsync(new Uri("/api/v1/catalogue", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK, "limits are per key");
    }

    [Fact]
    public async Task Changes_are_in_the_audit_trail_under_the_keys_name_and_every_request_in_its_access_log()
    {
        var key = await Host.KeyAsync(ApiKeyScopes.Read | ApiKeyScopes.Write, name: "Negometrix sync");
        using var client = Host.Client(key.Key);
        var id = await CreateAsync(client, SmallTownJson());
        var revision = (await Body(await client.GetAsync(new Uri($"/api/v1/drafts/{id}", UriKind.Relative))))["revision"]!.GetValue<long>();
        (await client.PatchAsync(new Uri($"/api/v1/drafts/{id}/answers?revision={revision}", UriKind.Relative), Json("""{ "sites.site_count": 9 }""")))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var history = await Host.App.Services.AsAsync<DraftHistory, DraftHistoryView>(Host.Administrator, h => h.ReadAsync(id));
        history.Entries.ShouldContain(e => e.UserName.Contains("Negometrix sync", StringComparison.Ordinal) && e.Subject == "sites.site_count");

        // The log is written once each answer has gone: wait for the last one briefly.
        IReadOnlyList<ApiAccessEntry> log = [];
        for (var attempt = 0; attempt < 50 && !log.Any(e => e.Method == "PATCH"); attempt++)
        {
            await Task.Delay(100);
            log = await Host.App.Services.AsAsync<ApiKeys, IReadOnlyList<ApiAccessEntry>>(Host.Administrator, k => k.AccessLogAsync(key.Summary.Id));
        }

        log.Select(e => (e.Method, e.Status)).ShouldBe([("PATCH", 200), ("GET", 200), ("POST", 201)], ignoreOrder: true,
            customMessage: string.Join("; ", log.Select(e => $"{e.Method} {e.Path} {e.Status}")));
        log.ShouldContain(e => e.Path == $"/api/v1/drafts/{id}");
    }

    [Fact]
    public async Task An_address_under_api_that_names_no_operation_is_a_problem_detail_not_a_page()
    {
        using var client = await Host.FullClientAsync();

        var response = await client.GetAsync(new Uri("/api/v1/nothing-here", UriKind.Relative));
        var submit = await client.PostAsync(new Uri($"/api/v1/drafts/{Guid.NewGuid()}/submit", UriKind.Relative), Json("{}"));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound, (await response.Content.ReadAsStringAsync())[..Math.Min(300, (await response.Content.ReadAsStringAsync()).Length)]);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        submit.StatusCode.ShouldBe(HttpStatusCode.NotFound, "keys have no way to submit, approve or return a draft");
    }

    protected static string SmallTownJson() => TenderInputJson.Serialize(TenderInputReader.Read(SmallTown).Input);

    protected static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    protected static async Task<JsonNode> Body(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("An empty body.");

    private static async Task<Guid> CreateAsync(HttpClient client, string json)
    {
        var created = await client.PostAsync(new Uri("/api/v1/drafts", UriKind.Relative), Json(json));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await Body(created))["id"]!.GetValue<Guid>();
    }

    // A person's browser over real HTTP: signed in through the sign-in page, holding its cookie.
    private async Task<HttpClient> SignedInClientAsync(TestAccount account)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Host.Address };
        (await client.SignInAsync(account.Email, account.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync(new Uri("/drafts", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK, "the cookie signs the person in to the web app");
        return client;
    }

    private async Task ExpireAsync(Guid keyId)
    {
        await using var scope = Host.App.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Data.TenderBuilderDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var key = await db.ApiKeys.FindAsync(keyId) ?? throw new InvalidOperationException("No key.");
        // Time passes in the database: the key's expiry is moved to a moment already gone.
        key.ExpiresAtUtc = DateTime.UtcNow.AddMinutes(-1);
        await db.SaveChangesAsync();
    }

    // A body sent without Content-Length, so the limit must hold while reading.
    private sealed class ChunkedContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

/// <summary>The API on the embedded SQLite database.</summary>
public sealed class ApiOnSqliteTests(SqliteApiHost host) : ApiContract(host), IClassFixture<SqliteApiHost>;

/// <summary>The API on PostgreSQL.</summary>
public sealed class ApiOnPostgresTests(PostgresApiHost host) : ApiContract(host), IClassFixture<PostgresApiHost>;
