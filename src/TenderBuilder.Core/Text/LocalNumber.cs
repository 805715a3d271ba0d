using System.Globalization;

namespace TenderBuilder.Core.Text;

/// <summary>
/// Reads a number as European officers type it in a spreadsheet: a decimal comma or a decimal point
/// ("11,5", "11.5"), and thousands grouped by points, commas or spaces ("2.400.000", "2,400,000",
/// "2 400 000"). When both a comma and a point appear, the last one is the decimal separator
/// ("2.400,50", "2,400.5"). A single separator followed by three digits ("2,400", "2.400") is read as
/// a decimal separator, because that is what it means in most of the EU; the sites CSV documentation
/// says so. Exponents, currency signs and units are refused rather than guessed.
/// </summary>
public static class LocalNumber
{
    /// <summary>Reads the number, or returns false when the text is not one.</summary>
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // Spreadsheets group with a space, a no-break space or a narrow no-break space.
        var s = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal);
        var sign = "";
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            sign = s[0] == '-' ? "-" : "";
            s = s[1..];
        }

        if (s.Length == 0 || s.Any(c => !char.IsAsciiDigit(c) && c is not (',' or '.')))
        {
            return false;
        }

        var lastComma = s.LastIndexOf(',');
        var lastPoint = s.LastIndexOf('.');
        char? decimalSeparator = (lastComma, lastPoint) switch
        {
            (< 0, < 0) => null,
            (>= 0, >= 0) => lastComma > lastPoint ? ',' : '.',
            (>= 0, _) => s.Count(c => c == ',') == 1 ? ',' : null,
            _ => s.Count(c => c == '.') == 1 ? '.' : null,
        };

        var integerPart = decimalSeparator is { } d ? s[..s.LastIndexOf(d)] : s;
        var fraction = decimalSeparator is { } e ? s[(s.LastIndexOf(e) + 1)..] : "";
        if (decimalSeparator is not null && (fraction.Length == 0 || !fraction.All(char.IsAsciiDigit)))
        {
            return false;
        }

        if (!TryUngroup(integerPart, out var digits))
        {
            return false;
        }

        var invariant = sign + digits + (fraction.Length > 0 ? "." + fraction : "");
        return decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The number written the way <see cref="TryParse"/> reads it back and a European spreadsheet reads it: a decimal comma, no grouping.</summary>
    public static string Format(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture).Replace('.', ',');

    // Digits grouped by one kind of separator, in threes after the first group ("2.400.000"); or plain digits.
    private static bool TryUngroup(string integerPart, out string digits)
    {
        digits = "";
        if (integerPart.Length == 0)
        {
            return false;
        }

        var separators = integerPart.Where(c => c is ',' or '.').Distinct().ToList();
        if (separators.Count == 0)
        {
            digits = integerPart;
            return true;
        }

        if (separators.Count > 1)
        {
            return false;
        }

        var groups = integerPart.Split(separators[0]);
        if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3))
        {
            return false;
        }

        digits = string.Concat(groups);
        return true;
    }
}
