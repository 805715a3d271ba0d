using System.Globalization;
using System.Text;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Core.Numbers;

/// <summary>
/// Reads a number as a European officer types it into a form: a decimal comma or point ("0,45",
/// "0.45"), thousands grouped by points, commas, spaces or apostrophes ("2.400.000", "2 400 000",
/// "2'400'000"), both at once ("1.234,56", "1,234.56": the last one is the decimal separator), a
/// currency sign or code before or after ("€ 0,45", "1 500 kr", "EUR 12"), a trailing "%" and a
/// minus sign. What cannot be decided is not guessed: "1.234" is one thousand two hundred and
/// thirty-four in Amsterdam and one point two three four in Dublin, so both readings come back
/// (docs/decisions/0016-numbers-in-the-officers-culture.md).
/// </summary>
public static class TypedNumber
{
    /// <summary>Longer input is refused before it is looked at: no number an officer types is this long.</summary>
    public const int MaxLength = 64;

    // Thousands separators that can never be a decimal separator.
    private static readonly char[] SpaceLike = [' ', '\u00A0', '\u202F', '\u2009', '\'', '\u2019'];

    // Invisible marks that pasted text (right-to-left documents, web pages) carries along.
    private static readonly char[] Invisible = ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', '\u200B'];

    private static readonly string[] CurrencyMarks = ["EUR", "SEK", "GBP", "DKK", "NOK", "CHF", "€", "£", "kr.", "kr", ":-"];

    /// <summary>Reads <paramref name="text"/> as typed by someone working in <paramref name="culture"/>.</summary>
    /// <param name="text">What was typed.</param>
    /// <param name="culture">How the officer writes numbers (the minus sign, the currency).</param>
    /// <param name="language">The language of the reason when it is not a number (a document language or the pseudo-language); English when null.</param>
    public static NumberReading Read(string? text, CultureInfo culture, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var words = NumberWords.For(language);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new NumberReading.Empty();
        }

        if (text.Length > MaxLength)
        {
            return new NumberReading.Invalid(Say(words.TooLong, text.Length));
        }

        var s = Strip(text, culture, words, out var problem);
        if (problem is not null)
        {
            return new NumberReading.Invalid(problem);
        }

        var negative = false;
        if (s.Length > 0 && IsMinus(s[0], culture))
        {
            negative = true;
            s = StripCurrency(s[1..].Trim(), culture).Trim();
        }
        else if (s.Length > 0 && s[0] == '+')
        {
            s = s[1..].Trim();
        }

        if (s.Length == 0)
        {
            return new NumberReading.Invalid(words.NoDigits);
        }

        if (s.FirstOrDefault(c => !char.IsAsciiDigit(c) && c is not ('.' or ',') && !SpaceLike.Contains(c)) is var odd && odd != default)
        {
            return new NumberReading.Invalid(IsMinus(odd, culture)
                ? words.MinusInMiddle
                : char.IsLetter(odd)
                    ? Say(words.Letters, odd)
                    : Say(words.OddCharacter, odd));
        }

