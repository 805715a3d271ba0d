namespace TenderBuilder.Core.Words;

/// <summary>
/// The words of the "Subject matter and scope" section and the sites annex, one table per language
/// like <see cref="Vocabulary"/> (ADR 0011): a translation is a copy of <see cref="English"/> with
/// the words translated. Sentences that carry numbers are composite format strings
/// (<c>{0}</c>, <c>{1}</c>, …), so a language can put the numbers where its grammar wants them.
/// Words the legal framing decides are tokens a translation keeps as they are: <c>{party}</c> and
/// the offer's <c>{tender}</c>, <c>{tenderer}</c>, … (<see cref="Rules.FramedText"/>), which the
/// document code fills before it formats the numbers.
/// </summary>
public sealed record ScopeWords
{
    /// <summary>The English table.</summary>
    public static ScopeWords English { get; } = new();

    /// <summary>The section's heading.</summary>
    public string Heading { get; init; } = "Subject matter and scope";

    /// <summary>Sub-heading: what is bought.</summary>
    public string WhatHeading { get; init; } = "What is procured";

    /// <summary>Sub-heading: quantities.</summary>
    public string QuantitiesHeading { get; init; } = "Quantities";

    /// <summary>Sub-heading: lots.</summary>
    public string LotsHeading { get; init; } = "Lots";

    /// <summary>Sub-heading: dates.</summary>
    public string RolloutHeading { get; init; } = "Roll-out";

    /// <summary>Sub-heading: term.</summary>
    public string TermHeading { get; init; } = "Term";

    /// <summary>Lots without a limit on how many one tenderer wins.</summary>
    public string LotsEveryLot { get; init; } = "A {tenderer} may submit a {tender} for one lot or for several; each lot is evaluated and awarded on its own.";

    /// <summary>Lots with a limit: {0} the most one tenderer wins.</summary>
    public string LotsLimited { get; init; } = "A {tenderer} may submit a {tender} for one lot or for several, and each lot is evaluated on its own, but one {tenderer} is awarded at most {0}; the contract notice states the rule that decides which lots it is awarded when it would otherwise win more.";

    /// <summary>Sub-heading: who pays whom, who keeps the revenue, who pays the grid.</summary>
    public string MoneyHeading { get; init; } = "Payment, revenue and costs";

    /// <summary>A public contract: the authority pays the prices offered.</summary>
    public string AuthorityPays { get; init; } = "The authority pays {party} the prices offered in the price schedule of the compliance matrix.";

    /// <summary>The operator keeps the charging revenue (a public contract).</summary>
    public string RevenueOperator { get; init; } = "{party} keeps the money drivers pay for charging and buys the electricity; the prices offered cover what that revenue does not.";

    /// <summary>The authority receives the charging revenue (a public contract).</summary>
    public string RevenueAuthority { get; init; } = "{party} collects the money drivers pay for charging on behalf of the authority, which pays for the electricity.";

    /// <summary>Revenue not said (a public contract).</summary>
    public string RevenueUnknown { get; init; } = "Who keeps the money drivers pay for charging is to be set by the authority.";

    /// <summary>A concession: income from charging, operating risk, no payment.</summary>
    public string ConcessionMoney { get; init; } = "{party} earns its income from the charging, buys the electricity and bears the operating risk; the authority pays it nothing for its services.";

    /// <summary>A concession with public money.</summary>
    public string ConcessionFunded { get; init; } = "{party} earns its income from the charging, buys the electricity and bears the operating risk; the authority's only payment is the contribution set out in these documents.";

    /// <summary>A permit: income from charging, no payment.</summary>
    public string PermitMoney { get; init; } = "{party} earns its income from the charging and buys the electricity; the authority pays it nothing.";

    /// <summary>Supply and installation paid per point.</summary>
    public string PaidPerPoint { get; init; } = "The supply and installation price of a charging point is paid after its site acceptance; the operation and maintenance price per charging point per year is paid from the point's commissioning to the end of the term, pro rata for part of a year.";

    /// <summary>Supply and installation paid after the roll-out.</summary>
    public string PaidAfterRollout { get; init; } = "The supply and installation prices are paid after the acceptance of the whole roll-out; the operation and maintenance price per charging point per year is paid from the point's commissioning to the end of the term, pro rata for part of a year.";

    /// <summary>Payment moment not said.</summary>
    public string PaidUnknown { get; init; } = "When the supply and installation prices are paid is to be set by the authority.";

    /// <summary>Prices indexed: {0} the index.</summary>
    public string Indexed { get; init; } = "The operation and maintenance prices are adjusted once a year with {0}.";

    /// <summary>Prices fixed.</summary>
    public string NotIndexed { get; init; } = "The prices are fixed for the whole term; no index adjusts them.";

    /// <summary>Grid connections by the authority.</summary>
    public string GridByAuthority { get; init; } = "The authority applies for the grid connections and pays for them.";

    /// <summary>Grid connections by the operator.</summary>
    public string GridByOperator { get; init; } = "{party} applies for the grid connections and pays for them.";

