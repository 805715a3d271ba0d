using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// The wizard tests share one app and one browser and run one after another: several app
/// instances and browsers at once on a two-core machine make timings, not the product, fail.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WizardCollection : ICollectionFixture<BrowserSession>
{
    public const string Name = "Wizard";
}

/// <summary>How the wizard tests find their way around a draft's pages.</summary>
internal static partial class WizardPages
{
    /// <summary>Every step's slug in wizard order: one per questionnaire section, then review and export.</summary>
    public static IReadOnlyList<string> Steps { get; } =
        [.. CatalogueLoader.Default.Questionnaire.Sections.Select(s => s.Id), "review", "export"];

    /// <summary>Opens a step of a draft and waits until the circuit runs it.</summary>
    public static async Task OpenStepAsync(this IPage page, Guid draft, string step)
    {
        await page.GotoAsync($"drafts/{draft}/{step}");
        await page.WaitUntilInteractiveAsync();
        await page.ShouldBeOnStepAsync(step);
    }

    /// <summary>
    /// Waits until the step list marks this step as the current one and the wizard has moved the
    /// focus to the step's heading. The focus moves just after the step shows: a field filled
    /// before that would lose the focus, and the typed text with it, to the heading.
    /// </summary>
    public static async Task ShouldBeOnStepAsync(this IPage page, string step)
    {
        await Assertions.Expect(page.Locator("nav.tb-steps a[aria-current='step']")).ToHaveAttributeAsync("data-step", step);
        await Assertions.Expect(page.Locator("p.tb-save-status")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("h1")).ToBeFocusedAsync();
    }

    public static ILocator Question(this IPage page, string id) => page.Locator($"div.tb-question[data-question='{id}']");

    /// <summary>A radio button of a yes/no or short single-choice question, by its visible label.</summary>
    public static ILocator Option(this IPage page, string question, string label) =>
        page.Question(question).GetByRole(AriaRole.Radio, new() { Name = label, Exact = true });

    /// <summary>The text, number, date or list box of a question.</summary>
    public static ILocator Field(this IPage page, string question) =>
        page.Locator($"#q-{question.Replace('.', '-')}-input");

    public static ILocator SaveStatus(this IPage page) => page.Locator("p.tb-save-status");

    public static ILocator RequirementsTotal(this IPage page) =>
        page.Locator("[data-testid=requirements-panel] .tb-panel-total");

    public static async Task<int> RequirementsTotalAsync(this IPage page) =>
        int.Parse((await page.RequirementsTotal().GetAttributeAsync("data-total"))!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Waits until the page says every change is stored.</summary>
    public static Task ShouldShowSavedAsync(this IPage page) =>
        Assertions.Expect(page.SaveStatus()).ToHaveAttributeAsync("data-state", "saved", new() { Timeout = 10_000 });

    /// <summary>MudBlazor's snackbars fade in; axe checks their contrast only once they are fully shown.</summary>
    public static Task WaitForSnackbarsAsync(this IPage page) =>
        page.WaitUntilAsync("[...document.querySelectorAll('.mud-snackbar')].every(s => getComputedStyle(s).opacity === '1')");

    /// <summary>
    /// The newly added clauses glow for a few seconds; axe measures contrast on what is painted,
    /// so it waits until no animation runs.
    /// </summary>
    public static Task WaitForAnimationsAsync(this IPage page) =>
        page.WaitUntilAsync("document.getAnimations().every(a => a.playState !== 'running')");

    /// <summary>The draft's id in the address of one of its steps.</summary>
    public static Guid DraftId(this IPage page) =>
        Guid.Parse(DraftAddress().Match(page.Url) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"{page.Url} is not a draft's address."));

    /// <summary>An answer as the draft stores it (a field of the tender block or an answer), or null.</summary>
    public static JsonElement? Answer(this TenderInput input, string question) =>
        input.GivenAnswer(CatalogueLoader.Default.Questionnaire.Sections.SelectMany(s => s.Questions).Single(q => q.Id == question));

    [GeneratedRegex("/drafts/([0-9a-f-]{36})(?:/|$)")]
    private static partial Regex DraftAddress();
}

internal static class BrowserSessionDrafts
{
    /// <summary>
    /// Waits until the database holds what the test expects. The page's "saved" state says the
    /// session stored its latest change; this says the right change reached the database.
    /// </summary>
    public static async Task<TenderInput> StoredDraftShouldSatisfyAsync(this BrowserSession session, Guid draft, Func<TenderInput, bool> expected, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var stored = (await session.ReadDraftAsync(draft)).Input;
            if (expected(stored))
            {
                return stored;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new ShouldAssertException($"The stored draft {draft} does not show that {what}:\n{TenderInputJson.Serialize(stored)}");
            }

            await Task.Delay(100);
        }
    }
}
