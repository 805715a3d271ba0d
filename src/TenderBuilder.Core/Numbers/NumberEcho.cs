using System.Globalization;

namespace TenderBuilder.Core.Numbers;

/// <summary>
/// Writes a number back the way the officer's culture writes it, so what was stored can be checked
/// at a glance: "€0.45 per kWh" in en-GB, "€ 0,45 per kWh" in nl-NL, "2.400.000 €" in de-DE. The
/// words around it stay English like the rest of the interface; only the number takes the culture's
/// form.
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
    public static string Describe(decimal value, NumberShape shape, CultureInfo culture, string? currency = null, string? unit = null)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var per = string.IsNullOrWhiteSpace(unit) ? "" : $" per {unit}";
        return shape switch
        {
            NumberShape.Percentage => Percent(value, culture),
            NumberShape.Money when currency is null => Grouped(value, culture) + per,
            NumberShape.Money => Amount(value, culture, currency) + per,
            _ when string.IsNullOrWhiteSpace(unit) => Grouped(value, culture),
            _ => $"{Grouped(value, culture)} {unit}",
        };
    }

    /// <summary>
    /// The value in English words, to tell two readings apart without relying on separators:
    /// 1234 is "one thousand two hundred thirty-four", 1.234 is "one point two three four".
    /// </summary>
    public static string InWords(decimal value)
    {
        var sign = value < 0 ? "minus " : "";
        value = Math.Abs(value);
        var whole = decimal.Truncate(value);
        var text = sign + Whole(whole);
        var fraction = value.ToString(AllDecimals, CultureInfo.InvariantCulture) is var s && s.Contains('.', StringComparison.Ordinal)
            ? s[(s.IndexOf('.', StringComparison.Ordinal) + 1)..]
            : "";
        return fraction.Length == 0 ? text : text + " point " + string.Join(' ', fraction.Select(d => Ones[d - '0']));
    }

    private static readonly string[] Ones =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
            "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly (decimal Size, string Name)[] Scales =
        [(1_000_000_000_000m, "trillion"), (1_000_000_000m, "billion"), (1_000_000m, "million"), (1_000m, "thousand")];

    private static string Whole(decimal n)
    {
        if (n == 0)
        {
            return Ones[0];
        }

        var parts = new List<string>();
        foreach (var (size, name) in Scales)
        {
            if (n >= size)
            {
                parts.Add($"{Whole(decimal.Truncate(n / size))} {name}");
                n %= size;
            }
        }

        if (n >= 100)
        {
            parts.Add($"{Ones[(int)(n / 100)]} hundred");
            n %= 100;
        }

        if (n > 0)
        {
            var small = (int)n;
            parts.Add(small < 20 ? Ones[small] : Tens[small / 10] + (small % 10 == 0 ? "" : "-" + Ones[small % 10]));
        }

        return string.Join(' ', parts);
    }

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
