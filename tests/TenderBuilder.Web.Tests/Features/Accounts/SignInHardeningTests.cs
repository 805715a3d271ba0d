using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Testing;
using TenderBuilder.Web.Features.Accounts;
using TenderBuilder.Application.Accounts;

namespace TenderBuilder.Web.Tests.Features.Accounts;

/// <summary>
/// What a stranger can do to the sign-in over HTTP: post forms from another site, tell accounts
/// apart by their answers, guess quickly, or pretend to come over HTTPS.
/// </summary>
public sealed class SignInHardeningTests(TenderBuilderAppFactory app) : IClassFixture<TenderBuilderAppFactory>
{
    [Fact]
    public async Task Signing_out_without_the_forms_token_is_refused_and_the_officer_stays_signed_in()
    {
        var account = await app.Services.CreateAccountAsync("Utrecht", "Author");
        using var client = await app.CreateSignedInClientAsync(account);

        var withoutToken = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), new FormUrlEncodedContent([]));
        var withWrongToken = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = "CfDJ8-not-a-token",
        }));

        foreach (var refused in new[] { withoutToken, withWrongToken })
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("The form expired or did not come from this site; go back, reload and try again.");
        }

        (await client.GetAsync(new Uri("/drafts", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK, "still signed in");
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/external")]
    [InlineData("/setup")]
    public async Task A_form_posted_without_its_token_gets_a_page_saying_to_reload_not_an_empty_error(string address)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsync(new Uri(address, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = "someone@utrecht.test",
            ["Input.Password"] = "whatever it is",
            ["returnUrl"] = "/drafts",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("<h1>This form cannot be sent</h1>");
        page.ShouldContain("The form expired or did not come from this site; go back, reload and try again.");
        response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem().ShouldContain("default-src 'self'");
    }

    [Fact]
    public async Task A_locked_account_and_an_unknown_address_get_the_same_answer_as_a_wrong_password()
    {
        var account = await app.Services.CreateAccountAsync("Utrecht", "Author");
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var wrongPassword = await AnswerAsync(await client.SignInAsync(account.Email, "wrong password 1"));
        for (var attempt = 2; attempt <= AccountsHosting.MaxFailedAccessAttempts; attempt++)
        {
            await client.SignInAsync(account.Email, $"wrong password {attempt}");
        }

        var lockedWithTheRightPassword = await AnswerAsync(await client.SignInAsync(account.Email, account.Password));
        var unknown = await AnswerAsync(await client.SignInAsync($"nobody-{Guid.NewGuid():N}@utrecht.test", account.Password));

        wrongPassword.ShouldBe((HttpStatusCode.OK, "The e-mail address or the password is not right."));
        lockedWithTheRightPassword.ShouldBe(wrongPassword);
        unknown.ShouldBe(wrongPassword);
    }

    [Fact]
    public async Task With_the_default_limits_a_client_posting_too_often_gets_429_with_a_page_and_when_to_retry()
    {
        await using var limited = new TenderBuilderAppFactory { UseDefaultSignInRateLimits = true };
        using var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));

        // Ten addresses, so the per-address limit is not what answers.
        for (var attempt = 1; attempt <= 10; attempt++)
        {
            var allowed = await client.PostAsync(new Uri("/account/login", UriKind.Relative),
                TestAccounts.SignInForm(form, $"guess-{attempt}@utrecht.test", "a guessed password"));
            allowed.StatusCode.ShouldBe(HttpStatusCode.OK, $"attempt {attempt}");
        }

        var refused = await client.PostAsync(new Uri("/account/login", UriKind.Relative),
            TestAccounts.SignInForm(form, "guess-11@utrecht.test", "a guessed password"));

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var retryAfter = refused.Headers.RetryAfter!.Delta!.Value;
        retryAfter.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        var page = await refused.Content.ReadAsStringAsync();
        page.ShouldContain("<h1>Too many sign-in attempts</h1>");
        page.ShouldContain("Wait 1 minute and try again.");
        (await client.GetAsync(new Uri("/account/login", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK, "reading the page is no attempt");
    }

    [Fact]
    public async Task With_the_default_limits_a_sixth_attempt_for_one_address_gets_429_whether_or_not_it_has_an_account()
    {
        // Requests come through a proxy on the same machine (trusted by default), each naming another
        // client, as a spread-out attack would come: only the address's limit can answer.
        await using var limited = new TenderBuilderAppFactory { UseDefaultSignInRateLimits = true, ClientAddress = IPAddress.Loopback };
        var account = await limited.Services.CreateAccountAsync("Utrecht", "Author");
        var unknown = $"nobody-{Guid.NewGuid():N}@utrecht.test";
        var answers = new Dictionary<string, (HttpStatusCode, bool, string)>();
        var client = 0;
        foreach (var email in new[] { account.Email, unknown })
        {
            HttpResponseMessage? response = null;
            for (var attempt = 1; attempt <= 6; attempt++)
            {
                using var http = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
                http.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{++client}");
                response = await http.SignInAsync(email, attempt == 6 ? account.Password : $"wrong password {attempt}");
                if (attempt < 6)
                {
                    response.StatusCode.ShouldBe(HttpStatusCode.OK, $"attempt {attempt} for {email}");
                }
            }

            var (status, alert) = await AnswerAsync(response!);
            answers[email] = (status, response!.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(14), alert);
            (await response.Content.ReadAsStringAsync()).ShouldContain("<h1>Sign in</h1>", customMessage: "the form stays, to try again later");
        }

        answers[account.Email].ShouldBe((HttpStatusCode.TooManyRequests, true,
            "There have been too many attempts to sign in from here or with this e-mail address. Wait 15 minutes and try again. "
            + "Forgotten your password? Ask an administrator to set a new one."));
        answers[unknown].ShouldBe(answers[account.Email]);
    }

    [Theory]
    [InlineData("10.0.0.5", "10.0.0.5", true)]
    [InlineData("10.0.0.5", null, false)]
    [InlineData("127.0.0.1", "10.0.0.5", false)]
    public async Task Behind_a_configured_proxy_https_marks_the_cookie_secure_and_sends_hsts_and_from_anyone_else_it_is_ignored(
        string from, string? namedProxy, bool knownProxy)
    {
        // The last case: once a proxy is named, a process on the app's own machine is believed no more.
        await using var proxied = new TenderBuilderAppFactory
        {
            ClientAddress = IPAddress.Parse(from),
            Settings = namedProxy is not null ? new Dictionary<string, string> { ["ReverseProxy:KnownProxies:0"] = namedProxy } : new Dictionary<string, string>(),
        };
        var account = await proxied.Services.CreateAccountAsync("Utrecht", "Author");
        using var client = proxied.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            // HSTS is never sent to localhost; a real host name, over plain HTTP to the app as a proxy would.
            BaseAddress = new Uri("http://tenders.example.org"),
        });
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");

        var signedIn = await client.SignInAsync(account.Email, account.Password);

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("TenderBuilder.SignIn=", StringComparison.Ordinal));
        cookie.Contains("secure", StringComparison.OrdinalIgnoreCase).ShouldBe(knownProxy, cookie);
        cookie.ShouldContain("httponly", Case.Insensitive);
        signedIn.Headers.Contains("Strict-Transport-Security").ShouldBe(knownProxy);
        if (knownProxy)
        {
            signedIn.Headers.GetValues("Strict-Transport-Security").ShouldHaveSingleItem().ShouldStartWith("max-age=");
        }
    }

    [Fact]
    public void Every_form_that_signs_someone_in_is_rate_limited_and_sign_out_checks_its_token()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        RouteEndpoint Endpoint(string pattern, string method) => endpoints.Single(e =>
            "/" + e.RoutePattern.RawText!.TrimStart('/') == pattern
            && (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains(method) ?? true));

        foreach (var (pattern, method) in new[] { ("/account/login", "POST"), ("/setup", "POST"), ("/account/external", "POST") })
        {
            Endpoint(pattern, method).Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName.ShouldBe(SignInRateLimiting.Policy, pattern);
        }

        Endpoint("/account/logout", "POST").Metadata.GetMetadata<IAntiforgeryMetadata>()!.RequiresValidation.ShouldBeTrue();
    }

    [Theory]
    [InlineData("PerClient", "PermitLimit", "0")]
    [InlineData("PerAddress", "Window", "00:00:00")]
    public void A_limit_that_would_refuse_everyone_stops_the_app_with_the_setting_named(string limit, string key, string value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"SignIn:RateLimit:{limit}:{key}"] = value })
            .Build();

        Should.Throw<InvalidOperationException>(() => new ServiceCollection().AddSignInRateLimits(configuration))
            .Message.ShouldStartWith($"SignIn:RateLimit:{limit} needs a PermitLimit of at least 1 and a positive Window");
    }

    private static async Task<(HttpStatusCode, string)> AnswerAsync(HttpResponseMessage response)
    {
        var page = await response.Content.ReadAsStringAsync();
        var alert = System.Text.RegularExpressions.Regex.Match(page, "role=\"alert\"[^>]*>([^<]*)<");
        return (response.StatusCode, System.Net.WebUtility.HtmlDecode(alert.Groups[1].Value));
    }
}
