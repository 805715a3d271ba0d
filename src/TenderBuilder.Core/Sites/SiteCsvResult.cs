using System.Collections.Immutable;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Core.Sites;

/// <summary>Something wrong in a sites CSV file, where it is and what to do, in plain words.</summary>
/// <param name="Line">The line of the file (the header is line 1); null for the file as a whole.</param>
/// <param name="Column">The column's name, or null when the problem is the whole line.</param>
/// <param name="Message">What is wrong and how to put it right.</param>
public sealed record SiteCsvProblem(int? Line, string? Column, string Message)
{
    /// <summary>The language <see cref="Message"/> is in, which says where it is too; English when null.</summary>
    public string? Language { get; init; }

    /// <summary>"Line 7, column rated_kw: “11,x” is not a number." (in <see cref="Language"/>: "Regel 7, kolom rated_kw: …").</summary>
    public override string ToString() => (Line, Column) switch
    {
        (null, _) => Message,
        (_, null) => Say(Words.SiteImportWords.For(Language).AtLine, Line, Message),
        _ => Say(Words.SiteImportWords.For(Language).AtLineColumn, Line, Column, Message),
    };

    private string Say(string frame, params object?[] arguments) =>
        string.Format(DocumentLanguages.CultureOf(Language), frame, arguments);
}

/// <summary>
/// What reading a sites CSV file gave: every site, or — when anything is wrong — no site at all and
/// every problem, so a file is never half-imported.
/// </summary>
public sealed record SiteCsvResult
{
    /// <summary>The sites, in the file's order; empty when the file is refused.</summary>
    public ImmutableArray<Site> Sites { get; init; } = [];

    /// <summary>Every problem found, by line; empty when the file was read.</summary>
    public ImmutableArray<SiteCsvProblem> Problems { get; init; } = [];

    /// <summary>Whether the file is refused.</summary>
    public bool IsRefused => !Problems.IsEmpty;

    /// <summary>The number of sites the entries stand for (a group of alike sites counts each).</summary>
    public int SiteCount => SiteTotals.Of(Sites).Sites;

    /// <summary>The number of charging points at all the sites.</summary>
    public int PointCount => SiteTotals.Of(Sites).AllPoints;

    internal static SiteCsvResult Refused(IEnumerable<SiteCsvProblem> problems) => new() { Problems = [.. problems] };
}