        if (!char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1]))
        {
            return new NumberReading.Invalid(words.DigitAtEnds);
        }

        return Split(s, words) switch
        {
            (null, var reason, _, _) => new NumberReading.Invalid(reason!),
            ({ } integer, _, var fraction, false) => Value(integer, fraction, negative, words),
            ({ } integer, _, var fraction, true) => Ambiguity(integer, fraction, negative, words),
        };
    }

    // Removes invisible marks, the percent sign and a currency mark at either end.
    private static string Strip(string text, CultureInfo culture, NumberWords words, out string? problem)
    {
        problem = null;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!Invisible.Contains(c))
            {
                builder.Append(c);
            }
        }

        var s = builder.ToString().Trim();
        if (s.EndsWith('%'))
        {
            s = s[..^1].Trim();
            if (s.Contains('%', StringComparison.Ordinal))
            {
                problem = words.TwoPercent;
                return s;
            }
        }

        return StripCurrency(s, culture).Trim();
    }

    private static string StripCurrency(string s, CultureInfo culture)
    {
        var marks = CurrencyMarks.Append(culture.NumberFormat.CurrencySymbol).Where(m => m.Length > 0);
        foreach (var mark in marks)
        {
            if (s.StartsWith(mark, StringComparison.OrdinalIgnoreCase))
            {
                return s[mark.Length..].Trim();
            }

            if (s.EndsWith(mark, StringComparison.OrdinalIgnoreCase))
            {
                return s[..^mark.Length].Trim();
            }
        }

        return s;
    }

    private static bool IsMinus(char c, CultureInfo culture) =>
        c is '-' or '\u2212' or '\u2013' || culture.NumberFormat.NegativeSign == c.ToString();

    // Finds the integer digits and the fraction digits, or says why the separators make no sense.
    private static (string? Integer, string? Reason, string Fraction, bool Ambiguous) Split(string s, NumberWords words)
    {
        var lastComma = s.LastIndexOf(',');
        var lastPoint = s.LastIndexOf('.');
        var commas = s.Count(c => c == ',');
        var points = s.Count(c => c == '.');
        var spaced = s.Any(c => SpaceLike.Contains(c));
        char? decimalMark = null;
        var ambiguous = false;
        if (commas > 0 && points > 0)
        {
            decimalMark = lastComma > lastPoint ? ',' : '.';
            if ((decimalMark == ',' ? commas : points) > 1)
            {
                return (null, Say(words.TwoDecimalSeparators, decimalMark), "", false);
            }
        }
        else if (commas + points == 1)
        {
            var mark = commas == 1 ? ',' : '.';
            var before = s[..s.IndexOf(mark)];
            var after = s[(s.IndexOf(mark) + 1)..];

            // Three digits after a lone separator could be thousands; unless grouping by spaces
            // already shows the thousands, or the part before cannot be a first group ("0", "1234").
            ambiguous = after.Length == 3 && !spaced && before.Length is >= 1 and <= 3 && before[0] != '0';
            decimalMark = mark;
        }

        var integerPart = decimalMark is { } d ? s[..s.LastIndexOf(d)] : s;
        var fraction = decimalMark is { } e ? s[(s.LastIndexOf(e) + 1)..] : "";
        if (!fraction.All(char.IsAsciiDigit))
        {
            return (null, words.SeparatorsAfterDecimal, "", false);
        }

        return Ungroup(integerPart) is { } digits
            ? (digits, null, fraction, ambiguous)
            : (null, words.BadGrouping, "", false);
    }

    // "2.400.000" → "2400000"; one kind of separator, a first group of one to three digits, then threes.
    private static string? Ungroup(string integerPart)
    {
        var separators = integerPart.Where(c => !char.IsAsciiDigit(c)).Select(c => SpaceLike.Contains(c) ? ' ' : c).Distinct().ToList();
        if (separators.Count == 0)
        {
            return integerPart;
        }

        if (separators.Count > 1)
        {
            return null;
        }

        var groups = new string(integerPart.Select(c => char.IsAsciiDigit(c) ? c : '|').ToArray()).Split('|');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3) ? string.Concat(groups) : null;
    }

    private static NumberReading Value(string integer, string fraction, bool negative, NumberWords words) =>
        Parse(integer, fraction, negative) is { } value
            ? new NumberReading.Value(value)
            : new NumberReading.Invalid(words.TooLarge);

    private static NumberReading Ambiguity(string integer, string fraction, bool negative, NumberWords words) =>
        (Parse(integer + fraction, "", negative), Parse(integer, fraction, negative)) is ({ } grouped, { } decimalValue)
            ? new NumberReading.Ambiguous(grouped, decimalValue)
            : new NumberReading.Invalid(words.TooLarge);

    // A reason filled in; what is filled in is a character or a count, written the same in every culture.
    private static string Say(string reason, object? argument) => string.Format(CultureInfo.InvariantCulture, reason, argument);

    private static decimal? Parse(string integer, string fraction, bool negative)
    {
        if (integer.TrimStart('0').Length > 20 || fraction.Length > 20)
        {
            return null;
        }

        var invariant = (negative ? "-" : "") + integer + (fraction.Length > 0 ? "." + fraction : "");
        return decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }
}
