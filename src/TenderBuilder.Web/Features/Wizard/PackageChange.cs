using System.Collections.Immutable;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>A clause as the requirements panel names it.</summary>
public sealed record ClauseMention(string Id, string Title);

/// <summary>The clauses one change put into the tender, took out of it, and made say something else.</summary>
public sealed record PackageChange(ImmutableArray<ClauseMention> Added, ImmutableArray<ClauseMention> Dropped)
{
    /// <summary>No change.</summary>
    public static PackageChange None { get; } = new([], []);

    /// <summary>
    /// Clauses in the tender before and after whose text or scope changed: a value set by an answer
    /// or on the review step changes a requirement without adding one, and the officer should see it did.
    /// </summary>
    public ImmutableArray<ClauseMention> Updated { get; init; } = [];

    /// <summary>Whether anything was added, dropped or updated.</summary>
    public bool IsEmpty => Added.IsEmpty && Dropped.IsEmpty && Updated.IsEmpty;

    /// <summary>Whether the change made this clause say something else.</summary>
    public bool IsUpdated(string clauseId) => Updated.Any(clause => clause.Id == clauseId);

    /// <summary>Whether the change put this clause in (the panel highlights it for a moment).</summary>
    public bool IsAdded(string clauseId) => Added.Any(clause => clause.Id == clauseId);

    /// <summary>What changed from one package to the next.</summary>
    public static PackageChange Between(TenderPackage before, TenderPackage after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var had = before.Clauses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var has = after.Clauses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var was = before.Clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        return new PackageChange(
            [.. after.Clauses.Where(c => !had.Contains(c.Id)).Select(c => new ClauseMention(c.Id, c.Title))],
            [.. before.Clauses.Where(c => !has.Contains(c.Id)).Select(c => new ClauseMention(c.Id, c.Title))])
        {
            Updated =
            [
                .. after.Clauses
                    .Where(c => was.TryGetValue(c.Id, out var old) && (old.Text != c.Text || old.AppliesTo != c.AppliesTo || old.Title != c.Title))
                    .Select(c => new ClauseMention(c.Id, c.Title)),
            ],
        };
    }

    /// <summary>The change in words, for the screen reader announcement.</summary>
    public string Describe(IStringLocalizer<PackageChange> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (IsEmpty)
        {
            return "";
        }

        // Each part is a sentence of its own: "2 requirements added: A; B. 1 requirement dropped: C."
        var parts = new List<string>();
        if (!Added.IsEmpty)
        {
            parts.Add(Added.Length == 1 ? words["AddedOne", Added.Length, Titles(Added)] : words["AddedMany", Added.Length, Titles(Added)]);
        }

        if (!Dropped.IsEmpty)
        {
            parts.Add(Dropped.Length == 1 ? words["DroppedOne", Dropped.Length, Titles(Dropped)] : words["DroppedMany", Dropped.Length, Titles(Dropped)]);
        }

        if (!Updated.IsEmpty)
        {
            parts.Add(Updated.Length == 1 ? words["UpdatedOne", Updated.Length, Titles(Updated)] : words["UpdatedMany", Updated.Length, Titles(Updated)]);
        }

        return string.Join(". ", parts) + ".";
    }

    private static string Titles(ImmutableArray<ClauseMention> clauses) => string.Join("; ", clauses.Select(c => c.Title));
}
