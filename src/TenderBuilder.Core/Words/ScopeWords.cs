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
[WordSection(Section)]
public sealed record ScopeWords
{
    /// <summary>The section's name in the localisation table.</summary>
    public const string Section = "scope";

    /// <summary>The English table.</summary>
    public static ScopeWords English => For(Input.DocumentLanguages.English);

    /// <summary>The table in a document language (the "scope" section of the localisation table).</summary>
    public static ScopeWords For(string? language) => WordTables.Load<ScopeWords>(Section, language);

    /// <summary>The section's heading.</summary>
    public string Heading { get; init; } = "";

    /// <summary>Sub-heading: what is bought.</summary>
    public string WhatHeading { get; init; } = "";

    /// <summary>Sub-heading: quantities.</summary>
    public string QuantitiesHeading { get; init; } = "";

    /// <summary>Sub-heading: lots.</summary>
    public string LotsHeading { get; init; } = "";

    /// <summary>Sub-heading: dates.</summary>
    public string RolloutHeading { get; init; } = "";

    /// <summary>Sub-heading: term.</summary>
    public string TermHeading { get; init; } = "";

    /// <summary>Lots without a limit on how many one tenderer wins.</summary>
    public string LotsEveryLot { get; init; } = "";

    /// <summary>Lots with a limit: {0} the most one tenderer wins.</summary>
    public string LotsLimited { get; init; } = "";

    /// <summary>Sub-heading: who pays whom, who keeps the revenue, who pays the grid.</summary>
    public string MoneyHeading { get; init; } = "";

    /// <summary>A public contract: the authority pays the prices offered.</summary>
    public string AuthorityPays { get; init; } = "";

    /// <summary>The operator keeps the charging revenue (a public contract).</summary>
    public string RevenueOperator { get; init; } = "";

    /// <summary>The authority receives the charging revenue (a public contract).</summary>
    public string RevenueAuthority { get; init; } = "";

    /// <summary>Revenue not said (a public contract).</summary>
    public string RevenueUnknown { get; init; } = "";

    /// <summary>A concession: income from charging, operating risk, no payment.</summary>
    public string ConcessionMoney { get; init; } = "";

    /// <summary>A concession with public money.</summary>
    public string ConcessionFunded { get; init; } = "";

    /// <summary>A permit: income from charging, no payment.</summary>
    public string PermitMoney { get; init; } = "";

    /// <summary>Supply and installation paid per point.</summary>
    public string PaidPerPoint { get; init; } = "";

    /// <summary>Supply and installation paid after the roll-out.</summary>
    public string PaidAfterRollout { get; init; } = "";

    /// <summary>Payment moment not said.</summary>
    public string PaidUnknown { get; init; } = "";

    /// <summary>Prices indexed: {0} the index.</summary>
    public string Indexed { get; init; } = "";

    /// <summary>Prices fixed.</summary>
    public string NotIndexed { get; init; } = "";

    /// <summary>Grid connections by the authority.</summary>
    public string GridByAuthority { get; init; } = "";

    /// <summary>Grid connections by the operator.</summary>
    public string GridByOperator { get; init; } = "";

    /// <summary>Grid connections not said.</summary>
    public string GridUnknown { get; init; } = "";

    /// <summary>What the sites' grid capacities stand for, by the option of <c>sites.grid_capacity_status</c>.</summary>
    public IReadOnlyDictionary<string, string> GridCapacityMeans { get; init; } = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty;

    /// <summary>Grid capacities listed but their meaning not said.</summary>
    public string GridCapacityUnknown { get; init; } = "";

    /// <summary>What a public contract's estimated value is.</summary>
    public string ValueIsSpending { get; init; } = "";

    /// <summary>What a concession's estimated value is.</summary>
    public string ValueIsTurnover { get; init; } = "";

    /// <summary>Sub-heading: value.</summary>
    public string ValueHeading { get; init; } = "";

    /// <summary>
    /// What is bought under each procurement model (by the option value of <c>model.type</c>);
    /// <c>{party}</c> is the other party as the package's legal framing names it (<see cref="Rules.PartyText"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> WhatIsBought { get; init; } = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty;

    /// <summary>When the model is not answered.</summary>
    public string ModelUnknown { get; init; } = "";

    /// <summary>The model's name: {0} is the questionnaire's label.</summary>
    public string ModelIs { get; init; } = "";

    /// <summary>Said when several authorities buy together: bidders must know whom the contract binds.</summary>
    public string JointProcurement { get; init; } = "";

    /// <summary>Said of anything the draft leaves open.</summary>
    public string ToBeSet { get; init; } = "";

    /// <summary>Quantities table caption.</summary>
    public string QuantitiesCaption { get; init; } = "";

    /// <summary>First column's header.</summary>
    public string PowerClassColumn { get; init; } = "";

    /// <summary>Total column or row.</summary>
    public string Total { get; init; } = "";

    /// <summary>A lot's column header: {0} is the lot id.</summary>
    public string LotColumn { get; init; } = "";

