using System.Globalization;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Words;

namespace TenderBuilder.Documents.Composition;

/// <summary>
/// Selection criteria (they assess the bidder) and award criteria (they assess the offer), kept
/// apart as EU procurement law requires, with the weights and the scoring grid.
/// </summary>
internal static class CriteriaDocument
{
    /// <summary>The English title.</summary>
    public static string Title => DocumentWords.English.CriteriaTitle;

    /// <summary>The English title under a permit model, which grants permits rather than awarding a contract.</summary>
    public static string PermitTitle => DocumentWords.English.PermitCriteriaTitle;

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
        var words = DocumentWords.For(package.Language);
        var blocks = new BlockBuilder().Contents(words.Contents);

        blocks.Heading(1, words.SelectionHeading);
        blocks.Paragraph(FramedText.Render(words.SelectionIntro, package.Framing.Regime, package.Language));
        foreach (var clause in selection)
        {
            ClauseSections.WriteClause(blocks, clause, numbers, words.HowShown, package.Language);
        }

        if (selection.Count == 0)
        {
            blocks.Paragraph(words.NoSelectionCriteria);
        }

        blocks.Heading(1, words.AwardHeading);
        blocks.Paragraph(FramedText.Render(words.AwardIntro, package.Framing.Regime, package.Language));
        foreach (var clause in award)
        {
            ClauseSections.WriteClause(blocks, clause, numbers, words.HowAssessed, package.Language);
        }

        blocks.Heading(1, words.ScoringHeading);
        if (award.Count == 0)
        {
            blocks.Paragraph(words.NoAwardCriteria);
        }
        else
        {
            blocks.Paragraph(words.ScoringIntro);
            var rows = award.Select(c => new[] { numbers[c.Id], c.Title, Weight(c) }).ToList();
            rows.Add(["", words.Total, Total(award, package.Language)]);
            blocks.Table(words.WeightsCaption,
                [new Column(1), new Column(5), new Column(1.2, Alignment.Right)],
                [.. words.WeightsColumns],
                rows);
        }

        return new Document(TenderDocuments.Metadata(package, words.CriteriaTitle, FileName, Audience.Bidders), blocks.Build());
    }

    // Permits are granted, not awarded: no award criteria, no scoring grid, and applicants rather
    // than tenderers (docs/legal-framing.md). The file name stays that of every package.
    private static Document ComposeForPermits(TenderPackage package, ClauseNumbers numbers)
    {
        var selection = package.For(Deliverable.Criteria).ToList();
        var words = DocumentWords.For(package.Language);
        var blocks = new BlockBuilder().Contents(words.Contents);
        blocks.Heading(1, words.PermitCriteriaTitle);
        blocks.Paragraph(selection.Count == 0 ? words.PermitsWithoutSelection : words.PermitsWithSelection);
        foreach (var clause in selection)
        {
            ClauseSections.WriteClause(blocks, clause, numbers, words.HowShown, package.Language);
        }

        return new Document(TenderDocuments.Metadata(package, words.PermitCriteriaTitle, FileName, Audience.Bidders), blocks.Build());
    }

    private static string Weight(IncludedClause clause) =>
        clause.Parameters.FirstOrDefault(p => p.Name == "weight")?.Rendered ?? "";

    private static string Total(IEnumerable<IncludedClause> award, string? language)
    {
        var weights = award.Select(c => c.Parameters.FirstOrDefault(p => p.Name == "weight")?.Value).ToList();
        return weights.All(w => w is Core.Answers.AnswerValue.Number)
            ? weights.Cast<Core.Answers.AnswerValue.Number>().Sum(w => w.Value).ToString("0.##", DocumentTerms.Culture(language)) + " %"
            : "";
    }
}
