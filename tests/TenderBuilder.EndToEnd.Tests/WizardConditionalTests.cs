using Microsoft.Playwright;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// Questions that only matter after a certain answer appear and disappear as the officer
/// answers, without losing what was typed into them, and the requirements follow at once.
/// </summary>
[Collection(WizardCollection.Name)]
public sealed class WizardConditionalTests(BrowserSession session)
{
    private static readonly string[] s_trafficLightDetails =
    [
        "grid.traffic_light_start_hour", "grid.traffic_light_end_hour", "grid.traffic_light_reduced_power_kw",
        "grid.traffic_light_min_power_kw", "grid.traffic_light_signal",
    ];

    [Fact]
    public async Task Answering_no_to_the_traffic_light_hides_its_details_and_yes_brings_them_back_with_their_answers()
    {
        var draft = await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), "Utrecht-like concession");
        var page = await session.NewPageAsync();
        await using var context = page.Context;
        await page.OpenStepAsync(draft, "grid");
        foreach (var question in s_trafficLightDetails)
        {
            await Assertions.Expect(page.Question(question)).ToBeVisibleAsync();
        }

        var total = await page.RequirementsTotalAsync();
        var panel = page.GetByTestId("requirements-panel");
        var panelClauses = await panel.Locator(".tb-panel-clause").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.clause)");
        // Survives only as long as the page is not loaded again.
        await page.EvaluateAsync("() => { window.tbSamePage = true; }");

        await page.Option("grid.traffic_light", "No").CheckAsync();

        foreach (var question in s_trafficLightDetails)
        {
            await Assertions.Expect(page.Question(question)).ToHaveCountAsync(0);
        }

        await Assertions.Expect(page.RequirementsTotal()).Not.ToHaveAttributeAsync("data-total", total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var withoutTrafficLight = await page.RequirementsTotalAsync();
        withoutTrafficLight.ShouldBeLessThan(total, "the traffic-light clauses leave the tender");
        var dropped = await panel.GetByTestId("dropped").Locator("li[data-clause]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.clause)");
        dropped.Length.ShouldBe(total - withoutTrafficLight);
        dropped.ShouldBeSubsetOf(panelClauses);
        await Assertions.Expect(page.Locator("#tb-panel-change")).ToContainTextAsync("dropped");

        // The hidden answers are kept (ignored by the rules), so nothing typed is lost.
        await page.ShouldShowSavedAsync();
        await session.StoredDraftShouldSatisfyAsync(draft, input =>
            input.Answer("grid.traffic_light")?.GetBoolean() == false
            && input.Answer("grid.traffic_light_start_hour")?.GetDecimal() == 16m,
            "the answer No was stored and the hidden answers kept");

        await page.Option("grid.traffic_light", "Yes").CheckAsync();

        await Assertions.Expect(page.Field("grid.traffic_light_start_hour")).ToHaveValueAsync("16");
        await Assertions.Expect(page.Field("grid.traffic_light_end_hour")).ToHaveValueAsync("20");
        await Assertions.Expect(page.Field("grid.traffic_light_reduced_power_kw")).ToHaveValueAsync("11");
        await Assertions.Expect(page.Field("grid.traffic_light_min_power_kw")).ToHaveValueAsync("4.2");
        await Assertions.Expect(page.Option("grid.traffic_light_signal", "A live signal from the DSO")).ToBeCheckedAsync();

        await Assertions.Expect(page.RequirementsTotal()).ToHaveAttributeAsync("data-total", total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var added = panel.Locator(".tb-panel-clause[data-added='true']");
        await Assertions.Expect(added).ToHaveCountAsync(dropped.Length);
        (await added.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.clause)")).ShouldBe(dropped, ignoreOrder: true);
        foreach (var clause in dropped)
        {
            await Assertions.Expect(panel.Locator($".tb-panel-clause[data-clause='{clause}']")).ToContainTextAsync("just added");
        }

        await Assertions.Expect(page.Locator("#tb-panel-change")).ToContainTextAsync("added");
        (await page.EvaluateAsync<bool>("() => window.tbSamePage === true")).ShouldBeTrue("the page changed without loading again");
        await page.ScreenshotAsync("wizard-grid-traffic-light-back");
    }
}
