using System.Text.Json;
using System.Text.RegularExpressions;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Catalogues.Translations;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Tests.TestSupport;

namespace TenderBuilder.Core.Tests.Rules;

/// <summary>
/// Every example evaluated in the pseudo-language, where every word that passed through a
/// translation carries accents: a plain-ASCII word in a clause's title, text (with its values and
/// framing filled in), explanation or reason for being left out is a word the rules wrote without
/// the localisation table. Only what the officer wrote, numbers and standard names may stay plain.
/// </summary>
public sealed partial class PseudoLanguagePackageTests
{
    private static readonly DateOnly s_referenceDate = new(2026, 12, 7);

    // Names of standards, laws, units and bodies, written alike in every language.
    private static readonly HashSet<string> s_standardNames = new(StringComparer.Ordinal)
    {
        "OCPP", "OCPI", "ISO", "IEC", "EN", "CEN", "CENELEC", "ETSI", "AFIR", "EU", "CPV", "TS", "MID", "NIS", "GDPR",
        "kW", "kWh", "kVA", "MW", "MWh", "AC", "DC", "V2G", "CCS", "CHAdeMO", "RFID", "EUR", "SEK", "TLS", "PKI", "API",
    };

    public static TheoryData<string> Examples => [.. Directory.GetFiles(Repository.Examples, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_word_the_rules_write_into_a_pseudo_language_package_passed_through_a_translation(string example)
    {
        var input = Inputs.Example(example);
        var pseudo = input with { Tender = input.Tender with { Language = PseudoText.Language } };
        var officers = OfficersWords(pseudo);
        // A clause's own enum values (no question gives them labels) print as the catalogue writes
        // them: the catalogue has no translatable label for them yet ("calendar year").
        officers.UnionWith(CatalogueLoader.Default.Clauses.SelectMany(c => c.Parameters)
            .Where(p => p.Type == ParameterType.Enum && p.FromAnswer is null)
            .SelectMany(p => p.Options).SelectMany(Words));

        var package = RulesEngine.Evaluate(pseudo, CatalogueLoader.Default, s_referenceDate);

        package.Language.ShouldBe(PseudoText.Language);
        package.Findings.ShouldNotContain(f => f.Code == "input.unknown-language");
        var texts = package.Clauses.Where(c => !c.IsCustom)
            .SelectMany(c => new[] { ($"{c.Id} title", c.Title), ($"{c.Id} text", c.Text), ($"{c.Id} explanation", c.Explanation), ($"{c.Id} applies to", c.AppliesTo ?? ""), ($"{c.Id} verification", c.Verification.Text) })
            .Concat(package.Clauses.Where(c => c.IsCustom).SelectMany(c => new[] { ($"{c.Id} explanation", c.Explanation), ($"{c.Id} topic", c.TopicTitle) }))
            .Concat(package.Excluded.Select(c => ($"{c.Id} left out", c.Reason)))
            .Append(("framing", package.Framing.Reason));
        var plain = texts
            .SelectMany(t => Words(t.Item2).Where(w => IsPlain(w) && !officers.Contains(w) && !s_standardNames.Contains(w)).Select(w => $"{t.Item1}: {w}"))
            .Distinct()
            .ToList();

        plain.ShouldBeEmpty(string.Join(Environment.NewLine, plain.Take(60)));
    }

    [Fact]
    public void The_pseudo_language_is_written_but_not_offered()
    {
        DocumentLanguages.IsKnown(PseudoText.Language).ShouldBeTrue();
        DocumentLanguages.IsSupported(PseudoText.Language).ShouldBeFalse();
        DocumentLanguages.All.ShouldNotContain(PseudoText.Language);
    }

    // A word is plain when it has a letter the pseudo-language would have marked and no marked letter.
    private static bool IsPlain(string word) =>
        !PseudoText.IsMarked(word) && word.Any(c => c < 128 && PseudoText.Mark(c.ToString()) != c.ToString()) && !word.Any(char.IsDigit);

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    // Every word of every text the officer wrote in the input: titles, names, typed answers.
    private static HashSet<string> OfficersWords(TenderInput input)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        void Walk(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    words.UnionWith(Words(element.GetString()!));
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Walk(property.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        Walk(JsonSerializer.SerializeToElement(input, TenderInputJson.Options));
        return words;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
