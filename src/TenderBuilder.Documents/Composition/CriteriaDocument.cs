using System.Globalization;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Model;

namespace TenderBuilder.Documents.Composition;

/// <summary>
/// Selection criteria (they assess the bidder) and award criteria (they assess the offer), kept
/// apart as EU procurement law requires, with the weights and the scoring grid.
/// </summary>
internal static class CriteriaDocument
{
    public const string Title = "Selection and award criteria";

    /// <summary>The title under a permit model, which grants permits rather than awarding a contract.</summary>
    public const string PermitTitle = "Selection of permit holders";

    /// <summary>The file name, without extension.</summary>
    public const string FileName = "selection-and-award-criteria";

    public static Document Compose(TenderPackage package, ClauseNumbers numbers)
    {
        if (!package.Framing.HasAwardCriteria)
        {
            return ComposeForPermits(package, numbers);
        }

        var criteria = package.For(Deliverable.Criteria).ToList();
        var selection = criteria.Where(c => c.Kind == ClauseKind.SelectionCriterion).ToList();
        var award = criteria.Where(c => c.Kind == ClauseKind.AwardCriterion).ToList();
        var blocks = new BlockBuilder().Contents();

        blocks.Heading(1, "Selection criteria");
        blocks.Paragraph(FramedText.Render("The selection criteria assess whether a {tenderer} is able to perform the contract. A {tenderer} that does not meet them is not selected, and its offer is not evaluated.", package.Framing.Regime, package.Language));
        foreach (var clause in selection)
        {
            ClauseSections.WriteClause(blocks, clause, numbers, "shown");
        }

        if (selection.Count == 0)
        {
            blocks.Paragraph("This procedure sets no selection criteria beyond the exclusion grounds of the procurement rules.");
        }

        blocks.Heading(1, "Award criteria");
        blocks.Paragraph(FramedText.Render("The award criteria assess the offers of the selected {tenderers}. Each criterion has a weight; the offer with the highest total score wins.", package.Framing.Regime, package.Language));
        foreach (var clause in award)
        {
            ClauseSections.WriteClause(blocks, clause, numbers, "assessed");
        }

        blocks.Heading(1, "Scoring method and grid");
        if (award.Count == 0)
        {
            blocks.Paragraph("This procedure has no weighted award criteria: the contract is awarded on price or cost alone.");
        }
        else
        {
            blocks.Paragraph("Each offer receives, for each criterion, a score between zero and the criterion's weight, computed as that criterion states. The total score is the sum of these scores.");
            var rows = award.Select(c => new[] { numbers[c.Id], c.Title, Weight(c) }).ToList();
            rows.Add(["", "Total", Total(award)]);
            blocks.Table("Award criteria and their weights",
                [new Column(1), new Column(5), new Column(1.2, Alignment.Right)],
                ["No.", "Criterion", "Weight"],
                rows);
        }

        return new Document(TenderDocuments.Metadata(package, Title, FileName, Audience.Bidders), blocks.Build());
    }

    // Permits are granted, not awarded: no award criteria, no scoring grid, and applicants rather
    // than tenderers (docs/legal-framing.md). The file name stays that of every package.
    private static Document ComposeForPermits(TenderPackage package, ClauseNumbers numbers)
    {
        var selection = package.For(Deliverable.Criteria).ToList();
        var blocks = new BlockBuilder().Contents();
        blocks.Heading(1, PermitTitle);
        blocks.Paragraph(selection.Count == 0
            ? "Every applicant that meets the permit conditions in the technical specifications and the contract performance annex receives a permit: there is no selection among applicants and no award criteria."
            : "Permits are granted to applicants that meet the permit conditions in the technical specifications and the contract performance annex, selected as set out below. There are no award criteria: permits are granted, not awarded as a contract.");
        foreach (var clause in selection)
        {
            ClauseSections.WriteClause(blocks, clause, numbers, "shown");
        }

        return new Document(TenderDocuments.Metadata(package, PermitTitle, FileName, Audience.Bidders), blocks.Build());
    }

    private static string Weight(IncludedClause clause) =>
        clause.Parameters.FirstOrDefault(p => p.Name == "weight")?.Rendered ?? "";

    private static string Total(IEnumerable<IncludedClause> award)
    {
        var weights = award.Select(c => c.Parameters.FirstOrDefault(p => p.Name == "weight")?.Value).ToList();
        return weights.All(w => w is Core.Answers.AnswerValue.Number)
            ? weights.Cast<Core.Answers.AnswerValue.Number>().Sum(w => w.Value).ToString("0.##", CultureInfo.InvariantCulture) + " %"
            : "";
    }
}