    /// <summary>Grid connections not said.</summary>
    public string GridUnknown { get; init; } = "Who applies for the grid connections and pays for them is to be set by the authority.";

    /// <summary>What the sites' grid capacities stand for, by the option of <c>sites.grid_capacity_status</c>.</summary>
    public IReadOnlyDictionary<string, string> GridCapacityMeans { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["existing"] = "The grid capacities in the sites annex are existing connections of that capacity, ready to use.",
        ["reserved"] = "The grid capacities in the sites annex are reserved with the grid operator; the connections still have to be built.",
        ["indicative"] = "The grid capacities in the sites annex are estimates; the connections still have to be requested from the grid operator.",
    };

    /// <summary>Grid capacities listed but their meaning not said.</summary>
    public string GridCapacityUnknown { get; init; } = "The grid capacities in the sites annex are as known to the authority; whether they are existing connections is to be set by the authority.";

    /// <summary>What a public contract's estimated value is.</summary>
    public string ValueIsSpending { get; init; } = "The estimated value is what the authority expects to pay over the whole term.";

    /// <summary>What a concession's estimated value is.</summary>
    public string ValueIsTurnover { get; init; } = "The estimated value is the turnover {party} is expected to make over the whole term.";

    /// <summary>Sub-heading: value.</summary>
    public string ValueHeading { get; init; } = "Estimated value";

