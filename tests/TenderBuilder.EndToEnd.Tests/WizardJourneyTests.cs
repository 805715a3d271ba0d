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
/// The officer's whole journey with the UI alone: from the home page through every step of the
/// wizard with the Utrecht-like example's answers and parameter values, one recommended clause
/// removed with a justification, to a downloaded package whose documents hold exactly the clauses
/// the rules give for those answers.
/// </summary>
[Collection(WizardCollection.Name)]
public sealed partial class WizardJourneyTests(BrowserSession session)
{
    private const string Justification = UtrechtJourney.Justification;

    [Fact]
    public async Task An_officer_answers_the_Utrecht_like_example_through_the_wizard_and_downloads_a_correct_package()
    {
        var example = Examples.UtrechtLikeConcession();
        var catalogue = CatalogueLoader.Default;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var expectedAnswers = AnswerSet.Resolve(catalogue.Questionnaire, example, today);

        var page = await session.NewPageAsync(1600, 1000);
        var wizard = new WizardDriver(page);
        await page.GotoAsync("/");
        await page.WaitUntilInteractiveAsync();
        await page.Locator("#tb-navigation").GetByRole(AriaRole.Link, new() { Name = "Drafts" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "New draft" }).ClickAsync();
        await page.GetByLabel("Title of the tender").FillAsync(example.Tender.Title!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(DraftAddress());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("About the tender");
        await Assertions.Expect(page.Locator("h1")).ToBeFocusedAsync();

        var panelTotal = page.Locator(".tb-panel-total");
        var blank = RulesEngine.Evaluate(new TenderInput { Tender = new TenderMetadata { Title = example.Tender.Title } }, catalogue, today);
        await Assertions.Expect(panelTotal).ToHaveAttributeAsync("data-total", blank.Clauses.Length.ToString());

        foreach (var section in catalogue.Questionnaire.Sections)
        {
            await wizard.GoToStepAsync(section.Id);
            foreach (var question in section.Questions)
            {
                if (expectedAnswers[question.Id].Visible && example.GivenAnswer(question) is { } raw)
                {
                    await wizard.AnswerAsync(question, raw);
                }
            }

            await page.ScreenshotAsync($"journey-{section.Id}");
        }

        // Every answer given, the panel shows what the rules give for the example.
        var answered = RulesEngine.Evaluate(example with { ParameterOverrides = [] }, catalogue, today);
        await Assertions.Expect(panelTotal).ToHaveAttributeAsync("data-total", answered.Clauses.Length.ToString());

        await wizard.GoToStepAsync("review");
        await wizard.SetParametersAsync(example);

        var removed = UtrechtJourney.RemovableClause(example, catalogue, today, Justification);
        var clause = page.Locator($".tb-review-clause[data-clause='{removed.Id}']");
        await clause.Locator(".tb-exclude").ClickAsync();
        await page.Locator("#tb-justification").FillAsync(Justification);
        await page.ScreenshotAsync("journey-review-exclusion");
        await page.Locator(".tb-confirm-remove").ClickAsync();
        await Assertions.Expect(page.Locator($".tb-removed-clause[data-clause='{removed.Id}']")).ToContainTextAsync(Justification);
        await Assertions.Expect(clause).ToHaveCountAsync(0);
        await page.ScreenshotAsync("journey-review");

        var expected = RulesEngine.Evaluate(example.WithExclusion(removed.Id, Justification), catalogue, today);
        await Assertions.Expect(panelTotal).ToHaveAttributeAsync("data-total", expected.Clauses.Length.ToString());

        await wizard.GoToStepAsync("export");
        await Assertions.Expect(page.GetByTestId("ready")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("preview")).ToBeVisibleAsync();
        await page.Locator(".tb-build").ClickAsync();
        await Assertions.Expect(page.Locator(".tb-download-zip")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.ScreenshotAsync("journey-export");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(".tb-download-zip").ClickAsync());
        var zipPath = Path.Combine(Path.GetTempPath(), $"journey-{Guid.NewGuid():N}.zip");
        await download.SaveAsAsync(zipPath);

        try
        {
            using var zip = ZipFile.OpenRead(zipPath);
            UtrechtJourney.ShouldHoldTheClausesOf(expected, zip, Justification);
        }
        finally
        {
            File.Delete(zipPath);
        }
    }

    [GeneratedRegex(@"/drafts/[0-9a-fA-F-]{36}$")]
    private static partial Regex DraftAddress();

}
