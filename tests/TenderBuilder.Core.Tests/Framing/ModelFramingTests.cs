using System.Text.RegularExpressions;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Core.Tests.Framing;

/// <summary>
/// A package speaks the law of its procurement model (docs/legal-framing.md): every example under
/// every model cites only the model's directive, in the clause texts and in their sources, and
/// names the other party one way throughout, and speaks of tenders and tenderers, or under a
/// permit of applications and applicants.
/// </summary>
public sealed partial class ModelFramingTests
{
    public static TheoryData<string, string> ExamplesUnderEveryModel()
    {
        var data = new TheoryData<string, string>();
        foreach (var example in ModelVariants.Examples)
        {
            foreach (var variant in ModelVariants.All)
            {
                data.Add(example, variant.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExamplesUnderEveryModel))]
    public void Only_the_models_directive_is_cited_in_text_and_sources(string example, string variantName)
    {
        var variant = ModelVariants.All.Single(v => v.Name == variantName);
        var package = ModelVariants.Evaluate(example, variant.Model, variant.DemandRisk);

        package.Framing.Regime.ShouldBe(variant.Regime);
        string[] forbidden = variant.Regime switch
        {
            LegalRegime.PublicContract => ["2014/23"],
            LegalRegime.Concession => ["2014/24"],
            _ => ["2014/24", "2014/23"],
        };
        var cited = package.Clauses
            .SelectMany(c => c.Sources.Select(s => (c.Id, Text: $"{s.Short} {s.Document} {s.Locator}"))
                .Append((c.Id, Text: $"{c.Title} {c.Text} {c.Verification.Text}")))
            .Where(item => forbidden.Any(directive => item.Text.Contains(directive, StringComparison.Ordinal)))
            .Select(item => item.Id)
            .Distinct()
            .ToList();
        cited.ShouldBeEmpty($"{example} as {variantName} cites {string.Join(" or ", forbidden)} in: {string.Join(", ", cited)}");
    }

    [Theory]
    [MemberData(nameof(ExamplesUnderEveryModel))]
    public void The_other_party_has_one_name_throughout(string example, string variantName)
    {
        var variant = ModelVariants.All.Single(v => v.Name == variantName);
        var package = ModelVariants.Evaluate(example, variant.Model, variant.DemandRisk);

        var others = new[] { "contractor", "concessionaire", "permit holder" }
            .Where(name => !PartyText.Name(variant.Regime, "en").EndsWith(name, StringComparison.Ordinal))
            .ToArray();
        var misnamed = package.Clauses
            .Where(c => !c.IsCustom)
            .Select(c => (c.Id, Text: $"{c.Title} {c.Text} {c.Verification.Text}"))
            .Where(c => others.Any(name => Regex.IsMatch(c.Text, $@"\b{name}", RegexOptions.IgnoreCase)))
            .Select(c => c.Id)
            .ToList();
        misnamed.ShouldBeEmpty($"{example} as {variantName} names the other party \"{string.Join("\" or \"", others)}\" in: {string.Join(", ", misnamed)}");
        package.Clauses.ShouldAllBe(c => !c.Text.Contains("{party}", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ExamplesUnderEveryModel))]
    public void A_permit_is_applied_for_and_a_contract_or_concession_tendered_for(string example, string variantName)
    {
        var variant = ModelVariants.All.Single(v => v.Name == variantName);
        var package = ModelVariants.Evaluate(example, variant.Model, variant.DemandRisk);

        // What the officer typed into a parameter is theirs, and an example written for a
        // services contract may well say "tender documents" there.
        var officers = package.Clauses.SelectMany(c => c.Parameters)
            .Where(p => p.Value is Answers.AnswerValue.Text && p.Origin is ParameterOrigin.Override or ParameterOrigin.Answer)
            .Select(p => p.Rendered).Where(words => words.Length > 0).ToList();
        var wrong = new Regex(variant.Regime == LegalRegime.Permit
            ? @"\b(tender|tenders|tenderer|tenderers|bid|bids|bidder|bidders)\b"
            : @"\b(applicant|applicants)\b", RegexOptions.IgnoreCase);
        var misworded = package.Clauses
            .Where(c => !c.IsCustom)
            .Select(c => (c.Id, Text: officers.Aggregate($"{c.Title} {c.Text} {c.Verification.Text}", (t, words) => Regex.Replace(t, Regex.Escape(words), "", RegexOptions.IgnoreCase))))
            .Where(c => wrong.IsMatch(c.Text) || c.Text.Contains("{tender", StringComparison.Ordinal))
            .Select(c => c.Id)
            .ToList();
        misworded.ShouldBeEmpty($"{example} as {variantName} speaks of the wrong offer in: {string.Join(", ", misworded)}");
    }

    [Theory]
    [MemberData(nameof(ExamplesUnderEveryModel))]
    public void Where_the_authority_pays_nothing_a_security_backs_what_the_other_party_owes_and_penalties_are_invoiced(string example, string variantName)
    {
        var variant = ModelVariants.All.Single(v => v.Name == variantName);
        var package = ModelVariants.Evaluate(example, variant.Model, variant.DemandRisk);
        var ids = package.Clauses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        ids.Contains("operations.performance-security").ShouldBe(!package.Framing.AuthorityPays, $"{example} as {variantName}");
        // The officer's "yes" to penalties is honoured under every model, a permit included.
        ids.Contains("operations.penalties-and-bonus").ShouldBe(package.Answers.Flag("operations.penalties") == true, $"{example} as {variantName}");
        if (ids.Contains("operations.penalties-and-bonus"))
        {
            package.Clauses.Single(c => c.Id == "operations.penalties-and-bonus").Text.ShouldContain("invoices them");
        }
    }

    [Theory]
    [MemberData(nameof(ExamplesUnderEveryModel))]
    public void What_the_authority_bought_it_owns_and_hands_over_rather_than_transfers(string example, string variantName)
    {
        var variant = ModelVariants.All.Single(v => v.Name == variantName);
        var ids = ModelVariants.Evaluate(example, variant.Model, variant.DemandRisk).Clauses.Select(c => c.Id).ToList();

        if (variant.Model == "purchase_own")
        {
            ids.ShouldContain("exit.hand-over-of-operation");
            ids.ShouldNotContain("exit.end-of-term");
            ids.ShouldNotContain("exit.residual-value-book");
        }
        else
        {
            ids.ShouldNotContain("exit.hand-over-of-operation");
        }
    }
}
