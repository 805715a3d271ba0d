using Microsoft.Playwright;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// A term of art in a question's help opens its definition with the keyboard alone, in place and
/// without accessibility violations; the help page lists the whole glossary with an anchor per term.
/// </summary>
[Collection(WizardCollection.Name)]
public sealed class GlossaryTermTests(BrowserSession session)
{
    private const string DsoTerm = "[data-question='grid.dso_coordination'] p.tb-help button.tb-term-button[data-term='DSO']";

    [Fact]
    public async Task A_term_in_a_help_text_opens_its_definition_by_keyboard_and_the_help_page_lists_the_glossary()
    {
        var draft = await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), "Utrecht-like concession");
        var page = await session.NewPageAsync();
        await using var context = page.Context;
        await page.OpenStepAsync(draft, "grid");

        // From the step's heading, Tab reaches the term as it reaches any button.
        await page.Locator("h1").FocusAsync();
        await TabUntilFocusedAsync(page, DsoTerm, "the DSO term in the grid-coordination help");
        var term = page.Locator(DsoTerm);
        await Assertions.Expect(term).ToHaveAttributeAsync("aria-expanded", "false");
        var definition = page.Locator($"#{await term.GetAttributeAsync("aria-controls")}");
        await Assertions.Expect(definition).ToBeHiddenAsync();

        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(term).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(definition).ToBeVisibleAsync();
        await Assertions.Expect(definition).ToContainTextAsync("distribution system operator");
        await Assertions.Expect(term).ToBeFocusedAsync();
        await page.WaitForAnimationsAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.Question("grid.dso_coordination").ScreenshotAsync("glossary-term-open");

        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(definition).ToBeHiddenAsync();

        await page.GotoAsync("/help#term-dso");
        await Assertions.Expect(page.Locator("h2#glossary")).ToHaveTextAsync("Glossary");
        await Assertions.Expect(page.Locator("dl.tb-glossary dt#term-dso")).ToContainTextAsync("DSO (distribution system operator, grid operator)");
        (await page.Locator("dl.tb-glossary dt").CountAsync()).ShouldBeGreaterThan(40);
        await Assertions.Expect(page.Locator("dl.tb-glossary dt#term-smart-charging + dd")).ToContainTextAsync("AFIR, Art. 2(65)");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("help-glossary");
    }

    private static async Task TabUntilFocusedAsync(IPage page, string selector, string target, int limit = 150)
    {
        for (var presses = 1; presses <= limit; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }
        }

        throw new ShouldAssertException($"{page.Url}: {target} was not reached with {limit} presses of Tab.");
    }
}
