using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Testing;

namespace TenderBuilder.Web.Tests.Localization;

/// <summary>
/// Which language a page is in, over HTTP against the real app: the person's saved choice, else
/// the browser's, else English; signed-out pages follow the browser; the page says its language.
/// </summary>
public sealed class InterfaceLanguageTests(TenderBuilderAppFactory app) : IClassFixture<TenderBuilderAppFactory>
{
    [Theory]
    [InlineData("nl-NL,nl;q=0.9,en;q=0.5", "nl-NL", "Concepten")]
    [InlineData("sv", "sv-SE", "Utkast")]
    [InlineData("de-AT,de;q=0.8", "de-DE", "Entwürfe")]
    [InlineData("fr-FR,fr;q=0.9", "en-GB", "Drafts")]
    [InlineData("en-US", "en-US", "Drafts")]
    public async Task Without_a_saved_choice_the_browser_language_decides(string acceptLanguage, string expected, string drafts)
    {
        var account = await app.Services.CreateAccountAsync("Utrecht", "Author");
        using var client = await app.CreateSignedInClientAsync(account);

        var page = await GetAsync(client, "/drafts", acceptLanguage);

        page.ShouldContain($"<html lang=\"{expected}\">");
        page.ShouldContain($">{drafts}</");
    }

    [Fact]
    public async Task A_saved_choice_beats_the_browser_once_the_person_has_chosen()
    {
        var account = await app.Services.CreateAccountAsync("Utrecht", "Author");
        using var client = await app.CreateSignedInClientAsync(account);
        (await GetAsync(client, "/drafts", "de-DE")).ShouldContain("<html lang=\"de-DE\">");

        (await app.Services.GetRequiredService<UserAccounts>().SetInterfaceLanguageAsync(account.UserId, "sv-SE")).Succeeded.ShouldBeTrue();
        var refresh = await client.GetAsync(new Uri("/account/language?returnUrl=%2Fdrafts%2Fsome%2Fstep", UriKind.Relative));

        refresh.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refresh.Headers.Location!.OriginalString.ShouldBe("/drafts/some/step");
        var page = await GetAsync(client, "/drafts", "de-DE");
        page.ShouldContain("<html lang=\"sv-SE\">");
        page.ShouldContain(">Utkast</");
    }

    [Fact]
    public async Task The_choice_is_kept_with_the_account_for_the_next_sign_in()
    {
        var account = await app.Services.CreateAccountAsync("Utrecht", "Author");
        (await app.Services.GetRequiredService<UserAccounts>().SetInterfaceLanguageAsync(account.UserId, "nl-NL")).Succeeded.ShouldBeTrue();

        using var client = await app.CreateSignedInClientAsync(account);

        (await GetAsync(client, "/drafts", "en-GB")).ShouldContain("<html lang=\"nl-NL\">");
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task Coming_back_after_a_change_never_leaves_the_site(string returnUrl)
    {
        var account = await app.Services.CreateAccountAsync("Utrecht", "Author");
        using var client = await app.CreateSignedInClientAsync(account);

        var refresh = await client.GetAsync(new Uri("/account/language?returnUrl=" + Uri.EscapeDataString(returnUrl), UriKind.Relative));

        refresh.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refresh.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task The_sign_in_page_follows_the_browser()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await GetAsync(client, "/account/login", "sv-SE,sv;q=0.9");

        page.ShouldContain("<html lang=\"sv-SE\">");
    }

    private static async Task<string> GetAsync(HttpClient client, string path, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        using var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return await response.Content.ReadAsStringAsync();
    }
}

/// <summary>The pseudo-language, offered only when switched on, marks every interface word.</summary>
public sealed class PseudoLanguageTests : IAsyncLifetime
{
    private readonly TenderBuilderAppFactory _app = new() { Settings = new Dictionary<string, string> { [TenderBuilder.Web.Hosting.InterfaceLanguages.PseudoSetting] = "true" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_browser_asking_for_it_gets_every_interface_word_marked()
    {
        var account = await _app.Services.CreateAccountAsync("Utrecht", "Author");
        using var client = await _app.CreateSignedInClientAsync(account);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/drafts", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Language", Core.Catalogues.Translations.PseudoText.Language);

        using var response = await client.SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();

        page.ShouldContain($"<html lang=\"{Core.Catalogues.Translations.PseudoText.Language}\">");
        page.ShouldContain($">{Core.Catalogues.Translations.PseudoText.Mark("Clause catalogue")}</");
        page.ShouldNotContain(">Clause catalogue</");
    }
}
