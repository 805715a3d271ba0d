using System.Globalization;
using TenderBuilder.Core.Catalogues.Translations;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Core.Numbers;

/// <summary>
/// A number in words in a document language, so an officer hears "one thousand two hundred
/// thirty-four" or "one point two three four" and knows which of two readings was meant. The words
/// of a number are grammar, not a text to translate: each language builds its compounds by its own
/// rules (Dutch "eenentwintig", "tweeëntwintig"; German "einundzwanzig", "eins" alone but "ein"
/// inside a compound; Swedish "tjugoett", "ettusen"), so each has its speller here instead of a
/// word list in the localisation table. Fractions are read digit by digit after the language's word
/// for the decimal separator ("komma", "Komma", "point"). The pseudo-language marks the English.
/// </summary>
internal static class NumberSpeller
{
    /// <summary>The value in words in <paramref name="language"/>; English for any language without a speller.</summary>
    public static string InWords(decimal value, string? language)
    {
        var speller = language switch
        {
            "nl-NL" => Dutch,
            "de-DE" => German,
            "sv-SE" => Swedish,
            _ => English,
        };
        var negative = value < 0;
        value = Math.Abs(value);
        var text = speller.Whole(decimal.Truncate(value));
        var fraction = value.ToString("0.############################", CultureInfo.InvariantCulture) is var s && s.Contains('.', StringComparison.Ordinal)
            ? s[(s.IndexOf('.', StringComparison.Ordinal) + 1)..]
            : "";
        if (fraction.Length > 0)
        {
            text += " " + speller.Point + " " + string.Join(' ', fraction.Select(d => speller.Digit(d - '0')));
        }

        text = negative ? speller.Minus + " " + text : text;
        return language == PseudoText.Language ? PseudoText.Mark(text) : text;
    }

    private static readonly Speller English = new EnglishSpeller();
    private static readonly Speller Dutch = new DutchSpeller();
    private static readonly Speller German = new GermanSpeller();
    private static readonly Speller Swedish = new SwedishSpeller();

    private abstract class Speller
    {
        public abstract string Point { get; }

        public abstract string Minus { get; }

        // A digit after the decimal separator, as it is said when counting ("eins", "ett").
        public abstract string Digit(int digit);

        public abstract string Whole(decimal n);
    }

    // "one thousand two hundred thirty-four": words apart, the tens and ones hyphened.
    private sealed class EnglishSpeller : Speller
    {
        private static readonly string[] Ones =
            ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
                "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

        private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

        private static readonly (decimal Size, string Name)[] Scales =
            [(1_000_000_000_000m, "trillion"), (1_000_000_000m, "billion"), (1_000_000m, "million"), (1_000m, "thousand")];

        public override string Point => "point";

        public override string Minus => "minus";

        public override string Digit(int digit) => Ones[digit];

        public override string Whole(decimal n)
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
    }

    // Dutch (Taalunie): one word up to a thousand, a space after "duizend" and around "miljoen":
    // "duizend tweehonderdvierendertig", "twee miljoen vierhonderdduizend"; ones before tens with
    // "en", "ën" after an e ("tweeëntwintig"); no "een" before "honderd" and "duizend".
    private sealed class DutchSpeller : Speller
    {
        private static readonly string[] Ones =
            ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien",
                "vijftien", "zestien", "zeventien", "achttien", "negentien"];

        private static readonly string[] Tens = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"];

        private static readonly (decimal Size, string Name)[] Scales =
            [(1_000_000_000_000m, "biljoen"), (1_000_000_000m, "miljard"), (1_000_000m, "miljoen")];

        public override string Point => "komma";

        public override string Minus => "min";

        public override string Digit(int digit) => Ones[digit];

        public override string Whole(decimal n)
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

            if (n >= 1000)
            {
                var thousands = (int)(n / 1000);
                parts.Add((thousands == 1 ? "" : BelowThousand(thousands)) + "duizend");
                n %= 1000;
            }

            if (n > 0)
            {
                parts.Add(BelowThousand((int)n));
            }

