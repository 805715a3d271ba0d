using System.Collections.Immutable;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Core.Sites;

/// <summary>
/// What is bought, how much of it, where, by when, for how long and for what value: the facts a
/// bidder needs to price the tender, gathered from the sites list (or, without one, the totals
/// answers), the lots, the key dates and the model answers. Unknown values stay null, so the
/// documents can say "to be set by the authority" instead of guessing.
/// </summary>
public sealed record TenderScope
{
    private const string ModelQuestion = "model.type";
    private const string DurationQuestion = "model.duration_years";
    private const string EndOfTermQuestion = "model.end_of_term";
    private const string ReviewClauseQuestion = "model.upgrade_review_clause";
    private const string SiteTypesQuestion = "sites.site_types";
    private const string RolloutStartQuestion = "sites.rollout_start";
    private const string RolloutEndQuestion = "sites.rollout_end";
    private const string RevenueQuestion = "model.charging_revenue";
    private const string GridConnectionsQuestion = "model.grid_connections";
    private const string GridCapacityQuestion = "sites.grid_capacity_status";
    private const string PublicFundingQuestion = "model.public_funding";
    private const string MaxLotsQuestion = "tender.lots_max_awarded";
    private const string InstallationPaidQuestion = "model.installation_paid";
    private const string PriceIndexQuestion = "model.price_index";

    /// <summary>The procurement model (an option of <c>model.type</c>), or null when not answered.</summary>
    public string? Model { get; init; }

    /// <summary>The model's label as the questionnaire words it.</summary>
    public string? ModelLabel { get; init; }

    /// <summary>The package's document language, in which the framing names the other party and the offer.</summary>
    public string Language { get; init; } = Input.DocumentLanguages.English;

    /// <summary>The law the package is written under, which names the other party.</summary>
    public Framing.LegalRegime Regime { get; init; } = Framing.LegalRegime.PublicContract;

    /// <summary>Whether the documents must give an estimated value (not for a permit, which nothing buys).</summary>
    public bool ValueRequired { get; init; } = true;

    /// <summary>Whether the quantities are counted from a sites list (else they are the totals answers).</summary>
    public bool FromSites { get; init; }

    /// <summary>The quantities of the whole tender.</summary>
    public required ScopeQuantities Total { get; init; }

    /// <summary>
    /// The lots, in order, each with its quantities when the sites say which lot they are in
    /// (null quantities when the draft gives totals only). Empty when the contract is not divided.
    /// </summary>
    public ImmutableArray<LotScope> Lots { get; init; } = [];

    /// <summary>Sites and points per site type; with totals only, the chosen types without numbers.</summary>
    public ImmutableArray<SiteTypeScope> SiteTypes { get; init; } = [];

    /// <summary>Commissioning dates of the sites, earliest first, with what is working by each (cumulative).</summary>
    public ImmutableArray<Milestone> Milestones { get; init; } = [];

    /// <summary>Points at sites that give no commissioning date.</summary>
    public int PointsWithoutDate { get; init; }

    /// <summary>Sites that give no commissioning date.</summary>
    public int SitesWithoutDate { get; init; }

    /// <summary>Planned first installation.</summary>
    public DateOnly? RolloutStart { get; init; }

    /// <summary>Planned last installation.</summary>
    public DateOnly? RolloutEnd { get; init; }

    /// <summary>Planned start of the contract.</summary>
    public DateOnly? ContractStart { get; init; }

    /// <summary>The full term in years, extensions included (as <c>model.duration_years</c> asks).</summary>
    public decimal? DurationYears { get; init; }

    /// <summary>What happens to the points at the end, as the questionnaire words the chosen option.</summary>
    public string? EndOfTermLabel { get; init; }

    /// <summary>Whether the contract holds a review clause for technology upgrades.</summary>
    public bool? ReviewClause { get; init; }

    /// <summary>The estimated value of the whole tender, excluding VAT.</summary>
    public decimal? EstimatedValue { get; init; }

    /// <summary>The currency of every value.</summary>
    public string? Currency { get; init; }

    /// <summary>Who keeps the charging revenue in a public contract (<c>operator</c> or <c>authority</c>), or null.</summary>
    public string? ChargingRevenue { get; init; }

    /// <summary>Who applies for and pays the grid connections (<c>authority</c> or <c>operator</c>), or null.</summary>
    public string? GridConnections { get; init; }

    /// <summary>What the sites' grid capacities stand for (<c>existing</c>, <c>reserved</c>, <c>indicative</c>), or null.</summary>
    public string? GridCapacityStatus { get; init; }

