using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Core.Tests.Rules;

/// <summary>
/// What an included clause says about the law behind it: the review step names that law for a
/// clause it will not let the officer remove, and offers "Remove" for every other clause.
/// </summary>
public sealed class IncludedClauseTests
{
    private static readonly DateOnly s_today = new(2026, 11, 29);
    private static readonly TenderInput s_utrecht = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "utrecht-like-concession.yaml"))).Input;

    [Fact]
    public void A_mandatory_clause_is_required_only_by_its_verified_legal_sources()
    {
        var package = Evaluate(s_utrecht);
        var mandatory = package.Clauses.Where(c => c.Strength == Strength.Mandatory).ToList();
        mandatory.ShouldNotBeEmpty();

        mandatory.ShouldAllBe(c => !c.IsRemovable);
        mandatory.ShouldAllBe(c => c.RequiredBy.Any(), "a clause is mandatory only with verified law behind it");
        mandatory.SelectMany(c => c.RequiredBy).ShouldAllBe(s => s.Type == SourceType.Law && s.Status == VerificationStatus.Verified);

        // Its ISO 15118-20 standard is verified, but a standard is not the law that makes it mandatory.
        var iso = package.Clauses.Single(c => c.Id == "afir-hardware.iso-15118-20");
        iso.Sources.ShouldContain(s => s.Type == SourceType.Standard && s.Status == VerificationStatus.Verified);
        iso.RequiredBy.Select(s => s.SourceId).Distinct().ShouldBe(["da-2025-656"]);

        // One of its legal citations is still to be verified: it is not offered as the reason.
        var smart = package.Clauses.Single(c => c.Id == "afir-connectivity.smart-recharging-capable");
        var toVerify = smart.Sources.Where(s => s.Type == SourceType.Law && s.Status == VerificationStatus.ToVerify).ToList();
        toVerify.ShouldNotBeEmpty();
        smart.RequiredBy.ShouldNotContain(s => toVerify.Contains(s));
        smart.RequiredBy.Count().ShouldBe(smart.Sources.Count(s => s.Type == SourceType.Law && s.Status == VerificationStatus.Verified));
    }

    [Fact]
    public void A_recommended_clause_is_removable_and_required_by_nothing_even_with_verified_law_among_its_sources()
    {
        var clause = Evaluate(s_utrecht).Clauses.Single(c => c.Id == "grid.dso-coordination");

        clause.Strength.ShouldBe(Strength.Recommended);
        clause.Sources.ShouldContain(s => s.Type == SourceType.Law && s.Status == VerificationStatus.Verified);
        clause.IsRemovable.ShouldBeTrue();
        clause.RequiredBy.ShouldBeEmpty();
    }

    private static TenderPackage Evaluate(TenderInput input) => RulesEngine.Evaluate(input, CatalogueLoader.Default, s_today);
}
