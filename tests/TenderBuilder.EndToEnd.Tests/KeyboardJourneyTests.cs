using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// The same journey as <see cref="WizardJourneyTests"/> with the keyboard alone: every link,
/// button, radio button, check box, list box and field is reached with Tab and operated with
/// Enter, Space, arrow keys and typing. No mouse click anywhere.
/// </summary>
[Collection(WizardCollection.Name)]
public sealed partial class KeyboardJourneyTests(BrowserSession session)
{
    [Fact]
    public async Task An_officer_builds_and_downloads_the_Utrecht_like_package_with_the_keyboard_alone()
    {
        var example = Examples.UtrechtLikeConcession();
        var catalogue = CatalogueLoader.Default;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var expectedAnswers = AnswerSet.Resolve(catalogue.Questionnaire, example, today);
        const string title = "Keyboard-only concession (illustrative example)";

        var page = await session.NewPageAsync(1600, 1000);
        var keys = new KeyboardWizardDriver(page);
        await page.GotoAsync("/");
        await page.WaitUntilInteractiveAsync();

        await keys.ActivateAsync("#tb-navigation a[href='drafts']", "the Drafts link");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Drafts");
        // The new page takes the focus to its heading; tabbing before that could be undone by it.
        await Assertions.Expect(page.Locator("h1")).ToBeFocusedAsync();
        await keys.ActivateAsync("#tb-new-draft", "the New draft button");
        await Assertions.Expect(page.Locator("#draft-title-input")).ToBeFocusedAsync();
        await page.Keyboard.InsertTextAsync(title);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(DraftAddress());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("About the tender");
        await Assertions.Expect(page.Locator("h1")).ToBeFocusedAsync();

        var first = true;
        foreach (var section in catalogue.Questionnaire.Sections)
        {
            if (!first)
            {
                await keys.ActivateAsync(".tb-next", $"the Next link to {section.Title}");
                await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(section.Title);
                await Assertions.Expect(page.Locator("h1")).ToBeFocusedAsync();
            }

            first = false;
            foreach (var question in section.Questions.Where(q => q.Field != "title"))
            {
                if (expectedAnswers[question.Id].Visible && example.GivenAnswer(question) is { } raw)
                {
                    await keys.AnswerAsync(question, raw);
                }
            }
        }

        await keys.ActivateAsync(".tb-next", "the Next link to the review");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Review the requirements");
        await Assertions.Expect(page.Locator("h1")).ToBeFocusedAsync();

        // Parameters in the order they stand on the page, so Tab only moves forward.
        var order = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.tb-parameter')].map(e => e.closest('[data-clause]').dataset.clause + '|' + e.dataset.parameter)");
        foreach (var setting in example.ParameterOverrides.OrderBy(o => Array.IndexOf(order, $"{o.Clause}|{o.Parameter}")))
        {
            var editor = $".tb-review-clause[data-clause='{setting.Clause}'] .tb-parameter[data-parameter='{setting.Parameter}']";
            await keys.TabToAsync($"{editor} input, {editor} textarea, {editor} select", $"{setting.Clause}: {setting.Parameter}");
            if (setting.Value.ValueKind == JsonValueKind.String && await page.Locator($"{editor} select").CountAsync() > 0)
            {
                await keys.ChooseByTypingAsync(page.Locator($"{editor} select"), setting.Value.GetString()!);
            }
            else
            {
                await keys.TypeReplacingAsync(setting.Value.ValueKind == JsonValueKind.Number ? setting.Value.GetRawText() : setting.Value.GetString()!);
            }
        }

        var removed = UtrechtJourney.RemovableClause(example, catalogue, today, UtrechtJourney.Justification);
        await keys.ActivateAsync($".tb-review-clause[data-clause='{removed.Id}'] .tb-exclude", $"the Remove button of {removed.Id}");
        await Assertions.Expect(page.Locator("#tb-justification")).ToBeFocusedAsync();
        await page.Keyboard.InsertTextAsync(UtrechtJourney.Justification);
        await keys.ActivateAsync(".tb-confirm-remove", "the confirm button of the dialog");
        await Assertions.Expect(page.Locator($".tb-removed-clause[data-clause='{removed.Id}']")).ToContainTextAsync(UtrechtJourney.Justification);

        await keys.ActivateAsync(".tb-next", "the Next link to the export");
        await Assertions.Expect(page.GetByTestId("ready")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("h1")).ToBeFocusedAsync();
        await keys.ActivateAsync(".tb-build", "the Prepare button");
        await Assertions.Expect(page.Locator(".tb-download-zip")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var download = await page.RunAndWaitForDownloadAsync(() => keys.ActivateAsync(".tb-download-zip", "the ZIP download"));
        var zipPath = Path.Combine(Path.GetTempPath(), $"keyboard-{Guid.NewGuid():N}.zip");
        await download.SaveAsAsync(zipPath);
        try
        {
            using var zip = ZipFile.OpenRead(zipPath);
            var expected = RulesEngine.Evaluate(
                example.WithExclusion(removed.Id, UtrechtJourney.Justification) with { Tender = example.Tender with { Title = title } }, catalogue, today);
            UtrechtJourney.ShouldHoldTheClausesOf(expected, zip, UtrechtJourney.Justification);
        }
        finally
        {
            File.Delete(zipPath);
        }
    }

    [GeneratedRegex(@"/drafts/[0-9a-fA-F-]{36}$")]
    private static partial Regex DraftAddress();
}
