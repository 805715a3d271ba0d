using System.Globalization;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Core.Numbers;

/// <summary>
/// Writes a number back the way the officer's culture writes it, so what was stored can be checked
/// at a glance: "€0.45 per kWh" in en-GB, "€ 0,45 per kWh" in nl-NL, "2.400.000 €" in de-DE. The
/// number takes the culture's form; the words around it ("per", the number in words) are the
/// interface language's (<see cref="NumberWords"/>, <see cref="NumberSpeller"/>).
/// </summary>
public static class NumberEcho
{
    private const string AllDecimals = "0.############################";

    /// <summary>The value as it goes back into a text field: the culture's decimal separator, no grouping, so it reads back unambiguously.</summary>
    public static string ForInput(decimal value, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return value.ToString(AllDecimals, culture);
    }

    /// <summary>The value with the culture's thousands grouping and as many decimals as it has ("2,400,000", "0,125").</summary>
    public static string Grouped(decimal value, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return value.ToString("#,0.############################", culture);
    }

    /// <summary>An amount in the currency's sign where it has a common one (€, £, kr), placed as the culture places it; the code otherwise.</summary>
    public static string Amount(decimal value, CultureInfo culture, string? currency)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = Symbol(currency);
        var decimals = Scale(value) == 0 ? 0 : Math.Max(2, Scale(value));
        return value.ToString("C" + decimals.ToString(CultureInfo.InvariantCulture), format);
    }

    /// <summary>The value as a percentage, placed as the culture places the sign ("45%", "45 %").</summary>
    public static string Percent(decimal value, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return (value / 100m).ToString("P" + Scale(value).ToString(CultureInfo.InvariantCulture), culture);
    }

    /// <summary>The value read back in full: "€0.45 per kWh", "45 %", "12 years".</summary>
    /// <param name="value">The stored value.</param>
    /// <param name="shape">Plain, percentage or money.</param>
    /// <param name="culture">The officer's culture.</param>
    /// <param name="currency">For money: the ISO code of the tender's currency, or null when not chosen yet.</param>
    /// <param name="unit">A plain number's unit ("years"); for money, what the amount is per ("kWh").</param>
    /// <param name="language">The language of the words around the number ("per"); English when null.</param>
    public static string Describe(decimal value, NumberShape shape, CultureInfo culture, string? currency = null, string? unit = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return shape switch
        {
            NumberShape.Percentage => Percent(value, culture),
            NumberShape.Money when currency is null => Per(Grouped(value, culture), unit, language),
            NumberShape.Money => Per(Amount(value, culture, currency), unit, language),
            _ when string.IsNullOrWhiteSpace(unit) => Grouped(value, culture),
            _ => $"{Grouped(value, culture)} {unit}",
        };
    }

    /// <summary>
    /// The value in words, to tell two readings apart without relying on separators: 1234 is "one
    /// thousand two hundred thirty-four", 1.234 is "one point two three four"; in Dutch "duizend
    /// tweehonderdvierendertig" and "een komma twee drie vier".
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The interface's catalogue language (a document language or the pseudo-language); English when null.</param>
    public static string InWords(decimal value, string? language = null) => NumberSpeller.InWords(value, language);

    // "€0.45 per kWh": an amount and what it is per, in the language's words.
    private static string Per(string amount, string? unit, string? language) =>
        string.IsNullOrWhiteSpace(unit) ? amount : string.Format(CultureInfo.InvariantCulture, NumberWords.For(language).PerUnit, amount, unit);

    private static int Scale(decimal value) =>
        value.ToString(AllDecimals, CultureInfo.InvariantCulture) is var s && s.Contains('.', StringComparison.Ordinal)
            ? s.Length - s.IndexOf('.', StringComparison.Ordinal) - 1
            : 0;

    private static string Symbol(string? currency) => currency?.ToUpperInvariant() switch
    {
        "EUR" => "€",
        "GBP" => "£",
        "SEK" or "DKK" or "NOK" or "ISK" => "kr",
        null or "" => "",
        var code => code,
    };
}
