using System.Text.Json;
using Microsoft.Playwright;
using TenderBuilder.Core.Input;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// Officers in Amsterdam, Berlin, Stockholm and London type numbers as they write them: the
/// browser's language decides how the number is read and echoed, a number that reads two ways
/// is asked back, and an unlikely tariff is flagged beside the field.
/// </summary>
public sealed class NumberEntryTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string PriceCap = "payment.price_cap_per_kwh";

    // The Utrecht-like concession with a price cap, so the tariff question is asked.
    private Task<Guid> SeedWithPriceCapAsync(string title)
    {
        var example = Examples.UtrechtLikeConcession();
        var answers = new Dictionary<string, JsonElement>(example.Answers, StringComparer.Ordinal)
        {
            ["model.price_policy"] = JsonSerializer.SerializeToElement("cap"),
            [PriceCap] = JsonSerializer.SerializeToElement(0.3m),
        };
        return session.SeedDraftAsync(example with { Answers = answers }, title);
    }

    private static async Task TypeAsync(IPage page, string question, string text)
    {
        var field = page.Field(question);
        await field.FillAsync(text);
        await field.PressAsync("Tab");
    }

    [Theory]
    // The browser's language is the interface language too: the read-back is in it.
    [InlineData("nl-NL", "Opgeslagen als € 0,45 per kWh.")]
    [InlineData("de-DE", "Gespeichert als 0,45 € pro kWh.")]
    [InlineData("sv-SE", "Sparat som 0,45 € per kWh.")]
    [InlineData("en-GB", "Saved as €0.45 per kWh.")]
    public async Task A_decimal_comma_and_a_decimal_point_both_store_the_same_tariff(string locale, string echo)
    {
        var draft = await SeedWithPriceCapAsync($"Tariff in {locale}");
        var page = await session.NewPageAsync(locale: locale);
        await using var context = page.Context;
        await page.OpenStepAsync(draft, "payment");

        await TypeAsync(page, PriceCap, "0,45");
        await Assertions.Expect(page.Locator($"#{Id(PriceCap)}-echo")).ToHaveTextAsync(echo);
        await page.ShouldShowSavedAsync();
        await session.StoredDraftShouldSatisfyAsync(draft, input => input.Answer(PriceCap)?.GetDecimal() == 0.45m, "0,45 stored as 0.45");

        await TypeAsync(page, PriceCap, "0.3");
        await page.ShouldShowSavedAsync();
        await session.StoredDraftShouldSatisfyAsync(draft, input => input.Answer(PriceCap)?.GetDecimal() == 0.3m, "0.3 stored as 0.3");

        await TypeAsync(page, PriceCap, "0.45");
        await Assertions.Expect(page.Locator($"#{Id(PriceCap)}-echo")).ToHaveTextAsync(echo);
        await page.ShouldShowSavedAsync();
        await session.StoredDraftShouldSatisfyAsync(draft, input => input.Answer(PriceCap)?.GetDecimal() == 0.45m, "0.45 stored as 0.45");
    }

    [Fact]
    public async Task Repeated_points_group_thousands_for_an_officer_in_the_netherlands()
    {
        var draft = await SeedWithPriceCapAsync("Value in Dutch");
        var page = await session.NewPageAsync(locale: "nl-NL");
        await using var context = page.Context;
        await page.OpenStepAsync(draft, "tender");

        await TypeAsync(page, "tender.estimated_value", "2.400.000");

        await Assertions.Expect(page.Locator($"#{Id("tender.estimated_value")}-echo")).ToHaveTextAsync("Opgeslagen als € 2.400.000.");
        await Assertions.Expect(page.Field("tender.estimated_value")).ToHaveValueAsync("2400000");
        await page.ShouldShowSavedAsync();
        await session.StoredDraftShouldSatisfyAsync(draft, input => input.Tender.EstimatedValue.Amount == 2_400_000m, "2.400.000 stored as 2400000");
    }

    [Fact]
    public async Task A_number_that_reads_two_ways_is_asked_back_and_the_chosen_reading_is_stored()
    {
        var draft = await SeedWithPriceCapAsync("Ambiguous tariff");
        var page = await session.NewPageAsync();
        await using var context = page.Context;
        await page.OpenStepAsync(draft, "payment");

        await TypeAsync(page, PriceCap, "1.234");

        var question = page.Question(PriceCap).Locator(".tb-number-question");
        await Assertions.Expect(question).ToBeVisibleAsync();
        await Assertions.Expect(question).ToContainTextAsync("Did you mean 1,234 or 1.234?");
        await Assertions.Expect(page.Field(PriceCap)).ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex("-question"));
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await question.ScreenshotAsync("number-entry-ambiguous");
        await session.StoredDraftShouldSatisfyAsync(draft, input => input.Answer(PriceCap)?.GetDecimal() == 0.3m, "nothing stored while the reading is open");

        await question.GetByRole(AriaRole.Button, new() { Name = "1.234 (one point two three four)" }).ClickAsync();

        await Assertions.Expect(question).ToHaveCountAsync(0);
        await Assertions.Expect(page.Field(PriceCap)).ToBeFocusedAsync();
        await Assertions.Expect(page.Field(PriceCap)).ToHaveValueAsync("1.234");
        await page.ShouldShowSavedAsync();
        await session.StoredDraftShouldSatisfyAsync(draft, input => input.Answer(PriceCap)?.GetDecimal() == 1.234m, "the chosen reading stored");
    }

    [Fact]
    public async Task An_unlikely_tariff_shows_its_warning_beside_the_field_and_text_that_is_no_number_is_kept_with_a_message()
    {
        var draft = await SeedWithPriceCapAsync("Implausible tariff");
        var page = await session.NewPageAsync(locale: "de-DE");
        await using var context = page.Context;
        await page.OpenStepAsync(draft, "payment");

        await TypeAsync(page, PriceCap, "45");

        var warning = page.Question(PriceCap).Locator(".tb-finding[data-finding='answer.implausible']");
        await Assertions.Expect(warning).ToBeVisibleAsync();
        await Assertions.Expect(warning).ToContainTextAsync("in Euro eingegebenen Cent", new() { UseInnerText = true });
        await page.ShouldShowSavedAsync();

        await TypeAsync(page, PriceCap, "0,4o");
        await Assertions.Expect(page.Field(PriceCap)).ToHaveValueAsync("0,4o");
        await Assertions.Expect(page.Field(PriceCap)).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator($"#{Id(PriceCap)}-error")).ToContainTextAsync("enthält Buchstaben");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.Question(PriceCap).ScreenshotAsync("number-entry-warning-and-error");
        await session.StoredDraftShouldSatisfyAsync(draft, input => input.Answer(PriceCap)?.GetDecimal() == 45m, "the refused text stored nothing");
    }

    private static string Id(string question) => $"q-{question.Replace('.', '-')}-input";
}
