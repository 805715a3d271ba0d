using System.Collections.Immutable;

namespace TenderBuilder.Core.Conditions;

/// <summary>
/// The structured fact behind a test: which question, what was answered, what the rule needs,
/// and whether it held. This is what lets every inclusion and exclusion be explained.
/// </summary>
/// <param name="QuestionId">The question read.</param>
/// <param name="Question">Its label.</param>
/// <param name="Answer">The answer in words, or null when unanswered or hidden.</param>
/// <param name="Test">What the rule needs, in words ("is “Service concession”").</param>
/// <param name="Result">Whether the test held.</param>
/// <param name="Reason">What the answer given says, in the catalogue's words ("the grid is congested where the sites are").</param>
/// <param name="Asked">Whether the question was asked (visible); a hidden one follows from other answers.</param>
public sealed record Fact(string QuestionId, string Question, string? Answer, string Test, bool Result, string Reason, bool Asked = true);

/// <summary>The evaluation of a condition: its value and, for combinations, its parts.</summary>
public sealed record ConditionResult(bool Value, string Operator, ImmutableArray<ConditionResult> Children, Fact? Fact)
{
    /// <summary>Every test read, depth first.</summary>
    public IEnumerable<Fact> Facts() =>
        Fact is { } fact ? [fact] : Children.SelectMany(child => child.Facts());

    /// <summary>
    /// The reasons the result is what it is, in the officer's words: for a clause included, the
    /// answers that made its condition hold; for one left out, the answers that made it fail.
    /// Each reason states an answer given, so a negated test reads as what was said.
    /// </summary>
    public IReadOnlyList<string> Reasons()
    {
        // A question hidden by another answer is a consequence, not a reason: where an asked
        // question decided, the hidden ones are not named ("does not apply" three times over).
        var decisive = DecisiveFacts().ToList();
        var asked = decisive.Where(f => f.Asked).ToList();
        return [.. (asked.Count > 0 ? asked : decisive).Select(f => f.Reason).Distinct(StringComparer.Ordinal)];
    }

    /// <summary><see cref="Reasons"/> as one phrase: "a, b and c".</summary>
    /// <param name="language">The document language, whose word joins the last two reasons; English when null.</param>
    public string Because(string? language = null) => Conditions.Reasons.Join(Reasons(), Words.ReasonWords.For(language).And);

    private IEnumerable<Fact> DecisiveFacts()
    {
        if (Fact is { } fact)
        {
            return [fact];
        }

        // As in Describe: the parts that held for a satisfied "any", the parts that failed for a
        // failed "all"; a "not" passes on its part's reasons, which state the answer itself.
        IEnumerable<ConditionResult> decisive = (Operator, Value) switch
        {
            ("any", true) => Children.Where(child => child.Value),
            ("all", false) => Children.Where(child => !child.Value),
            _ => Children,
        };
        return decisive.SelectMany(child => child.DecisiveFacts());
    }

    /// <summary>The result in plain words, e.g. "the procurement model is “Service concession” (needed: …)".</summary>
    public string Describe()
    {
        if (Fact is { } fact)
        {
            var answer = fact.Answer is null ? "is not answered" : $"is “{fact.Answer}”";
            return $"“{fact.Question}” {answer} (the rule needs: {fact.Test})";
        }

        if (Operator == "not")
        {
            return $"not [{Children.Single().Describe()}]";
        }

        // Name only the parts that decided the result: the ones that held for a satisfied "any",
        // the ones that failed for a failed "all". The full list stays in Facts().
        var decisive = (Operator, Value) switch
        {
            ("any", true) => Children.Where(child => child.Value).ToList(),
            ("all", false) => Children.Where(child => !child.Value).ToList(),
            _ => [.. Children],
        };
        var parts = decisive.Select(child => child.Describe()).ToList();
        if (parts.Count == 1)
        {
            return parts[0];
        }

        return (Operator == "any" && !Value ? "none of: " : Operator == "any" ? "any of: " : "all of: ") + string.Join("; ", parts);
    }
}
