using System.Collections.Immutable;
using TenderBuilder.Core.Catalogues;

namespace TenderBuilder.Core.Rules;

/// <summary>How much a finding matters: errors block export, warnings and information do not.</summary>
public enum FindingSeverity
{
    /// <summary>Worth knowing.</summary>
    Info,

    /// <summary>Probably a mistake; export still possible.</summary>
    Warning,

    /// <summary>Must be fixed before export.</summary>
    Error,
}

/// <summary>
/// Something the officer should know about their tender: a malformed answer, a removed mandatory
/// clause, an inconsistency between answers. Always in plain words, with its sources.
/// </summary>
/// <param name="Code">Stable code, e.g. <c>v2g.ocpp-below-2-1</c>.</param>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="Message">What is wrong and what to do, for an officer.</param>
/// <param name="Sources">Where the rule comes from.</param>
/// <param name="Path">The place in the TenderInput it concerns (<c>/answers/grid.congestion</c>), if any.</param>
public sealed record Finding(string Code, FindingSeverity Severity, string Message, ImmutableArray<Citation> Sources, string? Path = null)
{
    /// <summary>Codes of findings that mean the input itself is malformed (unknown question, wrong type, out of range).</summary>
    public bool IsMalformedInput => Code.StartsWith("input.", StringComparison.Ordinal);

    /// <summary>The questions whose answers resolve it, the first one first (consistency findings); empty otherwise.</summary>
    public ImmutableArray<string> Questions { get; init; } = [];

    /// <summary>
    /// <see cref="Sources"/> resolved against the catalogue (the document's short name, the status),
    /// for readers who should not see source ids; empty where the catalogue did not resolve them.
    /// </summary>
    public ImmutableArray<SourceReference> References { get; init; } = [];

    /// <summary>The clause whose parameter it concerns (unset or invalid values), or null.</summary>
    public string? ClauseId { get; init; }

    /// <summary>The parameter of <see cref="ClauseId"/> it concerns, or null.</summary>
    public string? ParameterName { get; init; }

    /// <summary>Whether it belongs beside a question: it names the question's answer or the question itself.</summary>
    public bool Concerns(Questionnaires.Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Path == question.InputPath || Questions.Contains(question.Id);
    }
}
