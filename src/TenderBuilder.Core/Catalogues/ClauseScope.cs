using System.Collections.Immutable;
using TenderBuilder.Core.Sites;

namespace TenderBuilder.Core.Catalogues;

/// <summary>
/// Which charging points a clause binds: points of a current, of AFIR power classes, at sites of
/// some types, in some lots. Each list narrows the points; an empty list does not narrow. Between
/// lists the point must fit all of them: <c>current: [ac], siteTypes: [on_street]</c> is the AC
/// points at on-street sites. A clause without a scope binds every point of the tender.
/// </summary>
public sealed record ClauseScope
{
    /// <summary>The values a point's current takes.</summary>
    public static ImmutableArray<string> CurrentValues { get; } = ["ac", "dc"];

    /// <summary><c>ac</c>, <c>dc</c>; empty = either.</summary>
    public ImmutableArray<string> Currents { get; init; } = [];

    /// <summary>AFIR Annex III power classes; empty = any.</summary>
    public ImmutableArray<PowerClass> PowerClasses { get; init; } = [];

    /// <summary>Options of <c>sites.site_types</c>; empty = any.</summary>
    public ImmutableArray<string> SiteTypes { get; init; } = [];

    /// <summary>Lot ids of the tender; empty = any.</summary>
    public ImmutableArray<string> Lots { get; init; } = [];

    /// <summary>
    /// A multiple-choice question whose answer narrows the scope further: each chosen option is a
    /// current, a power class id or a site type. Unanswered, it does not narrow.
    /// </summary>
    public string? FromAnswer { get; init; }

    /// <summary>
    /// Whether narrowing left a list with nothing in it (the clause's own <c>ac</c> and an answer's
    /// <c>dc</c>), so the clause binds no point at all.
    /// </summary>
    public bool Excludes { get; init; }

    /// <summary>Where it is written, or null when made in code.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Whether it binds every point: nothing narrows it.</summary>
    public bool IsAll => !Excludes && Currents.IsEmpty && PowerClasses.IsEmpty && SiteTypes.IsEmpty && Lots.IsEmpty;

    /// <summary>
    /// The power classes it can bind: those listed, or all of the listed currents' classes; only
    /// classes of a listed current count when both are given.
    /// </summary>
    public ImmutableArray<PowerClass> Classes =>
        [.. (PowerClasses.IsEmpty ? Sites.PowerClasses.All : PowerClasses)
            .Where(c => Currents.IsEmpty || Currents.Contains(Sites.PowerClasses.Current(c)))];

    /// <summary>Whether a point of this current and class, at a site of this type in this lot, is in scope.</summary>
    public bool Binds(string? current, PowerClass? powerClass, string? siteType, string? lot) =>
        !Excludes
        && (Currents.IsEmpty || (current is not null && Currents.Contains(current)))
        && (PowerClasses.IsEmpty || (powerClass is { } c && PowerClasses.Contains(c)))
        && (SiteTypes.IsEmpty || (siteType is not null && SiteTypes.Contains(siteType)))
        && (Lots.IsEmpty || (lot is not null && Lots.Contains(lot)));

    /// <summary>The points both this scope and another bind: per list, the values both allow.</summary>
    public ClauseScope Narrow(ClauseScope other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var excludes = Excludes || other.Excludes;
        ImmutableArray<T> Both<T>(ImmutableArray<T> mine, ImmutableArray<T> theirs)
        {
            if (mine.IsEmpty)
            {
                return theirs;
            }

            if (theirs.IsEmpty)
            {
                return mine;
            }

            var both = mine.Where(theirs.Contains).ToImmutableArray();
            excludes |= both.IsEmpty;
            return both;
        }

        return this with
        {
            Currents = Both(Currents, other.Currents),
            PowerClasses = Both(PowerClasses, other.PowerClasses),
            SiteTypes = Both(SiteTypes, other.SiteTypes),
            Lots = Both(Lots, other.Lots),
            Excludes = excludes,
        };
    }

    /// <summary>
    /// The scope an answer's chosen options make: each one a current, a power class id or a site
    /// type; an option that is none of these is left out (the loader refuses such options).
    /// </summary>
    public static ClauseScope FromChoices(IEnumerable<string> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var values = choices.ToList();
        return new ClauseScope
        {
            Currents = [.. values.Where(CurrentValues.Contains)],
            PowerClasses = [.. values.Select(Sites.PowerClasses.FromId).OfType<PowerClass>()],
            SiteTypes = [.. values.Where(v => !CurrentValues.Contains(v) && Sites.PowerClasses.FromId(v) is null)],
        };
    }
}
