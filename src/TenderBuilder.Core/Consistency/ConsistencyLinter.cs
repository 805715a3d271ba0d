using System.Collections.Immutable;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Core.Consistency;

/// <summary>Runs the consistency rules and turns what they report into findings.</summary>
public static class ConsistencyLinter
{
    private static readonly ConsistencyRules s_rules = new();

    /// <summary>Every citation the checks make.</summary>
    public static IReadOnlyList<Citation> Citations => s_rules.Citations;

    /// <summary>The consistency findings for a context.</summary>
    public static IEnumerable<Finding> Check(LintContext context)
    {
        var result = s_rules.Validate(context);
        return result.Errors.Select(failure =>
        {
            var state = (FindingState)failure.CustomState;
            return new Finding(
                failure.ErrorCode,
                failure.Severity switch
                {
                    FluentValidation.Severity.Error => FindingSeverity.Error,
                    FluentValidation.Severity.Warning => FindingSeverity.Warning,
                    _ => FindingSeverity.Info,
                },
                failure.ErrorMessage,
                state.AboutAnotherRegime ? state.Sources : [.. state.Sources.Where(context.Admits)]) { Questions = state.Questions };
        });
    }
}
