using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// An officer who cannot or does not use a mouse: every step below is a key press (Tab,
/// Shift+Tab, Enter, Space, arrows, letters), never a click, and after every Tab the focus must
/// be on something that shows it has the focus.
/// </summary>
[Collection(WizardCollection.Name)]
public sealed partial class WizardKeyboardTests(BrowserSession session)
{
    // Where the focus is, and whether a sighted keyboard user can see it: a ring (outline or
    // shadow) on the focused element, on the icon MudBlazor draws for its hidden radio and
    // checkbox inputs, or the thicker border of a MudBlazor text field. Null when all is well.
    private const string FocusProblem = """
        () => {
            const el = document.activeElement;
            if (!el || el === document.body || el === document.documentElement) {
                return 'the focus fell back to the page itself';
            }
            const describe = e => e.outerHTML.slice(0, 200);
            const shown = getComputedStyle(el).opacity === '0' ? el.parentElement : el;
            const box = shown.getBoundingClientRect();
            if (box.width < 1 || box.height < 1) {
                return 'the focused element takes no room on the page: ' + describe(el);
            }
            const ringed = e => {
                const s = getComputedStyle(e);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) || s.boxShadow !== 'none';
            };
            if (ringed(shown)) {
                return null;
            }
            const border = el.closest('.mud-input')?.querySelector('.mud-input-outlined-border');
            if (border && parseFloat(getComputedStyle(border).borderTopWidth) >= 2) {
                return null;
            }
            return 'nothing shows where the focus is: ' + describe(el);
        }
        """;

    [Fact]
    public async Task An_officer_using_only_the_keyboard_creates_a_draft_answers_questions_and_moves_to_the_next_step()
    {
        var page = await session.NewPageAsync();
        await using var context = page.Context;
        await page.GotoAsync("/");
        await page.WaitUntilInteractiveAsync();
        await HeadingShouldHaveFocusAsync(page);

        // The navigation comes before the page's heading: go back to it.
        await PressUntilFocusedAsync(page, "Shift+Tab", "el => el.closest('#tb-navigation') && el.textContent.trim() === 'Drafts'", "the Drafts link");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Drafts");
        await HeadingShouldHaveFocusAsync(page);

        await PressUntilFocusedAsync(page, "Tab", "el => el.tagName === 'BUTTON' && el.textContent.trim() === 'New draft'", "the New draft button");
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.Locator("#draft-title-input")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Keyboard-only charging tender");
        // The button enables once the typed title reached the server; Enter then submits it.
        await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Create" })).ToBeEnabledAsync();
        await page.Keyboard.PressAsync("Enter");

        // Blazor changes the address without loading a page: poll it rather than wait for a navigation.
        await Assertions.Expect(page).ToHaveURLAsync(DraftAddress());
        await page.ShouldBeOnStepAsync("tender");
        await HeadingShouldHaveFocusAsync(page);
        var draft = page.DraftId();
        await Assertions.Expect(page.Field("tender.title")).ToHaveValueAsync("Keyboard-only charging tender");

        // A text field: type into it.
        await PressUntilFocusedAsync(page, "Tab", InQuestion("tender.reference", "input"), "the reference field");
        await page.Keyboard.TypeAsync("KB-2027-01");

        // A list box: a letter picks the first country starting with it, as in any native list box.
        await PressUntilFocusedAsync(page, "Tab", InQuestion("tender.country", "select"), "the country list box");
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(page.Field("tender.country")).ToHaveValueAsync("NL");

        // A radio choice: an arrow key moves to the next option and chooses it.
        await PressUntilFocusedAsync(page, "Tab", InQuestion("tender.authority_type", "input[type=radio]"), "the kind of authority");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.Option("tender.authority_type", "Region, province or county")).ToBeCheckedAsync();
        await Assertions.Expect(page.Option("tender.authority_type", "Region, province or county")).ToBeFocusedAsync();

        // A yes/no question: Space chooses the focused option.
        await PressUntilFocusedAsync(page, "Tab", InQuestion("tender.joint_procurement", "input[type=radio]"), "the joint procurement question");
        await Assertions.Expect(page.Option("tender.joint_procurement", "Yes")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Option("tender.joint_procurement", "Yes")).ToBeCheckedAsync();

        // A number field.
        await PressUntilFocusedAsync(page, "Tab", InQuestion("tender.estimated_value", "input"), "the estimated value");
        await page.Keyboard.TypeAsync("250000");

