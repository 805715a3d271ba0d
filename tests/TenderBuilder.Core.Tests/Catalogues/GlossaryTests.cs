using System.Text.RegularExpressions;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Tests.TestSupport;

namespace TenderBuilder.Core.Tests.Catalogues;

/// <summary>
/// The glossary explains every term of art the questions use, is found in texts the way an officer
/// reads them, and a mistake in it is reported with its line like any catalogue mistake.
/// </summary>
public sealed partial class GlossaryTests
{
    // Tokens with two capitals that are not jargon: the product, Roman numerals, country and currency
    // codes (each currency option spells its name out beside the code), a place's name. NUTS region
    // codes given as examples (NL350) are codes like the country codes; the glossary explains NUTS.
    private static readonly HashSet<string> s_plainWords = new(StringComparer.Ordinal)
    {
        "TenderBuilder", "II", "III", "EU", "UK", "IT", "Wi-Fi",
        "BGN", "CHF", "CZK", "DKK", "EUR", "HUF", "ISK", "NOK", "PLN", "RON", "SEK",
        "Saint-Martin",
    };

    private static readonly Glossary s_glossary = CatalogueLoader.Default.Glossary;

    [Fact]
    public void The_shipped_glossary_lists_its_terms_alphabetically_with_aliases_and_sources()
    {
        var dso = s_glossary.Terms.Single(t => t.Term == "DSO");

        dso.Aliases.ShouldContain("distribution system operator");
        dso.Definition.ShouldContain("local electricity grid");
        s_glossary.Terms.Select(t => t.Term).ShouldBe(s_glossary.Terms.Select(t => t.Term).Order(StringComparer.OrdinalIgnoreCase));
        s_glossary.Terms.Single(t => t.Term == "smart charging").Source!.Status.ShouldBe(VerificationStatus.Verified);
        s_glossary.Terms.Single(t => t.Term == "recharging pool").Source!.Status.ShouldBe(VerificationStatus.ToVerify, "the pool definition is not in the verified facts");
    }

    [Fact]
    public void Every_abbreviation_in_a_question_text_is_in_the_glossary()
    {
        var known = s_glossary.Terms.SelectMany(t => t.Names).SelectMany(name => Words().Matches(name).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        var questionnaire = CatalogueLoader.Default.Questionnaire;
        var texts = questionnaire.Questions.SelectMany(q =>
            new[] { q.Label, q.Help, q.Why }.Concat(q.Options.SelectMany(o => new[] { o.Label, o.Help })).OfType<string>().Select(text => (q.Id, text)));

        var missing = texts
            .SelectMany(t => Abbreviation().Matches(t.text).Select(m => (t.Id, Token: m.Value)))
            .Where(t => !s_plainWords.Contains(t.Token) && !TextFormats.NutsCodes.Contains(t.Token) && !Known(known, t.Token))
            .Select(t => $"{t.Token} (in {t.Id})")
            .Distinct()
            .ToList();

        missing.ShouldBeEmpty("add each to Catalogues/Content/glossary.yaml, with a definition in plain words");
    }

    // "DSOs" is the plural of a known "DSO"; "V2G-ready" is built on a known "V2G".
    private static bool Known(HashSet<string> known, string token) =>
        known.Contains(token) || known.Contains(token.TrimEnd('s')) || (token.Contains('-') && known.Contains(token[..token.IndexOf('-')]));

    [Fact]
    public void A_term_is_found_once_per_text_as_a_whole_word_and_the_longest_name_wins()
    {
        var matches = s_glossary.FirstOccurrences("The DSO and the DSOs ask for EN ISO 15118-20; a pin is no PIN.");

        matches.Select(m => m.Term.Term).ShouldBe(["DSO", "ISO 15118", "PIN"]);
        matches[1].Length.ShouldBe("EN ISO 15118-20".Length);
        s_glossary.FirstOccurrences("Smart charging and a concessionaire").Select(m => m.Term.Term).ShouldBe(["smart charging"]);
        s_glossary.Find("distribution system operator")!.Term.ShouldBe("DSO");
    }

    [Fact]
    public void The_terms_of_several_texts_are_listed_once_alphabetically() =>
        s_glossary.TermsIn(["OCPP and the DSO", "the DSO again", "AC points"]).Select(t => t.Term).ShouldBe(["AC", "DSO", "OCPP"]);

    [Theory]
    [InlineData("terms:\n  - term: DSO\n    definiton: typo\n", "glossary.yaml:3: unknown key \"definiton\"")]
    [InlineData("terms:\n  - term: DSO\n    definition: x\n    source: nowhere\n    locator: y\n", "glossary.yaml:2: the source \"nowhere\" is not in sources.yaml")]
    [InlineData("terms:\n  - term: DSO\n    definition: x\n  - term: grid\n    aliases: [DSO]\n    definition: y\n", "glossary.yaml:4: glossary term \"grid\": \"DSO\" already names the term \"DSO\"")]
    [InlineData("terms:\n  - term: DSO\n    definition: x\n    source: afir\n    locator: y\n    verified: yes\n", "glossary.yaml:2: verified \"yes\" must name a section")]
    public void A_malformed_glossary_entry_is_reported_with_its_file_and_line(string yaml, string expected)
    {
        var files = MiniCatalogue.Files();
        files.Add(new CatalogueFile("glossary.yaml", yaml));

        var error = Should.Throw<CatalogueLoadException>(() => CatalogueLoader.Load(files));

        error.Errors.ShouldContain(message => message.StartsWith(expected, StringComparison.Ordinal), string.Join("\n", error.Errors));
    }

    [GeneratedRegex(@"(?<![\w-])(?=[\w-]*[A-Z][\w-]*[A-Z])[A-Za-z0-9]+(?:-[A-Za-z]+)?")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"[A-Za-z0-9]+(?:-[A-Za-z]+)?")]
    private static partial Regex Words();
}