    /// <summary>Header of the column for sites in no lot.</summary>
    public string NoLotColumn { get; init; } = "";

    /// <summary>Row of points without a class.</summary>
    public string UnclassifiedRow { get; init; } = "";

    /// <summary>Row of sites.</summary>
    public string SitesRow { get; init; } = "";

    /// <summary>Where the quantities come from, with a sites list: {0} is the annex's title, {1} the document that holds it.</summary>
    public string FromSites { get; init; } = "";

    /// <summary>Where the quantities come from, without a sites list.</summary>
    public string FromTotals { get; init; } = "";

    /// <summary>With lots but totals only.</summary>
    public string LotSplitUnknown { get; init; } = "";

    /// <summary>When some classes are counted and others not.</summary>
    public string Partial { get; init; } = "";

    /// <summary>No class counted at all.</summary>
    public string NoQuantities { get; init; } = "";

    /// <summary>Sites per type table caption.</summary>
    public string SiteTypesCaption { get; init; } = "";

    /// <summary>Header of the site type column.</summary>
    public string SiteTypeColumn { get; init; } = "";

    /// <summary>Header of the points column.</summary>
    public string PointsColumn { get; init; } = "";

    /// <summary>Label for sites without a type.</summary>
    public string TypeNotGiven { get; init; } = "";

    /// <summary>The chosen site types, with totals only: {0} is the list.</summary>
    public string SiteTypesAre { get; init; } = "";

    /// <summary>A lot's line: {0} id, {1} title.</summary>
    public string LotLine { get; init; } = "";

    /// <summary>The contract start: {0} the date.</summary>
    public string ContractStarts { get; init; } = "";

    /// <summary>Roll-out start: {0} the date.</summary>
    public string RolloutStarts { get; init; } = "";

    /// <summary>Roll-out end: {0} the date.</summary>
    public string RolloutEnds { get; init; } = "";

    /// <summary>Roll-out dates unknown.</summary>
    public string RolloutUnknown { get; init; } = "";

    /// <summary>Milestones' lead-in.</summary>
    public string MilestonesIntro { get; init; } = "";

    /// <summary>A milestone: {0} date, {1} points, {2} sites, {3} <see cref="Site"/> or <see cref="SitesWord"/>.</summary>
    public string MilestoneLine { get; init; } = "";

    /// <summary>One site, in running text.</summary>
    public string Site { get; init; } = "";

    /// <summary>Several sites, in running text.</summary>
    public string SitesWord { get; init; } = "";

    /// <summary>The most lots one tenderer is awarded, when it is one (fills <see cref="LotsLimited"/>).</summary>
    public string OneLot { get; init; } = "";

    /// <summary>The most lots one tenderer is awarded, when more than one: {0} the number (fills <see cref="LotsLimited"/>).</summary>
    public string SomeLots { get; init; } = "";

    /// <summary>Sites without a date: {0} points, {1} sites, {2} the word for site(s).</summary>
    public string WithoutDate { get; init; } = "";

    /// <summary>The term: {0} years.</summary>
    public string TermYears { get; init; } = "";

    /// <summary>Term unknown.</summary>
    public string TermUnknown { get; init; } = "";

    /// <summary>The end of term: {0} the chosen option's label.</summary>
    public string EndOfTerm { get; init; } = "";

    /// <summary>With a review clause.</summary>
    public string ReviewClause { get; init; } = "";

    /// <summary>The whole value: {0} the amount.</summary>
    public string ValueTotal { get; init; } = "";

    /// <summary>A lot's value: {0} id, {1} amount.</summary>
    public string ValueLot { get; init; } = "";

    /// <summary>Value unknown.</summary>
    public string ValueUnknown { get; init; } = "";

    /// <summary>The annex's heading.</summary>
    public string AnnexHeading { get; init; } = "";

    /// <summary>The annex's lead-in: {0} entries, {1} sites.</summary>
    public string AnnexIntro { get; init; } = "";

    /// <summary>The annex table's caption.</summary>
    public string AnnexCaption { get; init; } = "";

    /// <summary>The caption of a lot's table in the annex: {0} the lot id.</summary>
    public string AnnexLotCaption { get; init; } = "";

    /// <summary>Annex column headers, in order: id, name and place, type, sites, points, grid, commissioning.</summary>
    public IReadOnlyList<string> AnnexColumns { get; init; } = [];

    /// <summary>When every site has the same access: {0} the access's label.</summary>
    public string AllSitesAccess { get; init; } = "";

    /// <summary>When every site of a table has the same type: {0} the type's label.</summary>
    public string AllSitesType { get; init; } = "";

    /// <summary>The Excel sheet's column headers, in order.</summary>
    public IReadOnlyList<string> SheetColumns { get; init; } = [];

    /// <summary>The Excel sheet's line under its title.</summary>
    public string SheetIntro { get; init; } = "";

    /// <summary>The Excel sheet's column of a power class: {0} the class.</summary>
    public string SheetClassColumn { get; init; } = "";

    /// <summary>The Excel sheet's name (at most 31 characters).</summary>
    public string SheetName { get; init; } = "";
}
