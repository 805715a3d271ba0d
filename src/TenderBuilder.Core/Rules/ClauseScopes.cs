using System.Collections.Immutable;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Core.Rules;

/// <summary>
/// A clause's scope for one tender: the catalogue's scope narrowed by the answer it takes, the
/// sentence that says it in the documents ("Applies to AC charging points at sites of the type …"),
/// and whether any point of the tender is in it. The words are the rules section of the
/// localisation table (<see cref="RulesWords"/>) in the answers' language.
/// </summary>
public static class ClauseScopes
{
    /// <summary>What the compliance matrix and the review say for a clause without a scope, in English.</summary>
    public static string AllPoints => RulesWords.For(DocumentLanguages.English).AllPoints;

    private static string Format(string format, params object?[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);

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

        var language = answers.Language;
        var words = RulesWords.For(language);
        if (scope.Excludes)
        {
            return words.AppliesToNoPoint;
        }

        var and = ReasonWords.For(language).And;
        var lots = scope.Lots.IsEmpty ? "" : Format(scope.Lots.Length == 1 ? words.Lot : words.Lots, List(scope.Lots, and));
        if (scope.Currents.IsEmpty && scope.PowerClasses.IsEmpty && scope.SiteTypes.IsEmpty)
        {
            return Format(words.AppliesTo, lots);
        }

        var points = Points(scope, words, language, and);
        if (!scope.SiteTypes.IsEmpty)
        {
            points = Format(scope.SiteTypes.Length == 1 ? words.AtSitesOfType : words.AtSitesOfTypes, points,
                List(scope.SiteTypes.Select(t => Format(words.Quoted, SiteTypeLabel(t, answers))), and));
        }

        return Format(words.AppliesTo, lots.Length == 0 ? points : Format(words.InLots, points, lots));
    }

    /// <summary>The sentence, or <see cref="AllPoints"/> (in <paramref name="language"/>) for a clause that binds every point.</summary>
    public static string DescribeOrAll(string? appliesTo, string? language = null) => appliesTo ?? RulesWords.For(language).AllPoints;

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

    private static string Points(ClauseScope scope, RulesWords words, string language, string and)
    {
        if (!scope.PowerClasses.IsEmpty)
        {
            var classes = scope.Classes;
            var vocabulary = Vocabulary.For(language);
            return Format(classes.Length == 1 ? words.PointsOfClass : words.PointsOfClasses, List(classes.Select(c => Format(words.Quoted, vocabulary.Label(c))), and));
        }

        return scope.Currents.IsEmpty ? words.Points : Format(words.PointsOfCurrent, List(scope.Currents.Select(c => c.ToUpperInvariant()), and));
    }

    private static string SiteTypeLabel(string type, AnswerSet answers) =>
        answers.Has(SiteOptions.TypesQuestion) ? answers.Question(SiteOptions.TypesQuestion).OptionLabel(type) : type;


    private static string List(IEnumerable<string> items, string and) => Conditions.Reasons.Join([.. items], and);

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
