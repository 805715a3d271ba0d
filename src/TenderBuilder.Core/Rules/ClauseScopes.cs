using System.Collections.Immutable;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Sites;

namespace TenderBuilder.Core.Rules;

/// <summary>
/// A clause's scope for one tender: the catalogue's scope narrowed by the answer it takes, the
/// sentence that says it in the documents ("Applies to AC charging points at sites of the type …"),
/// and whether any point of the tender is in it.
/// </summary>
public static class ClauseScopes
{
    /// <summary>What the compliance matrix and the review say for a clause without a scope.</summary>
    public const string AllPoints = "All charging points";

    /// <summary>The scope the clause has under these answers, or null when it binds every point.</summary>
    public static ClauseScope? Resolve(ClauseScope? scope, AnswerSet answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (scope is null)
        {
            return null;
        }

        var resolved = scope.FromAnswer is { } question && answers.Has(question) && answers.Answer(question) is not null
            ? scope.Narrow(ClauseScope.FromChoices(answers.Choices(question)))
            : scope;
        return resolved.IsAll ? null : resolved;
    }

    /// <summary>
    /// "Applies to AC charging points at sites of the type “On-street …”." / "Applies to lot 2.";
    /// null for a clause that binds every point.
    /// </summary>
    public static string? Describe(ClauseScope? scope, AnswerSet answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (scope is null || scope.IsAll)
        {
            return null;
        }

        if (scope.Excludes)
        {
            return "Applies to no charging point: the points it was limited to and the points chosen for it have none in common.";
        }

        var lots = scope.Lots.IsEmpty ? "" : (scope.Lots.Length == 1 ? "lot " : "lots ") + List(scope.Lots);
        if (scope.Currents.IsEmpty && scope.PowerClasses.IsEmpty && scope.SiteTypes.IsEmpty)
        {
            return $"Applies to {lots}.";
        }

        var points = Points(scope);
        var sites = scope.SiteTypes.IsEmpty ? ""
            : $" at sites of the type{(scope.SiteTypes.Length == 1 ? "" : "s")} {List(scope.SiteTypes.Select(t => Quoted(SiteTypeLabel(t, answers))))}";
        return $"Applies to {points}{sites}{(lots.Length == 0 ? "" : " in " + lots)}.";
    }

    /// <summary>The sentence, or <see cref="AllPoints"/> for a clause that binds every point.</summary>
    public static string DescribeOrAll(string? appliesTo) => appliesTo ?? AllPoints;

    /// <summary>
    /// Whether a point of the tender is in the scope: with sites, a point group at a site of the
    /// scope; without, a class counted above zero, a site type chosen and a lot listed. What the
    /// draft does not say yet (no counts, no types) is not held against the clause.
    /// </summary>
    public static bool MatchesAny(ClauseScope scope, AnswerSet answers, ImmutableArray<Site> sites, LotsInfo lots)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(lots);
        if (scope.Excludes)
        {
            return false;
        }

        if (!sites.IsEmpty)
        {
            return sites.Any(site => site.SiteCount > 0 && site.PointGroups.Any(g => g.Count > 0
                && scope.Binds(g.Current, PowerClasses.Of(g.Current, g.RatedKw), site.Type, site.Lot)));
        }

        var counts = PowerClasses.All.ToDictionary(c => c, c => answers.Has(PowerClasses.QuestionId(c)) ? answers.Number(PowerClasses.QuestionId(c)) : null);
        var classes = counts.Values.All(n => n is null) || scope.Classes.Any(c => counts[c] is > 0);
        var types = scope.SiteTypes.IsEmpty || !answers.Has(SiteOptions.TypesQuestion) || answers.Answer(SiteOptions.TypesQuestion) is null
            || scope.SiteTypes.Any(answers.Choices(SiteOptions.TypesQuestion).Contains);
        var inLots = scope.Lots.IsEmpty || scope.Lots.Any(id => lots.Items.Any(l => l.Id == id));
        return classes && types && inLots;
    }

    private static string Points(ClauseScope scope)
    {
        if (!scope.PowerClasses.IsEmpty)
        {
            var classes = scope.Classes;
            return $"charging points of the AFIR power class{(classes.Length == 1 ? "" : "es")} {List(classes.Select(c => Quoted(PowerClasses.Describe(c))))}";
        }

        return scope.Currents.IsEmpty ? "charging points" : $"{List(scope.Currents.Select(c => c.ToUpperInvariant()))} charging points";
    }

    private static string SiteTypeLabel(string type, AnswerSet answers) =>
        answers.Has(SiteOptions.TypesQuestion) ? answers.Question(SiteOptions.TypesQuestion).OptionLabel(type) : type;

    private static string Quoted(string text) => $"“{text}”";

    private static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }

    /// <summary>The warning for a scope no point of the tender is in.</summary>
    internal static Finding NoPoint(Clause clause, string title, string appliesTo, Words.Say say) =>
        new("clause.scope-matches-no-point", FindingSeverity.Warning,
            say.Message(say.Words.ClauseScopeMatchesNoPoint, title, appliesTo),
            [])
        {
            ClauseId = clause.Id,
            Questions = clause.Scope?.FromAnswer is { } question ? [question] : [],
        };
}
