using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Words;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Words;

namespace TenderBuilder.Documents.Writers.Xlsx;

/// <summary>
/// One requirement the bidder answers in the compliance matrix. It carries only what the
/// bidder's documents show (number, kind, title, the points it applies to, text, verification): strength, sources and
/// explanations are the authority's and never reach this file.
/// </summary>
internal sealed record MatrixRow(string Number, ClauseKind Kind, string Title, string Text, string Verification)
{
    /// <summary>The package's document language, which the kind's label is in.</summary>
    public string? Language { get; init; }

    /// <summary>The points it binds, as the documents say them under its title; "All charging points" when it binds every point.</summary>
    public string AppliesTo { get; init; } = ClauseScopes.AllPoints;

    /// <summary>Award criteria are scored, not passed or failed, so a partial answer is meaningful there only.</summary>
    public bool AllowsPartial => Kind == ClauseKind.AwardCriterion;

    /// <summary>The kind in the words the documents use.</summary>
    public string KindLabel => DocumentTerms.Of(Language).Label(Kind);

    /// <summary>
    /// The requirements in the order the bidder meets them in the documents: the specification
    /// (by topic), the selection criteria, the award criteria, then the contract annex (by topic).
    /// Notice data is for the contract notice, not something a bidder complies with.
    /// </summary>
    public static IReadOnlyList<MatrixRow> For(TenderPackage package, ClauseNumbers numbers)
    {
        var criteria = package.For(Deliverable.Criteria).ToList();
        var clauses = ClauseNumbers.Topics(package.For(Deliverable.Specification)).SelectMany(topic => topic.Clauses)
            .Concat(criteria.Where(c => c.Kind == ClauseKind.SelectionCriterion))
            .Concat(criteria.Where(c => c.Kind == ClauseKind.AwardCriterion))
            .Concat(ClauseNumbers.Topics(package.For(Deliverable.Contract)).SelectMany(topic => topic.Clauses));

        return [.. clauses.Select(clause => new MatrixRow(
            numbers[clause.Id],
            clause.Kind,
            clause.Title,
            clause.Text,
            $"{DocumentTerms.Of(package.Language).Label(clause.Verification.Method)}. {clause.Verification.Text}")
        {
            AppliesTo = ClauseScopes.DescribeOrAll(clause.AppliesTo, package.Language),
            Language = package.Language,
        })];
    }
}