        // On to the next step with its "Next" link.
        await PressUntilFocusedAsync(page, "Tab", "el => el.matches('a.tb-next')", "the Next link", limit: 120);
        await Assertions.Expect(page.Locator("a.tb-next")).ToContainTextAsync("Next: Business and contract model");
        await page.Keyboard.PressAsync("Enter");
        await page.ShouldBeOnStepAsync("model");
        await HeadingShouldHaveFocusAsync(page);

        // "Why we ask" opens with Enter.
        await PressUntilFocusedAsync(page, "Tab", "el => el.matches('details.tb-why > summary')", "a Why we ask");
        var question = await page.EvaluateAsync<string>("document.activeElement.closest('.tb-question').dataset.question");
        await page.Keyboard.PressAsync("Enter");
        var why = page.Question(question).Locator("details.tb-why");
        await Assertions.Expect(why).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(why.Locator("p").First).ToBeVisibleAsync();

        // Everything typed and chosen was stored.
        await page.ShouldShowSavedAsync();
        await session.StoredDraftShouldSatisfyAsync(draft, input =>
            input.Tender.Reference == "KB-2027-01"
            && input.Tender.Authority.Country == "NL"
            && input.Answer("tender.authority_type")?.GetString() == "region"
            && input.Answer("tender.joint_procurement")?.GetBoolean() == true
            && input.Answer("tender.estimated_value")?.GetDecimal() == 250000m,
            "the keyboard answers were stored");

        await page.ReloadAsync();
        await page.WaitUntilInteractiveAsync();
        await page.ShouldBeOnStepAsync("model");

        await page.OpenStepAsync(draft, "tender");
        await Assertions.Expect(page.Field("tender.title")).ToHaveValueAsync("Keyboard-only charging tender");
        await Assertions.Expect(page.Field("tender.reference")).ToHaveValueAsync("KB-2027-01");
        await Assertions.Expect(page.Field("tender.country")).ToHaveValueAsync("NL");
        await Assertions.Expect(page.Option("tender.authority_type", "Region, province or county")).ToBeCheckedAsync();
        await Assertions.Expect(page.Option("tender.joint_procurement", "Yes")).ToBeCheckedAsync();
        await Assertions.Expect(page.Field("tender.estimated_value")).ToHaveValueAsync("250000");
    }

    [Fact]
    public async Task Keyboard_focus_is_visible_on_every_control_of_a_question_step()
    {
        var draft = await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), "Utrecht-like concession");
        var page = await session.NewPageAsync();
        await using var context = page.Context;
        await page.OpenStepAsync(draft, "grid");
        await HeadingShouldHaveFocusAsync(page);

        // Backwards through the step list, then forwards through every question to the requirements panel.
        await PressUntilFocusedAsync(page, "Shift+Tab", "el => el.matches('nav[aria-label=\"Wizard steps\"] a[data-step=\"tender\"]')", "the first step link");
        await PressUntilFocusedAsync(page, "Tab", "el => el.closest('[data-testid=requirements-panel]')", "the requirements panel", limit: 150);
    }

    private static string InQuestion(string question, string selector) =>
        $"el => el.closest(\"[data-question='{question}']\") && el.matches(\"{selector}\")";

    private static Task HeadingShouldHaveFocusAsync(IPage page) =>
        page.WaitUntilAsync("document.activeElement && document.activeElement.tagName === 'H1'");

    /// <summary>Presses a key until the focus is where the predicate says, checking after every press that the focus shows.</summary>
    private static async Task PressUntilFocusedAsync(IPage page, string key, string predicate, string target, int limit = 60)
    {
        for (var presses = 1; presses <= limit; presses++)
        {
            await page.Keyboard.PressAsync(key);
            var problem = await page.EvaluateAsync<string?>(FocusProblem);
            problem.ShouldBeNull($"{page.Url}: after pressing {key} {presses} time(s) on the way to {target}");
            if (await page.EvaluateAsync<bool>($"!!({predicate})(document.activeElement)"))
            {
                return;
            }
        }

        throw new ShouldAssertException($"{page.Url}: {target} was not reached with {limit} presses of {key}.");
    }

    [GeneratedRegex("/drafts/[0-9a-f-]{36}$")]
    private static partial Regex DraftAddress();
}
