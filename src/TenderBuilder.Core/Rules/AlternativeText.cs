using System.Text.RegularExpressions;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Conditions;

namespace TenderBuilder.Core.Rules;

/// <summary>
/// A clause's text with each group of alternatives replaced by the one the answers choose, or by
/// nothing where none applies; its parameters are then filled as usual. Only the parameters left in
/// the text are asked for, so an alternative not chosen never needs a value.
/// </summary>
public static partial class AlternativeText
{
    /// <summary>The English text as the answers choose it, before parameters and tokens are filled.</summary>
    public static string Assemble(Clause clause, IAnswerLookup answers)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return Assemble(clause.DisplayText, clause, answers);
    }

    /// <summary>
    /// How the clause is checked, as the answers choose it: a check of signed meter values is
    /// described only where the officer asked for them, the same way the clause's text is.
    /// </summary>
    public static string AssembleVerification(Clause clause, IAnswerLookup answers)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return Assemble(clause.Verification.Text, clause, answers);
    }

    private static string Assemble(string text, Clause clause, IAnswerLookup answers)
    {
        foreach (var group in clause.Alternatives)
        {
            text = text.Replace("{" + group.Name + "}", group.Choose(answers)?.Text ?? "", StringComparison.Ordinal);
        }

        // An alternative that prints nothing leaves a double space, or a space before a full stop.
        return clause.Alternatives.IsEmpty ? text : SpaceBeforeStop().Replace(Spaces().Replace(text, " "), "$1").Trim();
    }

    /// <summary>Whether a parameter is written in the assembled text.</summary>
    public static bool Uses(string text, ClauseParameter parameter) =>
        text.Contains("{" + parameter.Name + "}", StringComparison.Ordinal);

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+([.,;:])")]
    private static partial Regex SpaceBeforeStop();
}