            return string.Join(' ', parts);
        }

        private static string BelowThousand(int n)
        {
            var hundreds = n / 100;
            var rest = n % 100;
            var text = hundreds == 0 ? "" : (hundreds == 1 ? "" : Ones[hundreds]) + "honderd";
            return rest == 0 ? text : text + BelowHundred(rest);
        }

        private static string BelowHundred(int n)
        {
            if (n < 20)
            {
                return Ones[n];
            }

            var ones = n % 10;
            return ones == 0 ? Tens[n / 10] : Ones[ones] + (Ones[ones].EndsWith('e') ? "ën" : "en") + Tens[n / 10];
        }
    }

    // German: one word below a million ("eintausendzweihundertvierunddreißig"), ones before tens
    // with "und" ("einundzwanzig"); "eins" alone or at the end, "ein" inside; "eine Million",
    // "zwei Millionen vierhunderttausend".
    private sealed class GermanSpeller : Speller
    {
        private static readonly string[] Ones =
            ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "dreizehn", "vierzehn",
                "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"];

        private static readonly string[] Tens = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"];

        private static readonly (decimal Size, string One, string Many)[] Scales =
            [(1_000_000_000_000m, "Billion", "Billionen"), (1_000_000_000m, "Milliarde", "Milliarden"), (1_000_000m, "Million", "Millionen")];

        public override string Point => "Komma";

        public override string Minus => "minus";

        public override string Digit(int digit) => Ones[digit];

        public override string Whole(decimal n)
        {
            if (n == 0)
            {
                return Ones[0];
            }

            var parts = new List<string>();
            foreach (var (size, one, many) in Scales)
            {
                if (n >= size)
                {
                    var count = decimal.Truncate(n / size);
                    parts.Add(count == 1 ? "eine " + one : $"{Whole(count)} {many}");
                    n %= size;
                }
            }

            var small = (int)n;
            if (small > 0)
            {
                var thousands = small / 1000;
                var rest = small % 1000;
                parts.Add((thousands == 0 ? "" : Inner(thousands) + "tausend") + (rest == 0 ? "" : BelowThousand(rest)));
            }

            return string.Join(' ', parts);
        }

        // A count before "hundert" or "tausend": "ein", not "eins".
        private static string Inner(int n) => BelowThousand(n) is var words && words.EndsWith("eins", StringComparison.Ordinal) ? words[..^1] : words;

        private static string BelowThousand(int n)
        {
            var hundreds = n / 100;
            var rest = n % 100;
            var text = hundreds == 0 ? "" : (hundreds == 1 ? "ein" : Ones[hundreds]) + "hundert";
            return rest == 0 ? text : text + BelowHundred(rest);
        }

        private static string BelowHundred(int n)
        {
            if (n < 20)
            {
                return Ones[n];
            }

            var ones = n % 10;
            return ones == 0 ? Tens[n / 10] : (ones == 1 ? "ein" : Ones[ones]) + "und" + Tens[n / 10];
        }
    }

    // Swedish: one word below a million, a space after "tusen" when more follows ("ettusen
    // tvåhundratrettiofyra"), tens before ones ("tjugoett"); "etthundra", "ettusen" (three t's
    // written as two); "en miljon", "två miljoner fyrahundratusen".
    private sealed class SwedishSpeller : Speller
    {
        private static readonly string[] Ones =
            ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "tretton", "fjorton",
                "femton", "sexton", "sjutton", "arton", "nitton"];

        private static readonly string[] Tens = ["", "", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"];

        private static readonly (decimal Size, string One, string Many)[] Scales =
            [(1_000_000_000_000m, "biljon", "biljoner"), (1_000_000_000m, "miljard", "miljarder"), (1_000_000m, "miljon", "miljoner")];

        public override string Point => "komma";

        public override string Minus => "minus";

        public override string Digit(int digit) => Ones[digit];

        public override string Whole(decimal n)
        {
            if (n == 0)
            {
                return Ones[0];
            }

            var parts = new List<string>();
            foreach (var (size, one, many) in Scales)
            {
                if (n >= size)
                {
                    var count = decimal.Truncate(n / size);
                    // "en miljon", "tjugoen miljoner": a miljon is counted with "en".
                    var counted = Whole(count) is var words && words.EndsWith("ett", StringComparison.Ordinal) ? words[..^3] + "en" : words;
                    parts.Add($"{counted} {(count == 1 ? one : many)}");
                    n %= size;
                }
            }

            var small = (int)n;
            if (small >= 1000)
            {
                parts.Add(Join(BelowThousand(small / 1000), "tusen"));
                small %= 1000;
            }

            if (small > 0)
            {
                parts.Add(BelowThousand(small));
            }

            return string.Join(' ', parts);
        }

        private static string BelowThousand(int n)
        {
            var hundreds = n / 100;
            var rest = n % 100;
            var text = hundreds == 0 ? "" : Ones[hundreds] + "hundra";
            return rest == 0 ? text : text + BelowHundred(rest);
        }

        private static string BelowHundred(int n) =>
            n < 20 ? Ones[n] : Tens[n / 10] + (n % 10 == 0 ? "" : Ones[n % 10]);

        // "ett" + "tusen" is written "ettusen": no three t's in a row.
        private static string Join(string left, string right) =>
            left.EndsWith("tt", StringComparison.Ordinal) && right.StartsWith('t') ? left + right[1..] : left + right;
    }
}
