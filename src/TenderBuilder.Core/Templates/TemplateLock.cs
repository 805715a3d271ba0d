using System.Text.Json.Serialization;

namespace TenderBuilder.Core.Templates;

/// <summary>What a template lock holds in place.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LockKind>))]
public enum LockKind
{
    /// <summary>An answer to a question (a tender detail too): it keeps the template's value.</summary>
    Answer,

    /// <summary>A clause: it stays in the tender with the template's values (and, for a clause of the template's own, its text).</summary>
    Clause,
}

/// <summary>
/// Something a template's owner requires every draft made from the template to keep, and why.
/// </summary>
/// <param name="Kind">An answer or a clause.</param>
/// <param name="Target">The question id, or the clause id (<c>custom.&lt;id&gt;</c> for a clause the template wrote).</param>
/// <param name="Label">The question or clause as officers read it, when the lock was set.</param>
/// <param name="Reason">Why it is locked, shown wherever the lock is.</param>
/// <param name="LockedBy">Who locked it (a display name).</param>
/// <param name="LockedAtUtc">When.</param>
public sealed record TemplateLock(LockKind Kind, string Target, string Label, string Reason, string LockedBy, DateTime LockedAtUtc)
{
    /// <summary>The longest reason accepted.</summary>
    public const int ReasonMaxLength = 1000;
}

/// <summary>A change that a lock refuses, in words that name the lock.</summary>
/// <param name="Lock">The lock.</param>
/// <param name="Message">What would break it, for the officer.</param>
public sealed record LockViolation(TemplateLock Lock, string Message);
