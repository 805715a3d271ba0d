using System.Collections.Immutable;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Core.Consistency;

/// <summary>What the consistency checks read: the input, its resolved answers, the date and the included clauses.</summary>
public sealed record LintContext(TenderInput Input, AnswerSet Answers, DateOnly ReferenceDate, ImmutableHashSet<string> IncludedClauses)
{
    /// <summary>Whether the package includes a clause.</summary>
    public bool Includes(string clauseId) => IncludedClauses.Contains(clauseId);

    /// <summary>Points in AFIR Annex III classes of 50 kW DC and above.</summary>
    public decimal HighPowerDcPoints =>
        Q.DcPointsFrom50.Sum(id => Answers.Number(id) ?? 0);
}
