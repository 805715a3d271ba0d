using Microsoft.Playwright;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// A prerendered page reacts only once the circuit has taken over: until then its controls say so,
/// rather than losing the officer's clicks and key presses.
/// </summary>
[Collection(WizardCollection.Name)]
public sealed class InteractivityTests(BrowserSession session)
{
    [Fact]
    public async Task On_a_slow_start_the_page_says_it_is_loading_and_holds_its_controls_back_until_the_circuit_takes_over()
    {
        var page = await session.NewPageAsync();
        await using var context = page.Context;
        // Hold the circuit's start (its negotiation and first requests) until the test lets it go.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/_blazor/**", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });

        await page.GotoAsync("drafts");

        var loading = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Loading…" });
        await Assertions.Expect(loading).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".tb-root")).ToHaveAttributeAsync("data-interactive", "false");
        var newDraft = page.Locator("#tb-new-draft");
        (await PointerEventsAsync(page, "#tb-new-draft")).ShouldBe("none");
        (await page.EvaluateAsync<bool>("() => document.querySelector('main').inert")).ShouldBeTrue("keys cannot reach main's controls either");
        // Navigation works without the circuit: its links stay as they are.
        (await PointerEventsAsync(page, "#tb-navigation a[href]")).ShouldBe("auto");
        await page.ScreenshotAsync("drafts-loading");

        release.SetResult();

        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(loading).ToHaveCountAsync(0);
        (await PointerEventsAsync(page, "#tb-new-draft")).ShouldBe("auto");
        (await page.EvaluateAsync<bool>("() => document.querySelector('main').inert")).ShouldBeFalse();
        await newDraft.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("New draft");
    }

    [Fact]
    public async Task The_sign_in_page_which_never_gets_a_circuit_shows_no_loading_line_and_takes_input_at_once()
    {
        var page = await session.NewAnonymousPageAsync();
        await using var context = page.Context;

        await page.GotoAsync("account/login");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await Assertions.Expect(page.GetByText("Loading…")).ToHaveCountAsync(0);
        (await PointerEventsAsync(page, "button[type=submit]")).ShouldBe("auto");
    }

    private static Task<string> PointerEventsAsync(IPage page, string selector) =>
        page.EvaluateAsync<string>($"() => getComputedStyle(document.querySelector({System.Text.Json.JsonSerializer.Serialize(selector)})).pointerEvents");
}
