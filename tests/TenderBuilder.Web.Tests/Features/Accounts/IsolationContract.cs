using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Templates;
using TenderBuilder.Testing;
using TenderBuilder.Web.Features.Drafts;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Web.Features.Export;
using TenderBuilder.Application.Packages;
using TenderBuilder.Web.Features.History;
using TenderBuilder.Application.History;
using TenderBuilder.Web.Features.Templates;
using TenderBuilder.Application.Templates;

namespace TenderBuilder.Web.Tests.Features.Accounts;

/// <summary>
/// Two organisations in one running app: neither reaches the other's drafts, nor a template the
/// other keeps to itself, through any page, download endpoint or service method. The endpoints and methods are enumerated from the app
/// itself, so a new one is covered (or the test says how to teach it) without anyone remembering.
/// </summary>
public abstract class IsolationContract : IAsyncLifetime
{
    // Endpoints anyone may reach without signing in; anything else anonymous is a finding.
    private static readonly HashSet<string> s_anonymous =
        ["/account/login", "/account/external", "/account/external/callback", "/setup", "/health/live", "/health/ready", "/not-found", "/error",
            // The API's description, public like any; the API itself takes keys (ApiContract).
            "/api/v1/openapi.json", "/api/{**rest}"];

    private TenderBuilderAppFactory _app = null!;
    private TestAccount _utrecht = null!;
    private TestAccount _stockholm = null!;
    private Guid _stockholmsDraft;
    private Guid _stockholmsTemplate;
    private Guid _utrechtsDraft;

    protected abstract Task<TenderBuilderAppFactory> CreateAppAsync();

