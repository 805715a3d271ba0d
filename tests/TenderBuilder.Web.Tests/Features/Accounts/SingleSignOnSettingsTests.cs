using TenderBuilder.Testing;
using TenderBuilder.Web.Features.Accounts;

namespace TenderBuilder.Web.Tests.Features.Accounts;

/// <summary>
/// A single sign-on provider configured so that every sign-in would fail stops the app at start-up
/// with one line naming the setting, instead of answering every request with a server error.
/// </summary>
public sealed class SingleSignOnSettingsTests
{
    [Theory]
    [InlineData("http://login.example/", true, "is a plain http:// address (http://login.example/); use the provider's https:// address")]
    [InlineData("login.example", true, "must be the provider's https:// address; it is \"login.example\"")]
    [InlineData("ftp://login.example/", false, "must be the provider's https:// address")]
    public void A_provider_address_every_sign_in_would_fail_on_is_named(string authority, bool requireHttps, string expected)
    {
        var options = new OpenIdConnectSignInOptions { Authority = authority, ClientId = "tenderbuilder", RequireHttpsMetadata = requireHttps };

        options.Problem().ShouldNotBeNull().ShouldContain(expected);
    }

    [Theory]
    [InlineData("https://login.example/realms/city", true)]
    [InlineData("http://localhost:8080/", false)]
    public void A_usable_provider_address_or_no_provider_is_no_problem(string authority, bool requireHttps)
    {
        new OpenIdConnectSignInOptions { Authority = authority, ClientId = "tenderbuilder", RequireHttpsMetadata = requireHttps }.Problem().ShouldBeNull();
        new OpenIdConnectSignInOptions { Authority = authority }.Problem().ShouldBeNull();
    }

    // The entry point reports the problem on the console (before logging exists) and exits with 1,
    // so the test host sees an entry point that never built a host.
    [Fact]
    public async Task The_app_does_not_start_with_a_plain_http_provider()
    {
        await using var app = new TenderBuilderAppFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["Authentication:OpenIdConnect:Authority"] = "http://login.example/",
                ["Authentication:OpenIdConnect:ClientId"] = "tenderbuilder",
            },
        };

        var failure = Should.Throw<InvalidOperationException>(() => app.CreateClient());

        failure.Message.ShouldContain("exited without ever building");
    }
}