    /// <summary>Whether any site gives a grid capacity, so that its meaning must be said.</summary>
    public bool ListsGridCapacity { get; init; }

    /// <summary>Whether the authority contributes money (a subsidy or a contribution per point).</summary>
    public bool? PublicFunding { get; init; }

    /// <summary>Whether several authorities buy together (joint procurement), or null when not said.</summary>
    public bool? JointProcurement { get; init; }

    /// <summary>When supply and installation are paid (<c>per_point</c> or <c>after_rollout</c>), or null.</summary>
    public string? InstallationPaid { get; init; }

    /// <summary>The index the yearly prices follow, or null when none is named.</summary>
    public string? PriceIndex { get; init; }

    /// <summary>The most lots one tenderer may win, or null for no limit.</summary>
    public int? MaxLotsAwarded { get; init; }

    /// <summary>The scope of an evaluated tender.</summary>
    public static TenderScope Of(TenderPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var answers = package.Answers;
        var sites = package.Sites;
        var fromSites = !sites.IsEmpty;
        var model = answers.Choice(ModelQuestion);
        var endOfTerm = answers.Choice(EndOfTermQuestion);

        return new TenderScope
        {
            Model = model,
            ModelLabel = model is null ? null : answers.Question(ModelQuestion).OptionLabel(model),
            Language = package.Language,
            Regime = package.Framing.Regime,
            ValueRequired = package.Framing.RequiresEstimatedValue,
            FromSites = fromSites,
            Total = fromSites ? ScopeQuantities.Of(sites) : ScopeQuantities.FromAnswers(answers),
            Lots = LotsOf(package),
            SiteTypes = fromSites ? TypesOfSites(sites, answers) : TypesAnswered(answers),
            Milestones = fromSites ? MilestonesOf(sites) : [],
            PointsWithoutDate = sites.Where(s => s.Commissioning is null).Sum(PointsAt),
            SitesWithoutDate = sites.Where(s => s.Commissioning is null).Sum(s => Math.Max(s.SiteCount, 0)),
            RolloutStart = answers.Date(RolloutStartQuestion),
            RolloutEnd = answers.Date(RolloutEndQuestion),
            ContractStart = package.Tender.Dates.ContractStart,
            DurationYears = answers.Number(DurationQuestion),
            EndOfTermLabel = endOfTerm is null ? null : answers.Question(EndOfTermQuestion).OptionLabel(endOfTerm),
            ReviewClause = answers.Flag(ReviewClauseQuestion),
            EstimatedValue = package.Tender.EstimatedValue.Amount,
            Currency = package.Tender.EstimatedValue.Currency,
            ChargingRevenue = answers.Choice(RevenueQuestion),
            GridConnections = answers.Choice(GridConnectionsQuestion),
            GridCapacityStatus = answers.Choice(GridCapacityQuestion),
            ListsGridCapacity = sites.Any(s => s.GridCapacityKva is not null),
            PublicFunding = answers.Flag(PublicFundingQuestion),
            JointProcurement = package.Tender.Authority.JointProcurement,
            InstallationPaid = answers.Choice(InstallationPaidQuestion),
            PriceIndex = answers.Answer(PriceIndexQuestion) is Answers.AnswerValue.Text { Value: { Length: > 0 } index } ? index.Trim() : null,
            MaxLotsAwarded = answers.Number(MaxLotsQuestion) is { } most ? (int)most : null,
        };
    }

    /// <summary>All points at one site entry: every group once per alike site.</summary>
    public static int PointsAt(Site site) => Math.Max(site.SiteCount, 0) * site.PointGroups.Sum(g => Math.Max(g.Count, 0));

    private static ImmutableArray<LotScope> LotsOf(TenderPackage package)
    {
        var lots = package.Tender.Lots;
        if (!lots.IsDivided())
        {
            return [];
        }

        var ids = lots.Items.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var result = lots.Items.Select(lot => new LotScope(
            lot.Id,
            lot.Title,
            lot.Description,
            lot.EstimatedValue,
            package.Sites.IsEmpty ? null : ScopeQuantities.Of(package.Sites.Where(s => s.Lot == lot.Id)))).ToList();

        // Sites the officer put in no lot (or an unknown one) are shown apart rather than dropped,
        // so the lots still add up to the total; the input checks report them.
        var unassigned = package.Sites.Where(s => s.Lot is null || !ids.Contains(s.Lot)).ToList();
        if (unassigned.Count > 0)
        {
            result.Add(new LotScope("", null, null, null, ScopeQuantities.Of(unassigned)));
        }

        return [.. result];
    }

