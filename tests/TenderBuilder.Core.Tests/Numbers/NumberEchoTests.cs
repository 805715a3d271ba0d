using System.Globalization;
using TenderBuilder.Core.Numbers;

namespace TenderBuilder.Core.Tests.Numbers;

/// <summary>The echo under a number field: the stored value written as the officer's culture writes it.</summary>
public sealed class NumberEchoTests
{
    private static CultureInfo C(string name) => CultureInfo.GetCultureInfo(name);

    // ICU writes spaces in amounts as no-break spaces; the tests compare the visible text.
    private static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    [Theory]
    [InlineData("en-GB", "€0.45 per kWh")]
    [InlineData("nl-NL", "€ 0,45 per kWh")]
    [InlineData("de-DE", "0,45 € per kWh")]
    [InlineData("sv-SE", "0,45 € per kWh")]
    public void A_tariff_reads_in_the_cultures_money_format_with_its_unit(string culture, string expected) =>
        Plain(NumberEcho.Describe(0.45m, NumberShape.Money, C(culture), "EUR", "kWh")).ShouldBe(expected);

    [Theory]
    [InlineData("en-GB", "€2,400,000")]
    [InlineData("nl-NL", "€ 2.400.000")]
    [InlineData("de-DE", "2.400.000 €")]
    [InlineData("sv-SE", "2 400 000 €")]
    public void A_total_reads_grouped_without_decimals_it_does_not_have(string culture, string expected) =>
        Plain(NumberEcho.Describe(2_400_000m, NumberShape.Money, C(culture), "EUR")).ShouldBe(expected);

    [Fact]
    public void Kronor_and_other_currencies_read_with_their_sign_or_code()
    {
        Plain(NumberEcho.Amount(1500m, C("sv-SE"), "SEK")).ShouldBe("1 500 kr");
        Plain(NumberEcho.Amount(12.5m, C("en-GB"), "PLN")).ShouldBe("PLN12.50");
    }

    [Fact]
    public void Without_a_currency_an_amount_reads_as_a_grouped_number()
    {
        NumberEcho.Describe(2_400_000m, NumberShape.Money, C("en-GB")).ShouldBe("2,400,000");
        NumberEcho.Describe(0.45m, NumberShape.Money, C("nl-NL"), null, "kWh").ShouldBe("0,45 per kWh");
    }

    [Theory]
    [InlineData("en-GB", "45%")]
    [InlineData("nl-NL", "45%")]
    [InlineData("de-DE", "45 %")]
    [InlineData("sv-SE", "45 %")]
    public void A_percentage_reads_as_the_culture_places_its_sign(string culture, string expected) =>
        Plain(NumberEcho.Describe(45m, NumberShape.Percentage, C(culture))).ShouldBe(expected);

    [Fact]
    public void A_plain_number_reads_with_its_unit_and_decimals_as_typed()
    {
        NumberEcho.Describe(12.5m, NumberShape.Plain, C("nl-NL"), unit: "kW").ShouldBe("12,5 kW");
        NumberEcho.Describe(1500m, NumberShape.Plain, C("en-GB")).ShouldBe("1,500");
        NumberEcho.Describe(12.5m, NumberShape.Percentage, C("en-GB")).ShouldBe("12.5%");
    }

    [Fact]
    public void A_field_gets_the_value_back_with_the_cultures_decimal_separator_and_no_grouping()
    {
        NumberEcho.ForInput(2_400_000.5m, C("nl-NL")).ShouldBe("2400000,5");
        NumberEcho.ForInput(0.45m, C("en-GB")).ShouldBe("0.45");
    }

    [Theory]
    [InlineData(1234, "one thousand two hundred thirty-four")]
    [InlineData(1.234, "one point two three four")]
    [InlineData(0, "zero")]
    [InlineData(2400000, "two million four hundred thousand")]
    [InlineData(12.5, "twelve point five")]
    [InlineData(-40, "minus forty")]
    [InlineData(1000001, "one million one")]
    public void The_two_readings_of_an_ambiguous_number_are_told_apart_in_words(decimal value, string words) =>
        NumberEcho.InWords(value).ShouldBe(words);
}
