using System.Collections.Immutable;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>A clause as the requirements panel names it.</summary>
public sealed record ClauseMention(string Id, string Title);

/// <summary>The clauses one change put into the tender and took out of it.</summary>
public sealed record PackageChange(ImmutableArray<ClauseMention> Added, ImmutableArray<ClauseMention> Dropped)
{
    /// <summary>No change.</summary>
    public static PackageChange None { get; } = new([], []);

    /// <summary>Whether anything was added or dropped.</summary>
    public bool IsEmpty => Added.IsEmpty && Dropped.IsEmpty;

    /// <summary>Whether the change put this clause in (the panel highlights it for a moment).</summary>
    public bool IsAdded(string clauseId) => Added.Any(clause => clause.Id == clauseId);

    /// <summary>What changed from one package to the next.</summary>
    public static PackageChange Between(TenderPackage before, TenderPackage after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var had = before.Clauses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var has = after.Clauses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return new PackageChange(
            [.. after.Clauses.Where(c => !had.Contains(c.Id)).Select(c => new ClauseMention(c.Id, c.Title))],
            [.. before.Clauses.Where(c => !has.Contains(c.Id)).Select(c => new ClauseMention(c.Id, c.Title))]);
    }

    /// <summary>The change in words, for the screen reader announcement.</summary>
    public string Describe()
    {
        if (IsEmpty)
        {
            return "";
        }

        var parts = new List<string>();
        if (!Added.IsEmpty)
        {
            parts.Add($"{Count(Added.Length)} added: {string.Join("; ", Added.Select(c => c.Title))}");
        }

        if (!Dropped.IsEmpty)
        {
            parts.Add($"{Count(Dropped.Length)} dropped: {string.Join("; ", Dropped.Select(c => c.Title))}");
        }

        return string.Join(". ", parts) + ".";
    }

    private static string Count(int n) => n == 1 ? "1 requirement" : $"{n} requirements";
}
