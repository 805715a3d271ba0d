using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Playwright;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Web.Components.Shared;
using TenderBuilder.Web.Features.Drafts;
using TenderBuilder.Web.Features.Help;
using TenderBuilder.Web.Features.Wizard;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// An officer whose browser speaks Dutch, Swedish, German or English goes from a new draft through
/// every step to a downloaded package, and meets their own language on the way: every heading, the
/// questions, the review and export steps. Six key pages are checked with axe-core in each language
/// (a translation can break an accessible name or a contrast as easily as code can). The pictures
/// of each step are what docs/images shows of the wizard per language. (English: WizardJourneyTests
/// walks the same way, and EveryPageTests checks every page with axe.)
/// </summary>
[Collection(WizardCollection.Name)]
public sealed class LanguageJourneyTests(BrowserSession session)
{
    [Theory]
    [InlineData("nl-NL", "nl-NL")]
    [InlineData("sv-SE", "sv-SE")]
    [InlineData("de-DE", "de-DE")]
    public async Task An_officer_drafts_and_downloads_a_tender_in_their_own_language(string culture, string language)
    {
        var example = Examples.UtrechtLikeConcession();
        var catalogue = CatalogueLoader.Default.In(language);
        var expectedAnswers = AnswerSet.Resolve(catalogue.Questionnaire, example, DateOnly.FromDateTime(DateTime.UtcNow));
        var page = await session.NewPageAsync(1280, 900, culture);
        var wizard = new WizardDriver(page, CultureInfo.GetCultureInfo(culture));
        var serious = new List<string>();
        // A picture and the words of the page, for people who read the wizard in their language.
        async Task SaveAsync(string name)
        {
            await page.ScreenshotAsync(name);
            await File.WriteAllTextAsync(Path.Combine(BrowserSession.ScreenshotFolder, name + ".txt"), await page.Locator("body").InnerTextAsync());
        }

        async Task CheckAccessibilityAsync(bool frames = true) =>
            serious.AddRange((await page.AccessibilityFindingsAsync(frames)).Where(f => f.Serious).Select(f => $"{page.Url}: {f.Text}"));

        await page.GotoAsync("/");
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        await CheckAccessibilityAsync();

        await page.Locator("#tb-navigation a[href='drafts']").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Word<DraftsPage>(culture, "Heading"));
        await page.WaitUntilInteractiveAsync();
        await CheckAccessibilityAsync();

        await page.Locator("#tb-new-draft").ClickAsync();
        await page.GetByLabel(Word<DraftTitleDialog>(culture, "Title")).FillAsync(example.Tender.Title!);
        await page.GetByRole(AriaRole.Button, new() { Name = Word<DraftsPage>(culture, "Create"), Exact = true }).ClickAsync();
        var first = catalogue.Questionnaire.Sections[0];
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(first.Title);
        await Assertions.Expect(page.Locator("h1")).ToBeFocusedAsync();
        await CheckAccessibilityAsync();
        await SaveAsync($"language-{culture}-drafts-new");

        foreach (var section in catalogue.Questionnaire.Sections)
        {
            await wizard.GoToStepAsync(section.Id);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(section.Title);
            foreach (var question in section.Questions)
            {
                if (expectedAnswers[question.Id].Visible && example.GivenAnswer(question) is { } raw)
                {
                    await wizard.AnswerAsync(question, raw);
                }
            }

            await Assertions.Expect(wizard.Question(section.Questions[0].Id)).ToContainTextAsync(section.Questions[0].Label);
            await SaveAsync($"language-{culture}-{section.Id}");
            if (section.Id == "grid")
            {
                await page.EvaluateAsync("() => window.scrollTo(0, 0)");
                await page.WindowScreenshotAsync($"wizard-grid-{culture}");
            }
        }

        await wizard.GoToStepAsync("review");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Word<WizardStep>(culture, "Review"));
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.WindowScreenshotAsync($"wizard-review-{culture}");
        await wizard.SetParametersAsync(example);
        await SaveAsync($"language-{culture}-review");
        await CheckAccessibilityAsync();

        await wizard.GoToStepAsync("export");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Word<WizardStep>(culture, "Export"));
        await Assertions.Expect(page.GetByTestId("ready")).ToBeVisibleAsync();
        await page.Locator(".tb-build").ClickAsync();
        await Assertions.Expect(page.Locator(".tb-download-zip")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await SaveAsync($"language-{culture}-export");
        await page.WindowScreenshotAsync($"wizard-export-{culture}");
        // The preview is a sandboxed frame that runs no script; axe cannot enter it (PageExtensions).
        await CheckAccessibilityAsync(frames: false);
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(".tb-download-zip").ClickAsync());
        var zipPath = Path.Combine(Path.GetTempPath(), $"journey-{culture}-{Guid.NewGuid():N}.zip");
        await download.SaveAsAsync(zipPath);
        try
        {
            using var zip = ZipFile.OpenRead(zipPath);
            await using var manifest = zip.GetEntry("manifest.json")!.Open();
            // The browser's language is the new draft's document language too (TenderBuilder writes all four).
            (await JsonDocument.ParseAsync(manifest)).RootElement.GetProperty("language").GetString().ShouldBe(language);
        }
        finally
        {
            File.Delete(zipPath);
        }

        await page.Locator("#tb-navigation a[href='help']").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Word<Help>(culture, "Heading"));
        await page.WaitUntilInteractiveAsync();
        await CheckAccessibilityAsync();

        await SaveAsync($"language-{culture}-help");
        serious.ShouldBeEmpty($"serious or critical accessibility findings in {culture}");
        if (culture != "en-GB")
        {
            Word<DraftsPage>(culture, "Heading").ShouldNotBe(Word<DraftsPage>("en-GB", "Heading"), "the resources are translated");
            first.Title.ShouldNotBe(CatalogueLoader.Default.Questionnaire.Sections[0].Title, "the catalogue is translated");
        }
    }

    // A word of the interface as the app's own resources say it in a culture.
    private string Word<T>(string culture, string key)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var word = session.App.Services.GetRequiredService<IStringLocalizer<T>>()[key];
            word.ResourceNotFound.ShouldBeFalse($"{typeof(T).Name} has no word {key}");
            return word.Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