    /// <summary>
    /// What is bought under each procurement model (by the option value of <c>model.type</c>);
    /// <c>{party}</c> is the other party as the package's legal framing names it (<see cref="Rules.PartyText"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> WhatIsBought { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["purchase_own"] = "The supply and installation of charging points that the authority will own, and their operation and maintenance by {party} for the term of the contract.",
        ["services"] = "A service in which {party} supplies, installs, operates and maintains the charging points for the authority for the term of the contract.",
        ["concession"] = "A service concession in which {party} supplies, installs, operates and maintains the charging points and earns its income from the charging, carrying the operating risk.",
        ["hybrid"] = "A hybrid arrangement in which {party} installs, operates and maintains the charging points; what the authority contributes is set out in these documents.",
        ["permit"] = "The right to place and operate charging points under the authority's permit or land-lease conditions; {party} supplies, installs, operates and maintains them.",
    };

    /// <summary>When the model is not answered.</summary>
    public string ModelUnknown { get; init; } = "The procurement model (supply, installation, operation and maintenance) is to be set by the authority.";

    /// <summary>The model's name: {0} is the questionnaire's label.</summary>
    public string ModelIs { get; init; } = "Procurement model: {0}.";

    /// <summary>Said when several authorities buy together: bidders must know whom the contract binds.</summary>
    public string JointProcurement { get; init; } = "Several contracting authorities carry out this procedure together (joint procurement); the contract notice names each of them and says how the contract is shared among them.";

    /// <summary>Said of anything the draft leaves open.</summary>
    public string ToBeSet { get; init; } = "to be set by the authority";

    /// <summary>Quantities table caption.</summary>
    public string QuantitiesCaption { get; init; } = "Charging points per AFIR power class";

    /// <summary>First column's header.</summary>
    public string PowerClassColumn { get; init; } = "Power class (AFIR Annex III)";

    /// <summary>Total column or row.</summary>
    public string Total { get; init; } = "Total";

    /// <summary>A lot's column header: {0} is the lot id.</summary>
    public string LotColumn { get; init; } = "Lot {0}";

    /// <summary>Header of the column for sites in no lot.</summary>
    public string NoLotColumn { get; init; } = "In no lot";

    /// <summary>Row of points without a class.</summary>
    public string UnclassifiedRow { get; init; } = "Power or current not given";

    /// <summary>Row of sites.</summary>
    public string SitesRow { get; init; } = "Sites";

    /// <summary>Where the quantities come from, with a sites list: {0} is the annex's title, {1} the document that holds it.</summary>
    public string FromSites { get; init; } =
        "The quantities are counted from the list of sites in \"{0}\" at the end of the {1}: each entry's points count once for every site it stands for.";

    /// <summary>Where the quantities come from, without a sites list.</summary>
    public string FromTotals { get; init; } = "The quantities are given as totals; these documents do not list the sites.";

    /// <summary>With lots but totals only.</summary>
    public string LotSplitUnknown { get; init; } = "How the charging points are shared between the lots is to be set by the authority; each lot's description below says what it covers.";

    /// <summary>When some classes are counted and others not.</summary>
    public string Partial { get; init; } = "Where a class says \"to be set by the authority\", the total counts only the classes given.";

    /// <summary>No class counted at all.</summary>
    public string NoQuantities { get; init; } = "The number of charging points per power class is to be set by the authority.";

    /// <summary>Sites per type table caption.</summary>
    public string SiteTypesCaption { get; init; } = "Sites and charging points per site type";

    /// <summary>Header of the site type column.</summary>
    public string SiteTypeColumn { get; init; } = "Site type";

    /// <summary>Header of the points column.</summary>
    public string PointsColumn { get; init; } = "Charging points";

    /// <summary>Label for sites without a type.</summary>
    public string TypeNotGiven { get; init; } = "Type not given";

    /// <summary>The chosen site types, with totals only: {0} is the list.</summary>
    public string SiteTypesAre { get; init; } = "Site types: {0}.";

    /// <summary>A lot's line: {0} id, {1} title.</summary>
    public string LotLine { get; init; } = "Lot {0}: {1}";

    /// <summary>The contract start: {0} the date.</summary>
    public string ContractStarts { get; init; } = "Planned start of the contract: {0}.";

    /// <summary>Roll-out start: {0} the date.</summary>
    public string RolloutStarts { get; init; } = "First charging points installed from {0}.";

    /// <summary>Roll-out end: {0} the date.</summary>
    public string RolloutEnds { get; init; } = "All charging points installed by {0}.";

    /// <summary>Roll-out dates unknown.</summary>
    public string RolloutUnknown { get; init; } = "The roll-out dates are to be set by the authority.";

    /// <summary>Milestones' lead-in.</summary>
    public string MilestonesIntro { get; init; } = "Charging points in service, counted from the sites' commissioning dates:";

    /// <summary>A milestone: {0} date, {1} points, {2} sites, {3} <see cref="Site"/> or <see cref="SitesWord"/>.</summary>
    public string MilestoneLine { get; init; } = "by {0}: {1} points at {2} {3}";

    /// <summary>One site, in running text.</summary>
    public string Site { get; init; } = "site";

    /// <summary>Several sites, in running text.</summary>
    public string SitesWord { get; init; } = "sites";

    /// <summary>Sites without a date: {0} points, {1} sites, {2} the word for site(s).</summary>
    public string WithoutDate { get; init; } = "{0} points at {1} {2} without a commissioning date: by the end of the roll-out";

    /// <summary>The term: {0} years.</summary>
    public string TermYears { get; init; } = "The contract runs for {0} years in total, any extensions included.";

    /// <summary>Term unknown.</summary>
    public string TermUnknown { get; init; } = "The term of the contract, with any extensions, is to be set by the authority.";

    /// <summary>The end of term: {0} the chosen option's label.</summary>
    public string EndOfTerm { get; init; } = "What happens to the charging points at the end of the contract: {0}.";

    /// <summary>With a review clause.</summary>
    public string ReviewClause { get; init; } = "The contract includes a review clause under which the authority may order technology upgrades during the term (see the contract performance annex).";

    /// <summary>The whole value: {0} the amount.</summary>
    public string ValueTotal { get; init; } = "Estimated value of the contract, excluding VAT: {0}.";

    /// <summary>A lot's value: {0} id, {1} amount.</summary>
    public string ValueLot { get; init; } = "Lot {0}: {1}";

    /// <summary>Value unknown.</summary>
    public string ValueUnknown { get; init; } = "Estimated value: to be set by the authority.";

    /// <summary>The annex's heading.</summary>
    public string AnnexHeading { get; init; } = "Annex: Sites";

    /// <summary>The annex's lead-in: {0} entries, {1} sites.</summary>
    public string AnnexIntro { get; init; } =
        "Every site of this procedure, {0} entries standing for {1} sites. An entry with more than one site stands for alike sites, each with the charging points shown; {tenderers} quote the site id.";

    /// <summary>The annex table's caption.</summary>
    public string AnnexCaption { get; init; } = "Sites and their charging points";

    /// <summary>The caption of a lot's table in the annex: {0} the lot id.</summary>
    public string AnnexLotCaption { get; init; } = "Sites and their charging points in lot {0}";

    /// <summary>Annex column headers, in order: id, name and place, type, sites, points, grid, commissioning.</summary>
    public IReadOnlyList<string> AnnexColumns { get; init; } =
        ["Site id", "Name and address or area", "Type", "Sites", "Charging points at each site", "Grid (kVA)", "In service by"];

    /// <summary>When every site has the same access: {0} the access's label.</summary>
    public string AllSitesAccess { get; init; } = "Access at every site: {0}.";

    /// <summary>When every site of a table has the same type: {0} the type's label.</summary>
    public string AllSitesType { get; init; } = "Type of every site below: {0}.";

    /// <summary>The Excel sheet's column headers, in order.</summary>
    public IReadOnlyList<string> SheetColumns { get; init; } =
        ["Site id", "Name", "Address or area", "Type", "Access", "Sites in this entry", "Lot", "Charging points at each site", "Grid capacity (kVA)", "In service by"];

    /// <summary>The Excel sheet's line under its title.</summary>
    public string SheetIntro { get; init; } =
        "One row per entry of the sites annex of the technical specifications. An entry with more than one site stands for alike sites; the points are per site.";

    /// <summary>The Excel sheet's column of a power class: {0} the class.</summary>
    public string SheetClassColumn { get; init; } = "{0}: points at each site";

    /// <summary>The Excel sheet's name (at most 31 characters).</summary>
    public string SheetName { get; init; } = "Sites";
}
