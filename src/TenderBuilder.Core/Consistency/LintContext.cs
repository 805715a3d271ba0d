using System.Collections.Immutable;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Core.Consistency;

/// <summary>
/// What the consistency checks read: the input, its resolved answers, the date, the included
/// clauses and the legal framing, with the framing's test of whether a citation may be made
/// (a finding cites the law of the tender's own regime, as the clauses do).
/// </summary>
public sealed record LintContext(
    TenderInput Input,
    AnswerSet Answers,
    DateOnly ReferenceDate,
    ImmutableHashSet<string> IncludedClauses,
    LegalFraming Framing,
    Func<Citation, bool> Admits)
{
    /// <summary>The document language the findings are written in: the input's.</summary>
    public string Language => DocumentLanguages.Of(Input.Tender);

    /// <summary>Whether the package includes a clause.</summary>
    public bool Includes(string clauseId) => IncludedClauses.Contains(clauseId);

    /// <summary>Points in AFIR Annex III classes of 50 kW DC and above.</summary>
    public decimal HighPowerDcPoints =>
        Q.DcPointsFrom50.Sum(id => Answers.Number(id) ?? 0);
}
