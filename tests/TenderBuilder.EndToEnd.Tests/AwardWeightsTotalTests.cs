using Microsoft.Playwright;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>The award step adds up the weights while the officer types them.</summary>
[Collection(WizardCollection.Name)]
public sealed class AwardWeightsTotalTests(BrowserSession session)
{
    [Fact]
    public async Task The_total_under_the_weights_follows_each_answer_and_says_what_is_missing_or_too_many()
    {
        var draft = await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), "Utrecht-like concession");
        var page = await session.NewPageAsync();
        await using var context = page.Context;

        await page.OpenStepAsync(draft, "award");

        var total = page.Locator(".tb-award-total");
        await Assertions.Expect(total).ToHaveTextAsync("Total 100 %");
        await Assertions.Expect(total).ToHaveAttributeAsync("role", "status");
        await Assertions.Expect(total).ToHaveAttributeAsync("aria-live", "polite");

        // A number is read when the officer leaves its field.
        await page.Field("award.weight_service_quality").FillAsync("10");
        await page.Field("award.weight_service_quality").PressAsync("Tab");
        await Assertions.Expect(total).ToHaveTextAsync("Total 90 %: 10 % missing to 100 %");

        await page.Field("award.weight_service_quality").FillAsync("35");
        await page.Field("award.weight_service_quality").PressAsync("Tab");
        await Assertions.Expect(total).ToHaveTextAsync("Total 115 %: 15 % too many");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await total.ScreenshotAsync("award-weights-total");
    }
}
