using System.Text;
using Microsoft.Playwright;
using TenderBuilder.Core.Input;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// An officer lists the tender's sites on the Sites step: adds one with its points and sees the
/// AFIR totals follow; imports a spreadsheet's CSV; imports a broken one and reads every problem by
/// line and column while the list stays as it was; and the step works on a phone and with axe.
/// </summary>
[Collection(WizardCollection.Name)]
public sealed class SiteListTests(BrowserSession session)
{
    private const string Header = "site_id;name;address;area;latitude;longitude;site_type;access;site_count;lot;grid_capacity_kva;commissioning;points;current;rated_kw;connectors\r\n";

    [Fact]
    public async Task An_officer_adds_a_site_imports_a_good_file_and_a_bad_one_and_the_step_fits_a_phone()
    {
        var draft = await session.SeedDraftAsync(new TenderInput { Tender = new TenderMetadata { Title = "Sites of Test City" } }, "Sites of Test City");
        var page = await session.NewPageAsync();
        await using var context = page.Context;
        await page.OpenStepAsync(draft, "sites");

        // Add a site with four 150 kW DC points: the DC 150–350 total is counted from it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a site" }).ClickAsync();
        var site = page.Locator("li.tb-site[data-site='S001']");
        await site.GetByLabel("Name").FillAsync("Marktplein hub");
        await site.GetByLabel("Name").PressAsync("Tab");
        await site.GetByLabel("Points", new() { Exact = true }).FillAsync("4");
        await site.GetByLabel("Points", new() { Exact = true }).PressAsync("Tab");
        await site.GetByLabel("Current").SelectOptionAsync("dc");
        await site.GetByLabel("Rated power").FillAsync("150");
        await site.GetByLabel("Rated power").PressAsync("Tab");
        await Assertions.Expect(site.Locator(".tb-power-class")).ToHaveTextAsync("AFIR class: DC, 150 kW or more and less than 350 kW");
        var derived = page.Question("sites.points_dc_150_350");
        await Assertions.Expect(derived.Locator(".tb-derived-value")).ToHaveAttributeAsync("data-value", "4");
        await Assertions.Expect(derived).ToContainTextAsync("Worked out from the site list");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move site S001 up" })).ToBeDisabledAsync();
        await page.ShouldShowSavedAsync();

        // A good file replaces the list.
        await Upload(page, "sites.csv", Header
            + "S001;Marktplein hub;Marktplein 1;;52,0907;5,1214;hub;public;1;;630;01-03-2027;4;dc;150;ccs2\r\n"
            + "S001;;;;;;;;;;;;2;ac;22;type2_socket\r\n"
            + "S002;On-street north;;Noordoost;;;on_street;public;20;;17,3;2027-06-01;2;ac;11,5;type2_socket\r\n");
        await Assertions.Expect(page.GetByTestId("sites-imported")).ToContainTextAsync("Imported 21 sites (46 points)");
        await Assertions.Expect(page.Locator("li.tb-site")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Question("sites.site_count").Locator(".tb-derived-value")).ToHaveAttributeAsync("data-value", "21");
        await page.ShouldShowSavedAsync();
        await page.GetByTestId("site-import").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotFolder, "wizard-sites-1280-view.png") });

        // Undo brings back the list from before the import; the same file imports again.
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo the import" }).ClickAsync();
        await Assertions.Expect(page.Locator("li.tb-site")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("li.tb-site[data-site='S001'] .tb-site-heading")).ToHaveTextAsync("S001 · Marktplein hub");
        await page.ShouldShowSavedAsync();
        (await session.ReadDraftAsync(draft)).Input.Sites.ShouldHaveSingleItem().PointGroups.ShouldHaveSingleItem().Count.ShouldBe(4);
        await Upload(page, "sites.csv", Header
            + "S001;Marktplein hub;Marktplein 1;;52,0907;5,1214;hub;public;1;;630;01-03-2027;4;dc;150;ccs2\r\n"
            + "S001;;;;;;;;;;;;2;ac;22;type2_socket\r\n"
            + "S002;On-street north;;Noordoost;;;on_street;public;20;;17,3;2027-06-01;2;ac;11,5;type2_socket\r\n");
        await Assertions.Expect(page.Locator("li.tb-site")).ToHaveCountAsync(2);
        await page.ShouldShowSavedAsync();
        await page.SetViewportSizeAsync(1280, 800);
        await page.WaitForAnimationsAsync();
        await page.ScreenshotAsync("wizard-sites-list");
        await page.GetByTestId("site-list").ScreenshotAsync("wizard-sites-list-part");

        // A bad file changes nothing and says where each problem is.
        await Upload(page, "broken.csv", Header
            + "S003;Library;;;;;hub;public;1;;;;4;dc;11,x;\r\n"
            + "S004;Station;;;;;motorway;public;1;;;31-02-2027;2;ac;22;\r\n");
        var refused = page.GetByTestId("sites-refused");
        await Assertions.Expect(refused).ToContainTextAsync("“broken.csv” was not imported: 3 problems to fix. Your site list is unchanged.");
        await Assertions.Expect(refused).ToContainTextAsync("Line 2, column rated_kw: “11,x” is not a number.");
        await Assertions.Expect(refused).ToContainTextAsync("Line 3, column site_type: “motorway” is not a site type");
        await Assertions.Expect(refused).ToContainTextAsync("Line 3, column commissioning: “31-02-2027” is not a date");
        await Assertions.Expect(page.Locator("li.tb-site")).ToHaveCountAsync(2);
        (await page.Locator("li.tb-site").EvaluateAllAsync<string[]>("sites => sites.map(s => s.dataset.site)")).ShouldBe(["S001", "S002"]);
        (await session.ReadDraftAsync(draft)).Input.Sites.Select(s => s.Id).ShouldBe(["S001", "S002"]);

        await page.WaitForAnimationsAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.ScreenshotAsync("wizard-sites-refused");
        await page.GetByTestId("site-import").ScreenshotAsync("wizard-sites-refused-part");

        // On a 320 px phone nothing scrolls sideways.
        await page.SetViewportSizeAsync(320, 800);
        await page.WaitUntilAsync("document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(320);
        await page.ScreenshotAsync("wizard-sites-320");
        await page.GetByTestId("site-list").ScreenshotAsync("wizard-sites-320-part");
        await page.GetByTestId("site-import").ScreenshotAsync("wizard-sites-import-320-part");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task Two_lots_listed_on_the_first_step_divide_the_contract_and_its_reasons_are_no_longer_asked()
    {
        var draft = await session.SeedDraftAsync(new TenderInput { Tender = new TenderMetadata { Title = "Lots of Test City" } }, "Lots of Test City");
        var page = await session.NewPageAsync();
        await using var context = page.Context;
        await page.OpenStepAsync(draft, "tender");
        var reasons = page.Question("tender.lots_reason_not_divided");
        await Assertions.Expect(reasons).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a lot" }).ClickAsync();
        await page.Locator("#tb-lot-0-title").FillAsync("North");
        await page.Locator("#tb-lot-0-title").PressAsync("Tab");
        await Assertions.Expect(reasons).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a lot" }).ClickAsync();
        await page.Locator("#tb-lot-1-title").FillAsync("South");
        await page.Locator("#tb-lot-1-title").PressAsync("Tab");

        await Assertions.Expect(reasons).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".tb-lots-division")).ToHaveAttributeAsync("data-divided", "true");
        await page.ShouldShowSavedAsync();
        (await session.ReadDraftAsync(draft)).Input.Tender.Lots.Items.Select(l => (l.Id, l.Title)).ShouldBe([("1", "North"), ("2", "South")]);
        await page.GetByTestId("lot-list").ScreenshotAsync("wizard-lots-part");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    // MudBlazor keeps a fresh file input after each choice; the newest is the live one.
    private static Task Upload(IPage page, string name, string csv) =>
        page.Locator("[data-testid=site-import] input[type=file]").Last.SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)],
        });
}
