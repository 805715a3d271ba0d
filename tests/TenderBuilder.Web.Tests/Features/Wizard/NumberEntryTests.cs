using Bunit;
using Microsoft.AspNetCore.Components;
using TenderBuilder.Core.Numbers;
using TenderBuilder.Web.Components.Shared;
using TenderBuilder.Web.Features.Wizard;

namespace TenderBuilder.Web.Tests.Features.Wizard;

/// <summary>A number field as an officer in Amsterdam or London uses it: what is stored, what is echoed, what is asked back.</summary>
public sealed class NumberEntryTests
{
    private readonly List<decimal?> _stored = [];

    private IRenderedComponent<CascadingValue<OfficerCulture>> Render(BunitContext context, string culture, decimal? value = null) =>
        context.Render<CascadingValue<OfficerCulture>>(p => p
            .Add(c => c.Value, OfficerCulture.Named(culture))
            .Add(c => c.IsFixed, true)
            .AddChildContent<NumberEntry>(entry => entry
                .Add(e => e.Id, "q-payment-price-cap-per-kwh-input")
                .Add(e => e.Label, "Maximum price")
                .Add(e => e.Value, value)
                .Add(e => e.Shape, NumberShape.Money)
                .Add(e => e.Currency, "EUR")
                .Add(e => e.Unit, "kWh")
                .Add(e => e.ValueChanged, v => _stored.Add(v))));

    [Fact]
    public async Task A_decimal_comma_is_stored_as_the_number_and_echoed_in_the_officers_format()
    {
        await using var context = MudTestContext.Create();
        var field = Render(context, "nl-NL");

        field.Find("input").Change("0,45");

        _stored.ShouldBe([0.45m]);
        field.Find(".tb-number-echo").TextContent.Replace('\u00A0', ' ').ShouldBe("Saved as € 0,45 per kWh.");
        field.Find(".tb-number-echo").GetAttribute("aria-live").ShouldBe("polite");
        field.Find("input").GetAttribute("value").ShouldBe("0,45");
    }

    [Fact]
    public async Task An_existing_value_shows_in_the_officers_culture()
    {
        await using var context = MudTestContext.Create();

        Render(context, "de-DE", 2_400_000.5m).Find("input").GetAttribute("value").ShouldBe("2400000,5");
        Render(context, "en-GB", 2_400_000.5m).Find("input").GetAttribute("value").ShouldBe("2400000.5");
    }

    [Fact]
    public async Task A_number_that_reads_two_ways_stores_nothing_until_the_officer_chooses()
    {
        await using var context = MudTestContext.Create();
        var field = Render(context, "en-GB");

        field.Find("input").Change("1.234");

        _stored.ShouldBeEmpty();
        field.Find(".tb-number-entry").GetAttribute("data-state").ShouldBe("ambiguous");
        field.Find("[data-reading='grouped']").TextContent.Trim().ShouldBe("1,234 (one thousand two hundred thirty-four)");
        field.Find("[data-reading='fraction']").TextContent.Trim().ShouldBe("1.234 (one point two three four)");
        field.Find("input").GetAttribute("aria-describedby")!.ShouldContain("q-payment-price-cap-per-kwh-input-question");

        field.Find("[data-reading='fraction']").Click();

        _stored.ShouldBe([1.234m]);
        field.FindAll(".tb-number-question").ShouldBeEmpty();
    }

    [Fact]
    public void In_a_german_interface_the_readings_are_told_apart_in_german_words() =>
        Localization.InterfaceWords.In("de-DE", () =>
        {
            using var context = MudTestContext.Create();
            var field = Render(context, "de-DE");

            field.Find("input").Change("1.234");

            field.Find("[data-reading='grouped']").TextContent.Trim().ShouldBe("1.234 (eintausendzweihundertvierunddreißig)");
            field.Find("[data-reading='fraction']").TextContent.Trim().ShouldBe("1,234 (eins Komma zwei drei vier)");
        });

