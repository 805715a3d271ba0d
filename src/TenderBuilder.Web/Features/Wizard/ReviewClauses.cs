using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>One row of the requirements panel's counts: a document, a kind, how many clauses.</summary>
internal sealed record RequirementCount(Deliverable Deliverable, ClauseKind Kind, string Document, string KindLabel, int Count);

/// <summary>
/// What the review step and the requirements panel say about the package's clauses, so their
/// markup only lays it out: group headings with counts, the law a mandatory clause restates, the
/// clauses the officer removed.
/// </summary>
internal static class ReviewClauses
{
    /// <summary>"Technical specifications (12)".</summary>
    public static string GroupHeading(Deliverable deliverable, int count) => $"{TenderBuilder.Web.Hosting.InterfaceLanguages.Vocabulary.Label(deliverable)} ({count})";

    /// <summary>The law that makes a clause mandatory: "AFIR Art. 5(1); AFIR Art. 5(2)".</summary>
    public static string RequiredBy(IncludedClause clause) => string.Join("; ", clause.RequiredBy.Select(source => source.Label));

    /// <summary>The catalogue clauses the officer removed with a justification (not those the rules left out).</summary>
    public static IReadOnlyList<ExcludedClause> RemovedByOfficer(TenderPackage package) =>
        [.. package.Excluded.Where(clause => clause.By == ExcludedBy.Officer)];

    /// <summary>How many clauses go into each document, per kind, in the documents' order.</summary>
    public static IReadOnlyList<RequirementCount> Counts(TenderPackage package) =>
        [.. package.Clauses
            .GroupBy(clause => (clause.Deliverable, clause.Kind))
            .OrderBy(group => group.Key.Deliverable).ThenBy(group => group.Key.Kind)
            .Select(group => new RequirementCount(
                group.Key.Deliverable,
                group.Key.Kind,
                TenderBuilder.Web.Hosting.InterfaceLanguages.Vocabulary.Label(group.Key.Deliverable),
                TenderBuilder.Web.Hosting.InterfaceLanguages.Vocabulary.Label(group.Key.Kind),
                group.Count()))];
}