    private static ImmutableArray<SiteTypeScope> TypesOfSites(ImmutableArray<Site> sites, AnswerSet answers) =>
        [.. sites.GroupBy(s => s.Type ?? "", StringComparer.Ordinal)
            .Select(g => new SiteTypeScope(
                g.Key.Length == 0 ? null : g.Key,
                g.Key.Length == 0 ? null : OptionLabel(answers, SiteTypesQuestion, g.Key),
                g.Sum(s => Math.Max(s.SiteCount, 0)),
                g.Sum(PointsAt)))];

    private static ImmutableArray<SiteTypeScope> TypesAnswered(AnswerSet answers) =>
        answers.Has(SiteTypesQuestion)
            ? [.. answers.Choices(SiteTypesQuestion).Select(t => new SiteTypeScope(t, OptionLabel(answers, SiteTypesQuestion, t), null, null))]
            : [];

    private static ImmutableArray<Milestone> MilestonesOf(ImmutableArray<Site> sites)
    {
        var points = 0;
        var count = 0;
        var result = ImmutableArray.CreateBuilder<Milestone>();
        foreach (var group in sites.Where(s => s.Commissioning is not null).GroupBy(s => s.Commissioning!.Value).OrderBy(g => g.Key))
        {
            points += group.Sum(PointsAt);
            count += group.Sum(s => Math.Max(s.SiteCount, 0));
            result.Add(new Milestone(group.Key, points, count));
        }

        return result.ToImmutable();
    }

    private static string OptionLabel(AnswerSet answers, string question, string value) =>
        answers.Has(question) ? answers.Question(question).OptionLabel(value) : value;
}

/// <summary>How many sites and points of each AFIR power class; null where the draft does not say.</summary>
public sealed record ScopeQuantities
{
    /// <summary>The number of sites, or null when unknown.</summary>
    public int? Sites { get; init; }

    /// <summary>Points per power class, every class present; null for a class the draft does not count.</summary>
    public required ImmutableDictionary<PowerClass, int?> Points { get; init; }

    /// <summary>Points whose current or power is missing (sites only).</summary>
    public int Unclassified { get; init; }

    /// <summary>All points, or null when no class is counted.</summary>
    public int? AllPoints => Points.Values.All(p => p is null) ? null : Points.Values.Sum(p => p ?? 0) + Unclassified;

    /// <summary>Whether some classes are counted and others not, so the total is a lower bound.</summary>
    public bool IsPartial => Points.Values.Any(p => p is null) && Points.Values.Any(p => p is not null);

    /// <summary>The quantities of some sites.</summary>
    public static ScopeQuantities Of(IEnumerable<Site> sites)
    {
        var totals = SiteTotals.Of(sites);
        return new ScopeQuantities
        {
            Sites = totals.Sites,
            Points = totals.Points.ToImmutableDictionary(p => p.Key, p => (int?)p.Value),
            Unclassified = totals.Unclassified,
        };
    }

    /// <summary>The totals the officer answered, for a draft without a sites list.</summary>
    public static ScopeQuantities FromAnswers(AnswerSet answers) => new()
    {
        Sites = Count(answers, DerivedAnswers.SiteCount),
        Points = PowerClasses.All.ToImmutableDictionary(c => c, c => Count(answers, PowerClasses.QuestionId(c))),
    };

    private static int? Count(AnswerSet answers, string question) =>
        answers.Number(question) is { } number ? (int)decimal.Round(number) : null;
}

/// <summary>One lot's share of the scope.</summary>
/// <param name="Id">The lot's id; empty for sites in no lot.</param>
/// <param name="Title">The lot's title.</param>
/// <param name="Description">What the lot covers.</param>
/// <param name="EstimatedValue">The lot's estimated value, or null.</param>
/// <param name="Quantities">The lot's sites and points, or null when the draft gives totals only.</param>
public sealed record LotScope(string Id, string? Title, string? Description, decimal? EstimatedValue, ScopeQuantities? Quantities);

/// <summary>Sites and points of one site type; the numbers are null when the draft gives totals only.</summary>
/// <param name="Type">The option of <c>sites.site_types</c>, or null for sites without a type.</param>
/// <param name="Label">The option's label.</param>
/// <param name="Sites">Sites of this type.</param>
/// <param name="Points">Points at them.</param>
public sealed record SiteTypeScope(string? Type, string? Label, int? Sites, int? Points);

/// <summary>What is to be working by a commissioning date, counting every earlier date too.</summary>
/// <param name="Date">The commissioning date.</param>
/// <param name="Points">Points working by then.</param>
/// <param name="Sites">Sites working by then.</param>
public sealed record Milestone(DateOnly Date, int Points, int Sites);
