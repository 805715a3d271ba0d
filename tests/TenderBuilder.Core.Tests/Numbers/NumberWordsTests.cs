using System.Globalization;
using TenderBuilder.Core.Catalogues.Translations;
using TenderBuilder.Core.Numbers;

namespace TenderBuilder.Core.Tests.Numbers;

/// <summary>
/// A number in words in each interface language, as the wizard says the two readings of "1.234":
/// each language's compounds (Dutch "eenentwintig", German "einundzwanzig", Swedish "tjugoett"),
/// its way of writing thousands and millions, and its word for the decimal separator.
/// </summary>
public sealed class NumberWordsTests
{
    [Theory]
    [InlineData(0, "nul")]
    [InlineData(1, "een")]
    [InlineData(21, "eenentwintig")]
    [InlineData(22, "tweeëntwintig")]
    [InlineData(23, "drieëntwintig")]
    [InlineData(100, "honderd")]
    [InlineData(1234, "duizend tweehonderdvierendertig")]
    [InlineData(1.234, "een komma twee drie vier")]
    [InlineData(2400000, "twee miljoen vierhonderdduizend")]
    [InlineData(1000000, "een miljoen")]
    [InlineData(0.45, "nul komma vier vijf")]
    [InlineData(-40, "min veertig")]
    [InlineData(-12.5, "min twaalf komma vijf")]
    public void Dutch_writes_ones_before_tens_with_en_and_a_space_after_duizend(decimal value, string words) =>
        NumberEcho.InWords(value, "nl-NL").ShouldBe(words);

    [Theory]
    [InlineData(0, "null")]
    [InlineData(1, "eins")]
    [InlineData(21, "einundzwanzig")]
    [InlineData(100, "einhundert")]
    [InlineData(101, "einhunderteins")]
    [InlineData(1234, "eintausendzweihundertvierunddreißig")]
    [InlineData(1.234, "eins Komma zwei drei vier")]
    [InlineData(2400000, "zwei Millionen vierhunderttausend")]
    [InlineData(1000000, "eine Million")]
    [InlineData(201000, "zweihunderteintausend")]
    [InlineData(0.45, "null Komma vier fünf")]
    [InlineData(-40, "minus vierzig")]
    public void German_writes_one_word_below_a_million_and_eins_only_at_the_end(decimal value, string words) =>
        NumberEcho.InWords(value, "de-DE").ShouldBe(words);

    [Theory]
    [InlineData(0, "noll")]
    [InlineData(1, "ett")]
    [InlineData(21, "tjugoett")]
    [InlineData(100, "etthundra")]
    [InlineData(1234, "ettusen tvåhundratrettiofyra")]
    [InlineData(1.234, "ett komma två tre fyra")]
    [InlineData(2400000, "två miljoner fyrahundratusen")]
    [InlineData(1000000, "en miljon")]
    [InlineData(21000, "tjugoettusen")]
    [InlineData(0.45, "noll komma fyra fem")]
    [InlineData(-40, "minus fyrtio")]
    public void Swedish_writes_tens_before_ones_and_counts_a_miljon_with_en(decimal value, string words) =>
        NumberEcho.InWords(value, "sv-SE").ShouldBe(words);

    [Theory]
    [InlineData(1, "one")]
    [InlineData(21, "twenty-one")]
    [InlineData(100, "one hundred")]
    [InlineData(1000000, "one million")]
    [InlineData(0.45, "zero point four five")]
    [InlineData(-1.5, "minus one point five")]
    public void English_stays_as_it_was_with_or_without_a_language(decimal value, string words)
    {
        NumberEcho.InWords(value).ShouldBe(words);
        NumberEcho.InWords(value, "en").ShouldBe(words);
    }

    [Fact]
    public void The_pseudo_language_marks_the_words_so_the_crawl_sees_they_went_through_the_language()
    {
        var words = NumberEcho.InWords(1.234m, PseudoText.Language);

        PseudoText.IsMarked(words).ShouldBeTrue();
        words.ShouldBe(PseudoText.Mark("one point two three four"));
    }

    [Fact]
    public void An_amount_per_unit_is_read_back_with_the_languages_word_for_per()
    {
        NumberEcho.Describe(0.45m, NumberShape.Money, CultureInfo.GetCultureInfo("de-DE"), "EUR", "kWh", "de-DE").Replace('\u00A0', ' ').ShouldBe("0,45 € pro kWh");
        NumberEcho.Describe(0.45m, NumberShape.Money, CultureInfo.GetCultureInfo("en-GB"), "EUR", "kWh", "en").ShouldBe("€0.45 per kWh");
    }

    [Fact]
    public void Why_a_typed_number_is_not_one_is_said_in_the_interface_language()
    {
        TypedNumber.Read("12x", CultureInfo.GetCultureInfo("nl-NL"), "nl-NL").ShouldBe(new NumberReading.Invalid("bevat letters (‘x’); typ alleen het getal"));
        TypedNumber.Read("1.2.3,4,5", CultureInfo.GetCultureInfo("de-DE"), "de-DE").ShouldBe(new NumberReading.Invalid("hat mehr als ein Dezimaltrennzeichen („,“)"));
        TypedNumber.Read("12 34", CultureInfo.GetCultureInfo("sv-SE"), "sv-SE").ShouldBe(new NumberReading.Invalid("har skiljetecken på fel ställen (tusental skrivs i grupper om tre siffror)"));
        TypedNumber.Read("12x", CultureInfo.GetCultureInfo("en-GB")).ShouldBe(new NumberReading.Invalid("contains letters (“x”); type only the number"));
    }
}