    public async Task InitializeAsync()
    {
        _app = await CreateAppAsync();
        _ = _app.Server;
        _utrecht = await _app.Services.CreateAccountAsync("Utrecht", "Author", "Reviewer");
        _stockholm = await _app.Services.CreateAccountAsync("Stockholm", "Author");
        await using var scope = await _app.Services.ScopeForAsync(_stockholm);
        var input = TenderInputReader.Read(File.ReadAllText(RepositoryFiles.Example("small-town-ten-ac-points"))).Input;
        _stockholmsDraft = await scope.ServiceProvider.GetRequiredService<DraftsService>().CreateFromAsync(input, "Stockholm on-street charging");
        _stockholmsTemplate = await scope.ServiceProvider.GetRequiredService<TemplatesService>()
            .CreateFromDraftAsync(_stockholmsDraft, new TemplateForm { Name = "Stockholm street template", Sharing = TemplateSharing.Private });
        await using var utrechtScope = await _app.Services.ScopeForAsync(_utrecht);
        _utrechtsDraft = await utrechtScope.ServiceProvider.GetRequiredService<DraftsService>().CreateAsync("Utrecht hubs");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Every_endpoint_with_a_draft_in_its_address_answers_not_found_to_another_organisation()
    {
        using var utrecht = await _app.CreateSignedInClientAsync(_utrecht);
        using var stockholm = await _app.CreateSignedInClientAsync(_stockholm);

        await EveryAddressedEndpointAnswersNotFoundAsync(stockholm, utrecht, "another organisation");
    }

    [Fact]
    public async Task An_administrator_who_is_neither_author_nor_reviewer_reaches_no_draft_or_template_even_of_their_own_organisation()
    {
        var administrator = await _app.Services.CreateAccountAsync("Stockholm", "Administrator");
        using var stockholmAuthor = await _app.CreateSignedInClientAsync(_stockholm);
        using var administratorClient = await _app.CreateSignedInClientAsync(administrator);

        await EveryAddressedEndpointAnswersNotFoundAsync(stockholmAuthor, administratorClient, "an administrator of the same organisation");

        // The lists and every other page without an address of its own show none of it either.
        foreach (var address in PagesWithoutParameters())
        {
            var response = await administratorClient.GetAsync(new Uri(address, UriKind.Relative));
            var text = await response.Content.ReadAsStringAsync();
            text.ShouldNotContain("Stockholm on-street charging", customMessage: address);
            text.ShouldNotContain("Stockholm street template", customMessage: address);
        }

        await using var scope = await _app.Services.ScopeForAsync(administrator);
        (await scope.ServiceProvider.GetRequiredService<DraftsService>().ListAsync()).ShouldBeEmpty();
        (await scope.ServiceProvider.GetRequiredService<TemplatesService>().ListAsync()).ShouldBeEmpty();
        await Should.ThrowAsync<DraftNotFoundException>(() => scope.ServiceProvider.GetRequiredService<DraftsService>().OpenAsync(_stockholmsDraft));
        (await scope.ServiceProvider.GetRequiredService<DraftPackages>().GetAsync(_stockholmsDraft)).ShouldBeNull();
        // Administration itself still sees every organisation and how many drafts each holds.
        var organisations = await _app.Services.GetRequiredService<TenderBuilder.Application.Accounts.UserAccounts>().ListOrganisationsAsync();
        organisations.ShouldContain(o => o.Name == "Stockholm" && o.Drafts == 1);
        (await administratorClient.GetAsync(new Uri("/admin/organisations", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await administratorClient.GetAsync(new Uri("/admin/users", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_administrator_who_is_also_an_author_sees_the_organisations_drafts_and_templates()
    {
        var administrator = await _app.Services.CreateAccountAsync("Stockholm", "Administrator", "Author");
        using var client = await _app.CreateSignedInClientAsync(administrator);

        (await client.GetStringAsync(new Uri("/drafts", UriKind.Relative))).ShouldContain("Stockholm on-street charging");
        (await client.GetStringAsync(new Uri($"/templates/{_stockholmsTemplate}", UriKind.Relative))).ShouldContain("Stockholm street template");
        (await client.GetAsync(new Uri($"/export/drafts/{_stockholmsDraft}/tender-input.json", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    // Asks every endpoint with a draft or template in its address for Stockholm's, as its author
    // (which must work, or the check proves nothing) and as someone who must not see it.
    private async Task EveryAddressedEndpointAnswersNotFoundAsync(HttpClient owner, HttpClient refused, string who)
    {
        var checkedAddresses = new List<string>();

        // The API takes keys, not these people's cookies: ApiContract asks it for another organisation's draft.
        foreach (var endpoint in GetEndpoints().Where(e => e.RoutePattern.Parameters.Count > 0 && !IsApi(e.RoutePattern.RawText!) && !IsApiReference(e.RoutePattern.RawText!)))
        {
            var address = Fill(endpoint.RoutePattern.RawText!);
            if (address is null)
            {
                continue;
            }

            var own = await owner.GetAsync(new Uri(address, UriKind.Relative));
            own.StatusCode.ShouldBe(HttpStatusCode.OK, $"{address} should work for the draft's own organisation, or this test proves nothing");
            var foreign = await refused.GetAsync(new Uri(address, UriKind.Relative));
            foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{address} asked by {who}");
            var text = await foreign.Content.ReadAsStringAsync();
            text.ShouldNotContain("Stockholm on-street charging", customMessage: address);
            text.ShouldNotContain("Stockholm street template", customMessage: address);
            checkedAddresses.Add(address);
        }

        // The draft pages and the downloads at least: if these vanish, the enumeration broke.
        checkedAddresses.ShouldContain($"/drafts/{_stockholmsDraft}");
        checkedAddresses.ShouldContain($"/export/drafts/{_stockholmsDraft}/tender-package.zip");
        checkedAddresses.ShouldContain($"/export/drafts/{_stockholmsDraft}/preview/technical-specifications.html");
        checkedAddresses.ShouldContain($"/export/drafts/{_stockholmsDraft}/history.csv");
        checkedAddresses.ShouldContain($"/export/drafts/{_stockholmsDraft}/tender-input.json");
        checkedAddresses.ShouldContain($"/export/drafts/{_stockholmsDraft}/sites.csv");
        checkedAddresses.ShouldContain($"/export/templates/{_stockholmsTemplate}/tender-input.json");
        checkedAddresses.ShouldContain($"/templates/{_stockholmsTemplate}");
        checkedAddresses.ShouldContain($"/drafts/{_stockholmsDraft}/history");
    }

    // The pages a signed-in user can open without naming anything: lists, home, help, administration.
    private IEnumerable<string> PagesWithoutParameters()
    {
        var pages = GetEndpoints()
            .Where(e => e.RoutePattern.Parameters.Count == 0 && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") != false)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => !IsStaticFile(p) && !p.StartsWith("/_blazor", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        pages.ShouldContain("/drafts");
        pages.ShouldContain("/templates");
        return pages;
    }

    private static bool IsApi(string pattern) => pattern.TrimStart('/').StartsWith("api/", StringComparison.Ordinal);

    // The API's reference page names a document, not a draft: it needs a signed-in person (checked below), nothing more.
    private static bool IsApiReference(string pattern) => pattern.TrimStart('/').StartsWith("developers/api", StringComparison.Ordinal);

    [Fact]
    public async Task Every_endpoint_but_sign_in_setup_health_and_static_files_needs_a_signed_in_user()
    {
        using var anonymous = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var unexpected = new List<string>();

        foreach (var endpoint in GetEndpoints())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                if (!s_anonymous.Contains(pattern) && !IsStaticFile(pattern))
                {
                    unexpected.Add(pattern);
                }

                continue;
            }

            if (IsStaticFile(pattern))
            {
                continue;
            }

            var address = endpoint.RoutePattern.Parameters.Count == 0 ? pattern : Fill(endpoint.RoutePattern.RawText!) ?? pattern;
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var request = new HttpRequestMessage(new HttpMethod(methods.Contains("GET") ? "GET" : methods[0]), new Uri(address!, UriKind.Relative));
            var response = await anonymous.SendAsync(request);
            var refused = response.StatusCode == HttpStatusCode.Unauthorized
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal));
            refused.ShouldBeTrue($"{request.Method} {address} answered {response.StatusCode} to someone not signed in");
        }

        unexpected.ShouldBeEmpty("these endpoints are open to anyone; mark them as needing sign-in or add them to the list on purpose");
    }

    [Fact]
    public async Task Every_drafts_service_method_given_another_organisations_draft_finds_nothing_and_changes_nothing()
    {
        await using var scope = await _app.Services.ScopeForAsync(_utrecht);
        var drafts = scope.ServiceProvider.GetRequiredService<DraftsService>();
        var checkedMethods = 0;
        foreach (var service in new object[] { drafts, scope.ServiceProvider.GetRequiredService<DraftHistory>(), scope.ServiceProvider.GetRequiredService<TenderBuilder.Application.Review.DraftReviews>() })
        {
            var methods = service.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(Guid)));
            foreach (var method in methods)
            {
                var arguments = method.GetParameters().Select(Argument).ToArray();
                await Should.ThrowAsync<DraftNotFoundException>(async () => await (Task)method.Invoke(service, arguments)!, $"{service.GetType().Name}.{method.Name}");
                checkedMethods++;
            }
        }

        checkedMethods.ShouldBeGreaterThanOrEqualTo(12);

        (await drafts.ListAsync()).Select(d => d.Title).ShouldBe(["Utrecht hubs"]);
        (await scope.ServiceProvider.GetRequiredService<DraftPackages>().GetAsync(_stockholmsDraft)).ShouldBeNull();

        await using var owner = await _app.Services.ScopeForAsync(_stockholm);
        var untouched = await owner.ServiceProvider.GetRequiredService<DraftsService>().OpenAsync(_stockholmsDraft);
        untouched.Title.ShouldBe("Stockholm on-street charging");
        untouched.Revision.ShouldBe(1);
    }

    [Fact]
    public async Task Every_templates_service_method_given_another_organisations_private_template_finds_nothing_and_changes_nothing()
    {
        await using var scope = await _app.Services.ScopeForAsync(_utrecht);
        var templates = scope.ServiceProvider.GetRequiredService<TemplatesService>();
        var checkedMethods = new List<string>();
        var methods = typeof(TemplatesService).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(Guid)));
        foreach (var method in methods)
        {
            // A method that names a template is given Stockholm's and the user's own draft, so the
            // template is the only thing it cannot find; one that names only a draft is given Stockholm's.
            var takesTemplate = method.GetParameters().Any(IsTemplateId);
            var arguments = method.GetParameters().Select(p => p.ParameterType != typeof(Guid) ? Argument(p)
                : IsTemplateId(p) ? _stockholmsTemplate
                : takesTemplate ? _utrechtsDraft
                : _stockholmsDraft).ToArray();
            Func<Task> call = async () => await (Task)method.Invoke(templates, arguments)!;
            if (takesTemplate)
            {
                await Should.ThrowAsync<TemplateNotFoundException>(call, $"TemplatesService.{method.Name}");
            }
            else
            {
                await Should.ThrowAsync<DraftNotFoundException>(call, $"TemplatesService.{method.Name}");
            }

            checkedMethods.Add(method.Name);
        }

        // The template's own methods at least: if these vanish, the enumeration broke.
        string[] expected =
        [
            nameof(TemplatesService.GetAsync), nameof(TemplatesService.FileAsync), nameof(TemplatesService.StartDraftAsync),
            nameof(TemplatesService.StartEditingAsync), nameof(TemplatesService.LockAsync), nameof(TemplatesService.UnlockAsync),
            nameof(TemplatesService.UpdateAsync), nameof(TemplatesService.PublishFromDraftAsync), nameof(TemplatesService.DeleteAsync),
            nameof(TemplatesService.CreateFromDraftAsync),
        ];
        expected.Except(checkedMethods).ShouldBeEmpty("these methods were not checked");

        (await templates.ListAsync()).ShouldBeEmpty();
        (await scope.ServiceProvider.GetRequiredService<DraftsService>().ListAsync()).Select(d => d.Title).ShouldBe(["Utrecht hubs"]);

        await using var owner = await _app.Services.ScopeForAsync(_stockholm);
        var untouched = await owner.ServiceProvider.GetRequiredService<TemplatesService>().GetAsync(_stockholmsTemplate);
        (untouched.Name, untouched.Sharing, untouched.Version, untouched.Revision).ShouldBe(("Stockholm street template", TemplateSharing.Private, 1, 1L));
        untouched.Locks.ShouldBeEmpty();
        untouched.Input.Tender.Title.ShouldBe("Stockholm on-street charging");
        (await owner.ServiceProvider.GetRequiredService<DraftsService>().ListAsync()).Select(d => d.Title).ShouldBe(["Stockholm on-street charging"]);
    }

    // Template ids are named id or templateId; a draft's is named draftId.
    private static bool IsTemplateId(ParameterInfo parameter) =>
        parameter.ParameterType == typeof(Guid) && !parameter.Name!.Contains("draft", StringComparison.OrdinalIgnoreCase);

    private object? Argument(ParameterInfo parameter) => parameter.ParameterType switch
    {
        var t when t == typeof(Guid) => _stockholmsDraft,
        var t when t == typeof(long) => 1L,
        var t when t == typeof(string) => "Taken over",
        var t when t == typeof(TenderInput) => new TenderInput { Tender = new TenderMetadata { Title = "Taken over" } },
        // Valid, so that a method refuses it for the template it names and not for the form.
        var t when t == typeof(TemplateForm) => new TemplateForm { Name = "Taken over", Sharing = TemplateSharing.AllOrganisations },
        var t when t == typeof(LockKind) => LockKind.Clause,
        var t when t == typeof(Func<string, string>) => new Func<string, string>(title => title),
        var t when t == typeof(CancellationToken) => CancellationToken.None,
        var t when t == typeof(TenderBuilder.Application.History.ChangeDescriber) =>
            new TenderBuilder.Application.History.ChangeDescriber(TenderBuilder.Core.Catalogues.CatalogueLoader.Default, Localization.InterfaceWords.For<TenderBuilder.Application.History.ChangeDescriber>()),
        _ => throw new InvalidOperationException(
            $"Teach this test a value for {parameter.ParameterType.Name} {parameter.Name} of {parameter.Member.DeclaringType!.Name}.{parameter.Member.Name}."),
    };

    private IEnumerable<RouteEndpoint> GetEndpoints() =>
        _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    // An address for a pattern, with the other organisation's draft wherever a draft goes; null for
    // the parts of the framework that take no draft (static files, the circuit's hub).
    private string? Fill(string pattern)
    {
        if (IsStaticFile("/" + pattern) || pattern.StartsWith("_blazor", StringComparison.Ordinal))
        {
            return null;
        }

        var address = "/" + pattern.TrimStart('/');
        foreach (var part in RouteParameters(address))
        {
            var name = part.Trim('{', '}').Split(':')[0].TrimEnd('?').TrimStart('*');
            var value = name.ToLowerInvariant() switch
            {
                // A template's pages and file are given the other organisation's private template.
                "id" when address.Contains("templates/", StringComparison.Ordinal) => _stockholmsTemplate.ToString(),
                "id" => _stockholmsDraft.ToString(),
                "step" => "review",
                "documentname" => "v1",
                "file" when address.Contains("/preview/", StringComparison.Ordinal) => "technical-specifications.html",
                "file" => "tender-package.zip",
                _ => throw new InvalidOperationException(
                    $"The endpoint {pattern} has a parameter {name} this test cannot fill: teach it, so the endpoint's isolation is checked."),
            };
            address = address.Replace(part, value, StringComparison.Ordinal);
        }

        return address;
    }

    private static IEnumerable<string> RouteParameters(string pattern) =>
        System.Text.RegularExpressions.Regex.Matches(pattern, "\\{[^}]+\\}").Select(m => m.Value).ToList();

    private static bool IsStaticFile(string pattern) =>
        pattern.Contains(":file}", StringComparison.Ordinal)
        || pattern.StartsWith("/_content/", StringComparison.Ordinal) || pattern.StartsWith("/_framework/", StringComparison.Ordinal)
        || (!pattern.Contains('{', StringComparison.Ordinal) && System.IO.Path.HasExtension(pattern.Split('/')[^1]));
}

public sealed class SqliteIsolationTests : IsolationContract
{
    protected override Task<TenderBuilderAppFactory> CreateAppAsync() => Task.FromResult(new TenderBuilderAppFactory());
}

public sealed class PostgresIsolationTests(PostgresServer server) : IsolationContract, IClassFixture<PostgresServer>
{
    protected override async Task<TenderBuilderAppFactory> CreateAppAsync() =>
        new() { DatabaseProvider = "Postgres", DatabaseConnectionString = await server.CreateDatabaseAsync() };
}