    [Fact]
    public void In_a_dutch_interface_a_typed_word_is_explained_in_dutch() =>
        Localization.InterfaceWords.In("nl-NL", () =>
        {
            using var context = MudTestContext.Create();
            var field = Render(context, "nl-NL");

            field.Find("input").Change("12x");

            field.Find(".tb-number-error").TextContent.ShouldBe("‘12x’ in ‘Maximum price’: bevat letters (‘x’); typ alleen het getal. Er is niets opgeslagen.");
            _stored.ShouldBeEmpty();
        });

    [Fact]
    public void In_a_swedish_interface_an_amount_per_unit_is_read_back_in_swedish() =>
        Localization.InterfaceWords.In("sv-SE", () =>
        {
            using var context = MudTestContext.Create();
            var field = Render(context, "sv-SE");

            field.Find("input").Change("0,45");

            field.Find(".tb-number-echo").TextContent.Replace('\u00A0', ' ').ShouldBe("Sparat som 0,45 € per kWh.");
        });

    [Theory]
    [InlineData(true, NumberShape.Plain, null)]
    [InlineData(false, NumberShape.Money, null)]
    public async Task A_count_or_an_amount_that_reads_two_ways_has_only_one_reading(bool wholeNumber, NumberShape shape, string? unit)
    {
        await using var context = MudTestContext.Create();
        var field = context.Render<CascadingValue<OfficerCulture>>(p => p
            .Add(c => c.Value, OfficerCulture.Named("nl-NL"))
            .Add(c => c.IsFixed, true)
            .AddChildContent<NumberEntry>(entry => entry
                .Add(e => e.Id, "q-sites-points-input")
                .Add(e => e.Label, "How many points?")
                .Add(e => e.Shape, shape)
                .Add(e => e.Currency, "EUR")
                .Add(e => e.Unit, unit)
                .Add(e => e.WholeNumber, wholeNumber)
                .Add(e => e.ValueChanged, v => _stored.Add(v))));

        field.Find("input").Change("1.800");

        _stored.ShouldBe([1800m], "1,8 points or €1.800 (thousandths of a euro) is no reading");
        field.FindAll(".tb-number-question").ShouldBeEmpty();
    }

    [Fact]
    public async Task Text_that_is_not_a_number_stays_in_the_field_with_a_message_naming_the_field()
    {
        await using var context = MudTestContext.Create();
        var field = Render(context, "sv-SE", 0.3m);

        field.Find("input").Change("0,4x");

        _stored.ShouldBeEmpty();
        var input = field.Find("input");
        input.GetAttribute("value").ShouldBe("0,4x");
        input.GetAttribute("aria-invalid").ShouldBe("true");
        input.GetAttribute("aria-describedby")!.ShouldStartWith("q-payment-price-cap-per-kwh-input-error");
        field.Find("#q-payment-price-cap-per-kwh-input-error").TextContent.ShouldBe("“0,4x” in “Maximum price” contains letters (“x”); type only the number. Nothing was saved.");
    }

    [Fact]
    public async Task Emptying_the_field_clears_the_answer()
    {
        await using var context = MudTestContext.Create();
        var field = Render(context, "en-GB", 0.3m);

        field.Find("input").Change("");

        _stored.ShouldBe([null]);
    }

    [Theory]
    [InlineData("nl-NL,nl;q=0.9,en-US;q=0.8", "nl-NL")]
    [InlineData("de-AT", "de-DE")]
    [InlineData("sv", "sv-SE")]
    [InlineData("en-US,en;q=0.9", "en-US")]
    [InlineData("en", "en-GB")]
    [InlineData("fr-FR,fr;q=0.9,de;q=0.5", "de-DE")]
    [InlineData("ja-JP", "en-GB")]
    [InlineData("en;q=0.2,sv-SE;q=0.8", "sv-SE")]
    [InlineData("", "en-GB")]
    [InlineData(null, "en-GB")]
    [InlineData(";;;q=abc", "en-GB")]
    public void The_officers_culture_is_the_browsers_best_supported_language(string? header, string expected) =>
        OfficerCulture.FromAcceptLanguage(header).ShouldBe(expected);
}
