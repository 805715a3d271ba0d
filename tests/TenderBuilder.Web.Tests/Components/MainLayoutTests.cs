using Bunit;
using Microsoft.AspNetCore.Components;
using TenderBuilder.Web.Components.Layout;

namespace TenderBuilder.Web.Tests.Components;

public sealed class MainLayoutTests
{
    [Fact]
    public async Task The_app_bar_names_the_product_and_the_drawer_links_home_and_help()
    {
        await using var context = MudTestContext.Create(LayoutServices);

        var layout = RenderLayout(context);

        layout.Find("header").TextContent.ShouldContain("TenderBuilder");
        var links = layout.FindAll("#tb-navigation a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        links.ShouldBe([("Home", ""), ("Drafts", "drafts"), ("Templates", "templates"), ("Clause catalogue", "catalogue"), ("Help", "help")]);
        layout.Find("main#main-content").TextContent.ShouldContain("page body");
    }

    [Fact]
    public async Task An_administrator_also_finds_users_organisations_their_buyer_profile_api_keys_and_deleted_drafts_and_everyone_can_sign_out()
    {
        await using var context = MudTestContext.Create(LayoutServices, roles: ["Administrator", "Author"]);

        var layout = RenderLayout(context);

        var links = layout.FindAll("#tb-navigation a").Select(a => a.TextContent.Trim()).ToList();
        links.ShouldBe(["Home", "Drafts", "Templates", "Clause catalogue", "Users", "Organisations", "Buyer profile", "API keys", "Deleted drafts", "Help"]);
        var signOut = layout.Find("form.tb-sign-out");
        signOut.GetAttribute("method").ShouldBe("post");
        signOut.GetAttribute("action").ShouldBe("account/logout");
        signOut.QuerySelector("button[type=submit]")!.TextContent.ShouldContain("Sign out");
    }

    [Fact]
    public async Task An_administrator_who_is_neither_author_nor_reviewer_is_not_offered_drafts_or_templates()
    {
        await using var context = MudTestContext.Create(LayoutServices, roles: ["Administrator"]);

        var layout = RenderLayout(context);

        var links = layout.FindAll("#tb-navigation a").Select(a => a.TextContent.Trim()).ToList();
        links.ShouldBe(["Home", "Clause catalogue", "Users", "Organisations", "Buyer profile", "API keys", "Deleted drafts", "Help"]);
    }

    [Fact]
    public async Task The_theme_button_switches_to_dark_and_back_and_says_what_it_will_do()
    {
        await using var context = MudTestContext.Create(LayoutServices);
        var layout = RenderLayout(context);

        layout.Find("button[aria-label='Switch to dark theme']").Click();
        layout.FindAll("button[aria-label='Switch to light theme']").Count.ShouldBe(1);

        layout.Find("button[aria-label='Switch to light theme']").Click();
        layout.FindAll("button[aria-label='Switch to dark theme']").Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_menu_button_closes_and_reopens_the_navigation_and_announces_its_state()
    {
        await using var context = MudTestContext.Create(LayoutServices);
        var layout = RenderLayout(context);
        // The responsive drawer starts open on wide screens and closed on narrow ones.
        var openAtStart = layout.Find("button[aria-controls='tb-navigation']").GetAttribute("aria-expanded") == "true";

        layout.Find("button[aria-controls='tb-navigation']").Click();
        AssertMenuButton(layout, open: !openAtStart);

        layout.Find("button[aria-controls='tb-navigation']").Click();
        AssertMenuButton(layout, open: openAtStart);
    }

    [Fact]
    public async Task Keyboard_users_can_skip_to_the_main_content()
    {
        await using var context = MudTestContext.Create(LayoutServices);
        var layout = RenderLayout(context);

        var skip = layout.Find("a.tb-skip-link");
        skip.GetAttribute("href").ShouldBe("#main-content");
        layout.Find("#main-content").GetAttribute("tabindex").ShouldBe("-1");
    }


    private static void AssertMenuButton(IRenderedComponent<MainLayout> layout, bool open)
    {
        var menu = layout.Find("button[aria-controls='tb-navigation']");
        menu.GetAttribute("aria-expanded").ShouldBe(open ? "true" : "false");
        menu.GetAttribute("aria-label").ShouldBe(open ? "Close navigation" : "Open navigation");
        layout.Find("#tb-navigation").ClassList.ShouldContain(open ? "mud-drawer--open" : "mud-drawer--closed");
    }

    private static IRenderedComponent<MainLayout> RenderLayout(BunitContext context) =>
        context.Render<MainLayout>(parameters => parameters.Add(
            layout => layout.Body, (RenderFragment)(body => body.AddContent(0, "page body"))));

    [Fact]
    public async Task The_language_menu_offers_each_language_in_its_own_name_and_marks_the_current_one()
    {
        await using var context = MudTestContext.Create(LayoutServices);
        var layout = context.Render<MainLayout>();

        layout.Find(".tb-language-menu button").Click();

        var items = layout.WaitForElements("[data-language]", TimeSpan.FromSeconds(5));
        Assert.Equal(["English", "Nederlands", "Svenska", "Deutsch"], items.Select(i => i.TextContent.Trim()));
        Assert.Equal(["en-GB", "nl-NL", "sv-SE", "de-DE"], items.Select(i => i.GetAttribute("lang")));
        var button = layout.Find(".tb-language-menu button");
        Assert.Equal("English", button.TextContent.Trim());
        Assert.Equal("Interface language: English", button.GetAttribute("aria-label"));
    }

    // What the layout needs beyond MudBlazor: the language menu saves the choice with the account.
    private static void LayoutServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
    {
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddScoped<TenderBuilder.Web.Hosting.SignedInUser>(services, _ => new TenderBuilder.Web.Hosting.SignedInUser());
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddScoped<TenderBuilder.Application.Accounts.UserAccounts>(services);
    }
}
