namespace TenderBuilder.Core.Input;

/// <summary>What part of a tender input a change is about.</summary>
public enum InputChangeKind
{
    /// <summary>A field of the tender's metadata (title, reference, authority, value, dates, …).</summary>
    TenderDetail,

    /// <summary>An answer to a question.</summary>
    Answer,

    /// <summary>A clause removed with a justification (or put back).</summary>
    Exclusion,

    /// <summary>A clause parameter set by the officer (or reset).</summary>
    ParameterOverride,

    /// <summary>A clause the officer wrote.</summary>
    CustomClause,

    /// <summary>A site of the sites list, by its id.</summary>
    Site,
}

/// <summary>One difference between two versions of a tender input.</summary>
/// <param name="Kind">What part of the input.</param>
/// <param name="Subject">
/// Which item: a metadata path (<c>tender.title</c>), a question id, a clause id, <c>clause/parameter</c>
/// for an override, a custom clause's id.
/// </param>
/// <param name="Before">The earlier value as text (JSON for answers and values, the justification
/// for an exclusion), null where there was none.</param>
/// <param name="After">The later value as text, null where it was removed.</param>
public sealed record InputChange(InputChangeKind Kind, string Subject, string? Before, string? After);
