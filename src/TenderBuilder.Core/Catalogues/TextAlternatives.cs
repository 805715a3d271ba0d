using System.Collections.Immutable;
using TenderBuilder.Core.Conditions;

namespace TenderBuilder.Core.Catalogues;

/// <summary>
/// Whole-sentence alternatives at one place in a clause's text, written <c>{name}</c> there: the
/// one whose condition holds is printed, so a clause states what the officer chose rather than
/// every case the catalogue knows. At most one can hold for any answers and each can hold for some
/// (checked when the catalogue loads); where none holds, nothing is printed.
/// </summary>
/// <param name="Name">The placeholder in the clause text.</param>
/// <param name="Options">The alternatives, in the order they are written.</param>
/// <param name="Location">Where the group is written.</param>
public sealed record TextAlternatives(string Name, ImmutableArray<TextAlternative> Options, SourceLocation Location)
{
    /// <summary>The alternative whose condition holds for the answers, or null when none does.</summary>
    public TextAlternative? Choose(IAnswerLookup answers) =>
        Options.FirstOrDefault(option => option.When.Evaluate(answers).Value);
}

/// <summary>One alternative: a stable key (translations are keyed by it), its condition and its sentences.</summary>
/// <param name="Key">Stable within its group, kebab-case.</param>
/// <param name="When">When it is the one printed.</param>
/// <param name="Text">Its sentences, which may hold parameters and tokens like the clause text.</param>
/// <param name="Location">Where it is written.</param>
public sealed record TextAlternative(string Key, Condition When, string Text, SourceLocation Location);
