using TenderBuilder.Core.Text;

namespace TenderBuilder.Core.Tests.Text;

/// <summary>Numbers as European officers type them: a decimal comma or point, thousands grouped, the last separator decimal when both appear.</summary>
public sealed class LocalNumberTests
{
    [Theory]
    [InlineData("11,5", "11.5")]
    [InlineData("11.5", "11.5")]
    [InlineData("0,45", "0.45")]
    [InlineData("2.400.000", "2400000")]
    [InlineData("2,400,000", "2400000")]
    [InlineData("2 400 000", "2400000")]
    [InlineData("2\u00A0400\u00A0000,75", "2400000.75")]
    [InlineData("2.400.000,50", "2400000.50")]
    [InlineData("2,400.5", "2400.5")]
    [InlineData("2,400", "2.4")]
    [InlineData("-8,6", "-8.6")]
    [InlineData("+7", "7")]
    [InlineData(" 150 ", "150")]
    public void Reads_decimal_commas_points_and_grouping(string text, string expected)
    {
        LocalNumber.TryParse(text, out var value).ShouldBeTrue(text);
        value.ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("11,x")]
    [InlineData("")]
    [InlineData("1e5")]
    [InlineData("€ 5")]
    [InlineData("22 kW")]
    [InlineData("2.40.000")]
    [InlineData("1,2,3.4,5")]
    [InlineData("12,")]
    [InlineData("-")]
    public void Refuses_what_is_not_a_number_rather_than_guessing(string text) =>
        LocalNumber.TryParse(text, out _).ShouldBeFalse(text);

    [Theory]
    [InlineData("11.5", "11,5")]
    [InlineData("-8.6", "-8,6")]
    [InlineData("630", "630")]
    [InlineData("630.00", "630")]
    public void Writes_a_decimal_comma_without_grouping_and_reads_it_back(string number, string written)
    {
        var value = decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture);
        LocalNumber.Format(value).ShouldBe(written);
        LocalNumber.TryParse(written, out var back).ShouldBeTrue();
        back.ShouldBe(value);
    }
}
