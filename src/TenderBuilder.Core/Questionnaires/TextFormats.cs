using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;

namespace TenderBuilder.Core.Questionnaires;

/// <summary>
/// Whether a text is a value of a <see cref="TextFormat"/>. The patterns are the eForms SDK's own
/// (fields.json of SDK 1.15.1, for BT-505, BT-506 and BT-503) and the NUTS codes its code list
/// (Formats/nuts3.txt), so what TenderBuilder accepts is what the notice accepts.
/// </summary>
public static partial class TextFormats
{
    private static readonly Lazy<FrozenSet<string>> s_nuts = new(ReadNuts);

    /// <summary>The NUTS 3 region codes of the EU and EEA countries (eForms SDK 1.15.1).</summary>
    public static FrozenSet<string> NutsCodes => s_nuts.Value;

    /// <summary>Whether the text is a value of the format.</summary>
    public static bool Fits(TextFormat format, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return format switch
        {
            TextFormat.Url => Url().IsMatch(text),
            TextFormat.Email => Email().IsMatch(text),
            TextFormat.Phone => Phone().IsMatch(text),
            TextFormat.Nuts => NutsCodes.Contains(text),
            _ => true,
        };
    }

    private static FrozenSet<string> ReadNuts()
    {
        using var stream = typeof(TextFormats).Assembly.GetManifestResourceStream("Formats/nuts3.txt")
            ?? throw new InvalidOperationException("The NUTS code list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var codes = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                codes.Add(line.Trim());
            }
        }

        return codes.ToFrozenSet(StringComparer.Ordinal);
    }

    // eForms allows http, https and ftp addresses and ones starting with "www."; a notice's
    // addresses are for bidders' browsers, so only the web ones are accepted here. The characters
    // after the start are eForms' list (no spaces, no "~").
    [GeneratedRegex("""^(?:(?:https?://)|(?:[wW]{3}[0-9]?\.))[\p{L}\p{N}?!./:;,\-_=#+*%@"()&]+$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex("""^[\p{L}\p{N}!#$%&'*+/=?_-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?_-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}_-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}]{2,}$""", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Email();

    // Nested repetitions of digits: matched without backtracking, so a long wrong number cannot stall the check.
    [GeneratedRegex("""^(?:(?:\(\+?[0-9]+\))|\+?[0-9]+)(?: - |-| )?(?:(?:(?:\([0-9]+\))|[0-9]+)(?: - |-| )?)*[0-9]+ ?$""", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Phone();
}
