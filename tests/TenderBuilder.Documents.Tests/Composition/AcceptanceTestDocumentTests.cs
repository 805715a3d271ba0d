using TenderBuilder.Core.Catalogues;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Model;

namespace TenderBuilder.Documents.Tests.Composition;

/// <summary>The verification annex keeps what a tender proves apart from what is checked after award.</summary>
public sealed class AcceptanceTestDocumentTests
{
    public static TheoryData<string> ExampleFiles => [.. Examples.Files];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Each_requirement_is_listed_by_when_its_proof_is_due(string file)
    {
        var package = Examples.Package(file);
        var placed = Placements(package);

        var numbers = ClauseNumbers.For(package);
        // Under a permit the proof comes with the application.
        var withTheOffer = package.Framing.Regime == Core.Framing.LegalRegime.Permit ? "Proven with the application" : WithTheTender;
        foreach (var clause in package.Clauses.Where(c => c.Deliverable is Deliverable.Specification or Deliverable.Contract))
        {
            var expected = clause.Verification.Due switch
            {
                EvidenceDue.WithTender => withTheOffer,
                EvidenceDue.AfterAward => AfterAward,
                _ => withTheOffer + " + " + AfterAward,
            };
            placed[numbers[clause.Id]].ShouldBe(expected, clause.Id);
        }

        TenderDocuments.Compose(package).Single(d => d.Metadata.FileName == "acceptance-test-annex")
            .Blocks.OfType<Heading>().Where(h => h.Level == 1).Select(h => h.Text).ShouldBe(
                ["How compliance is proven and delivery accepted", withTheOffer, AfterAward], file);
    }

    [Fact]
    public void A_proof_that_exists_only_after_award_is_not_asked_with_the_tender_and_a_plan_delivered_with_it_is_in_both_parts()
    {
        // The Utrecht-like example discharges to the grid and asks for smart charging by default.
        var package = Examples.Package("utrecht-like-concession.yaml");
        var numbers = ClauseNumbers.For(package);
        var placed = Placements(package);

        // A certificate, but the grid operator's approval to discharge exists only once a point is built.
        placed[numbers["grid.discharge-connection-rules"]].ShouldBe(AfterAward);
        // A document review, but the smart-charging plan is delivered with the tender.
        placed[numbers["smart-charging.smart-by-default"]].ShouldBe(Both);
        // A test report exists before the tender.
        placed[numbers["afir-hardware.connectors"]].ShouldBe(WithTheTender);
    }

    private const string WithTheTender = "Proven with the tender";
    private const string AfterAward = "Checked after award";
    private const string Both = WithTheTender + " + " + AfterAward;

    // The parts of the annex each requirement number is listed in, in order, joined by " + ".
    private static Dictionary<string, string> Placements(Core.Rules.TenderPackage package)
    {
        var annex = TenderDocuments.Compose(package).Single(d => d.Metadata.FileName == "acceptance-test-annex");
        var part = "";
        var placed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var block in annex.Blocks)
        {
            if (block is Heading { Level: 1 } heading)
            {
                part = heading.Text;
            }
            else if (block is Table table)
            {
                foreach (var row in table.Rows)
                {
                    var number = row[0].PlainText();
                    if (!placed.TryGetValue(number, out var parts))
                    {
                        placed[number] = parts = [];
                    }

                    parts.Add(part);
                }
            }
        }

        return placed.ToDictionary(p => p.Key, p => string.Join(" + ", p.Value), StringComparer.Ordinal);
    }
}
