using System.Globalization;
using TenderBuilder.Core.Numbers;

namespace TenderBuilder.Core.Tests.Numbers;

/// <summary>Numbers as officers in the Netherlands, Germany, Sweden and Britain type them.</summary>
public sealed class TypedNumberTests
{
    public static readonly TheoryData<string> Cultures = new("nl-NL", "de-DE", "sv-SE", "en-GB");

    private static NumberReading Read(string? text, string culture) => TypedNumber.Read(text, CultureInfo.GetCultureInfo(culture));

    private static decimal ValueOf(string text, string culture) =>
        Read(text, culture).ShouldBeOfType<NumberReading.Value>($"“{text}” in {culture}").Number;

    [Theory]
    [MemberData(nameof(Cultures))]
    public void A_separator_followed_by_other_than_three_digits_is_the_decimal_separator_in_every_culture(string culture)
    {
        ValueOf("0,45", culture).ShouldBe(0.45m);
        ValueOf("0.45", culture).ShouldBe(0.45m);
        ValueOf("12,5", culture).ShouldBe(12.5m);
        ValueOf("12.5", culture).ShouldBe(12.5m);
        ValueOf("1,2345", culture).ShouldBe(1.2345m);
        ValueOf("1234,567", culture).ShouldBe(1234.567m);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Repeated_separators_group_thousands(string culture)
    {
        ValueOf("2.400.000", culture).ShouldBe(2_400_000m);
        ValueOf("2,400,000", culture).ShouldBe(2_400_000m);
        ValueOf("2 400 000", culture).ShouldBe(2_400_000m);
        ValueOf("2\u00A0400\u00A0000", culture).ShouldBe(2_400_000m);
        ValueOf("2\u202F400\u202F000", culture).ShouldBe(2_400_000m);
        ValueOf("2'400'000", culture).ShouldBe(2_400_000m);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void With_both_separators_the_last_one_is_the_decimal(string culture)
    {
        ValueOf("1.234,56", culture).ShouldBe(1234.56m);
        ValueOf("1,234.56", culture).ShouldBe(1234.56m);
        ValueOf("2.400.000,50", culture).ShouldBe(2_400_000.5m);
        ValueOf("1 234,5", culture).ShouldBe(1234.5m);
        ValueOf("1 234.5", culture).ShouldBe(1234.5m);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void One_separator_before_exactly_three_digits_gives_both_readings(string culture)
    {
        Read("1.234", culture).ShouldBe(new NumberReading.Ambiguous(1234m, 1.234m));
        Read("1,234", culture).ShouldBe(new NumberReading.Ambiguous(1234m, 1.234m));
        Read("12.500", culture).ShouldBe(new NumberReading.Ambiguous(12500m, 12.5m));
        Read("€ 2,400", culture).ShouldBe(new NumberReading.Ambiguous(2400m, 2.4m));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Three_decimals_are_not_asked_back_where_thousands_are_impossible(string culture)
    {
        // "0.125" cannot be a grouped number (no group starts with 0), nor can "1234.567" (a first group has at most three digits).
        ValueOf("0,125", culture).ShouldBe(0.125m);
        ValueOf("0.125", culture).ShouldBe(0.125m);
        ValueOf("1234.567", culture).ShouldBe(1234.567m);
        // Spaces already show the thousands, so the comma is the decimal.
        ValueOf("1 234,567", culture).ShouldBe(1234.567m);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Currency_signs_codes_percent_and_minus_are_understood(string culture)
    {
        ValueOf("€0,45", culture).ShouldBe(0.45m);
        ValueOf("€ 0.45", culture).ShouldBe(0.45m);
        ValueOf("0,45 €", culture).ShouldBe(0.45m);
        ValueOf("EUR 1.500.000", culture).ShouldBe(1_500_000m);
        ValueOf("1 500 000 eur", culture).ShouldBe(1_500_000m);
        ValueOf("2 400 000 kr", culture).ShouldBe(2_400_000m);
        ValueOf("SEK 12,50", culture).ShouldBe(12.5m);
        ValueOf("45%", culture).ShouldBe(45m);
        ValueOf("45 %", culture).ShouldBe(45m);
        ValueOf("-3,5", culture).ShouldBe(-3.5m);
        ValueOf("\u22123,5", culture).ShouldBe(-3.5m);
        ValueOf("-€ 3,50", culture).ShouldBe(-3.5m);
        ValueOf("+7", culture).ShouldBe(7m);
        ValueOf("  42  ", culture).ShouldBe(42m);
    }

    [Fact]
    public void The_cultures_own_minus_sign_reads_as_minus()
    {
        var swedish = CultureInfo.GetCultureInfo("sv-SE");
        var typed = (-3.5m).ToString(swedish);
        TypedNumber.Read(typed, swedish).ShouldBe(new NumberReading.Value(-3.5m));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Nothing_typed_is_empty(string culture)
    {
        Read(null, culture).ShouldBeOfType<NumberReading.Empty>();
        Read("", culture).ShouldBeOfType<NumberReading.Empty>();
        Read("   ", culture).ShouldBeOfType<NumberReading.Empty>();
    }

    [Theory]
    [InlineData("abc", "contains letters")]
    [InlineData("12 kWh", "contains letters")]
    [InlineData("1e5", "contains letters")]
    [InlineData("0x1F", "contains letters")]
    [InlineData("1,2,3", "wrong places")]
    [InlineData("1.2.3", "wrong places")]
    [InlineData("1.234.56", "wrong places")]
    [InlineData("1,5.3,2", "more than one decimal separator")]
    [InlineData("1.234,5,6", "more than one decimal separator")]
    [InlineData("12,", "start and end with a digit")]
    [InlineData(",5", "start and end with a digit")]
    [InlineData("1.000 000", "separators after the decimal separator")]
    [InlineData("12-3", "minus sign in the middle")]
    [InlineData("--3", "minus sign in the middle")]
    [InlineData("€", "no digits")]
    [InlineData("%", "no digits")]
    [InlineData("5%%", "more than one")]
    [InlineData("3/4", "not part of a number")]
    [InlineData("NaN", "contains letters")]
    [InlineData("∞", "not part of a number")]
    [InlineData("١٢٣", "not part of a number")]
    public void Text_that_is_not_a_number_is_refused_with_a_reason(string text, string reason)
    {
        foreach (var culture in new[] { "nl-NL", "de-DE", "sv-SE", "en-GB" })
        {
            Read(text, culture).ShouldBeOfType<NumberReading.Invalid>($"“{text}” in {culture}").Reason.ShouldContain(reason);
        }
    }

    [Fact]
    public void Hostile_input_is_refused_without_work()
    {
        var culture = CultureInfo.GetCultureInfo("nl-NL");
        TypedNumber.Read(new string('9', 1_000_000), culture).ShouldBeOfType<NumberReading.Invalid>().Reason.ShouldContain("too long");
        TypedNumber.Read(new string('9', 40), culture).ShouldBeOfType<NumberReading.Invalid>().Reason.ShouldContain("too large");
        TypedNumber.Read("9" + new string('0', 3) + "," + new string('1', 30), culture).ShouldBeOfType<NumberReading.Invalid>();
        TypedNumber.Read("1\0" + "2", culture).ShouldBeOfType<NumberReading.Invalid>();
    }

    [Fact]
    public void Direction_marks_pasted_with_a_number_are_ignored()
    {
        var culture = CultureInfo.GetCultureInfo("nl-NL");
        TypedNumber.Read("\u200F0,45\u200E", culture).ShouldBe(new NumberReading.Value(0.45m));
        TypedNumber.Read("\u202B2.400.000\u202C", culture).ShouldBe(new NumberReading.Value(2_400_000m));
        TypedNumber.Read("\u2067€ 12,50\u2069", culture).ShouldBe(new NumberReading.Value(12.5m));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void What_the_field_shows_reads_back_as_the_same_value(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        foreach (var value in new[] { 0.45m, 2_400_000m, 1234.56m, -3.5m, 0m, 0.125m, 100m })
        {
            TypedNumber.Read(NumberEcho.ForInput(value, culture), culture).ShouldBe(new NumberReading.Value(value), $"{value} in {name}");
        }
    }
}
