using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogs;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Testing;
using UglyToad.PdfPig;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// The officer's whole journey with the UI alone: from the home page through every step of the
/// wizard with the Utrecht-like example's answers and parameter values, one recommended clause
/// removed with a justification, to a downloaded package whose documents hold exactly the clauses
/// the rules give for those answers.
/// </summary>
public sealed partial class WizardJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Justification = "The city's own accessibility plan already covers this for every site (decision 2026/17).";

    [Fact]
    public async Task An_officer_answers_the_Utrecht_like_example_through_the_wizard_and_downloads_a_correct_package()
    {
        var example = TenderInputReader.Read(await File.ReadAllTextAsync(RepositoryFiles.Example("utrecht-like-concession"))).Input;
        var catalogue = CatalogueLoader.Default;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var expectedAnswers = AnswerSet.Resolve(catalogue.Questionnaire, example);

        var page = await session.NewPageAsync(1600, 1000);
        var wizard = new WizardDriver(page);
        await page.GotoAsync("/");
        await page.WaitUntilInteractiveAsync();
        await page.Locator("#tb-navigation").GetByRole(AriaRole.Link, new() { Name = "Drafts" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "New draft" }).ClickAsync();
        await page.GetByLabel("Title of the tender").FillAsync(example.Tender.Title!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(DraftAddress());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("About the tender");

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
        foreach (var setting in example.ParameterOverrides)
        {
            var editor = page.Locator($".tb-review-clause[data-clause='{setting.Clause}'] .tb-parameter[data-parameter='{setting.Parameter}']");
            if (setting.Value.ValueKind == JsonValueKind.Number)
            {
                await editor.Locator("input").First.FillAsync(setting.Value.GetRawText());
            }
            else if (await editor.Locator("select").CountAsync() > 0)
            {
                await editor.Locator("select").SelectOptionAsync(setting.Value.GetString()!);
            }
            else
            {
                await editor.Locator("input, textarea").First.FillAsync(setting.Value.GetString()!);
            }
        }

        var removed = RemovableClause(example, catalogue, today);
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
            ShouldHoldTheClausesOf(expected, zip);
        }
        finally
        {
            File.Delete(zipPath);
        }
    }

    // A recommended clause of the example whose removal leaves the tender free of errors (removing
    // some, such as the ISO 15118-20 duty, is itself an error) and that no parameter value targets.
    private static IncludedClause RemovableClause(TenderInput example, Catalogue catalogue, DateOnly today) =>
        RulesEngine.Evaluate(example, catalogue, today).Clauses
            .Where(c => c.Strength == Strength.Recommended && !c.IsCustom && example.ParameterOverrides.All(o => o.Clause != c.Id))
            .First(c => !RulesEngine.Evaluate(example.WithExclusion(c.Id, Justification), catalogue, today).HasErrors);

    private static void ShouldHoldTheClausesOf(TenderPackage expected, ZipArchive zip)
    {
        using var manifest = JsonDocument.Parse(Read(zip, "manifest.json"));
        var clauses = manifest.RootElement.GetProperty("clauses").EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("text").GetString());
        clauses.Keys.Order().ShouldBe(expected.Clauses.Select(c => c.Id).Order());
        foreach (var clause in expected.Clauses)
        {
            clauses[clause.Id].ShouldBe(clause.Text, $"the text of {clause.Id}, parameters filled in");
        }

        using (var pdf = PdfDocument.Open(Read(zip, "technical-specifications.pdf")))
        {
            var text = Words(string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));
            foreach (var clause in expected.For(Deliverable.Specification))
            {
                text.ShouldContain(Words(clause.Title), Case.Sensitive, $"the specification PDF names “{clause.Title}”");
            }
        }

        using (var docx = WordprocessingDocument.Open(new MemoryStream(Read(zip, "contract-performance-annex.docx")), false))
        {
            var text = Words(docx.MainDocumentPart!.Document!.Body!.InnerText);
            foreach (var clause in expected.For(Deliverable.Contract))
            {
                text.ShouldContain(Words(clause.Title), Case.Sensitive, $"the contract annex names “{clause.Title}”");
            }
        }

        using (var memo = WordprocessingDocument.Open(new MemoryStream(Read(zip, "explanatory-memo.docx")), false))
        {
            Words(memo.MainDocumentPart!.Document!.Body!.InnerText).ShouldContain(Words(Justification), Case.Sensitive, "the memo records why the clause was removed");
        }
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new FileNotFoundException($"{name} is not in the downloaded package.");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    // Line breaks, hyphenation points and repeated spaces differ between formats; words do not.
    private static string Words(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"/drafts/[0-9a-fA-F-]{36}$")]
    private static partial Regex DraftAddress();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
