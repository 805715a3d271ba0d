using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Notices.Sdk;
using TenderBuilder.Documents.Notices.Xml;

namespace TenderBuilder.Documents.Notices.Mapping;

/// <summary>A notice composed from a package, not yet XML.</summary>
/// <param name="Root">What the notice says.</param>
/// <param name="Subtype">The SDK subtype.</param>
/// <param name="DocumentType">Its document type (root element, namespaces, XSD).</param>
/// <param name="LanguageId">The notice language (ISO 639-3).</param>
/// <param name="Sources">
/// SDK field id → where its value comes from: a TenderInput field path (<c>authority.registrationId</c>)
/// or a question id (<c>model.duration_years</c>), so a failed rule can name the question to fix.
/// </param>
public sealed record ComposedNotice(NoticeNode Root, SdkSubtype Subtype, SdkDocumentType DocumentType, string LanguageId, IReadOnlyDictionary<string, string> Sources);

/// <summary>
/// Says a tender package as an eForms contract notice (subtype 16) or concession notice (subtype
/// 19) in SDK field ids (docs/eforms.md lists each business term and where it comes from). Values the
/// officer has not given are left out, so the validation names the question to answer rather
/// than the notice inventing them; values the tender fixes by its nature (no e-auction, no framework
/// agreement, electronic submission) are written as such.
/// </summary>
public static class NoticeComposer
{
    private const string Buyer = "ORG-0001";
    private const string ReviewBody = "ORG-0002";

    /// <summary>Composes the notice a decision calls for.</summary>
    public static ComposedNotice Compose(TenderPackage package, NoticeSubtype subtype, EformsSdk sdk)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(sdk);
        var (sdkSubtype, documentType) = sdk.Notice(subtype);
        var language = NoticeLanguages.Iso6393(package.Language);
        var context = new Context(package, sdk, subtype, NoticeClock.For(package.Tender));
        var root = NoticeNode.Root(sdk);

        Notice(root, context, sdkSubtype, language);
        Organisations(root, context);
        Procedure(root, context);
        var lots = package.Tender.Lots.Items;
        if (lots.Count == 0)
        {
            Lot(root, context, "LOT-0000", package.Tender.Title, Description(package), package.Tender.EstimatedValue.Amount, lotField: "title");
        }
        else
        {
            for (var i = 0; i < lots.Count; i++)
            {
                Lot(root, context, $"LOT-{i + 1:0000}", lots[i].Title, lots[i].Description ?? Description(package), lots[i].EstimatedValue, lotField: "lots.items");
            }
        }

        return new ComposedNotice(root, sdkSubtype, documentType, language, context.Sources);
    }

    private static void Notice(NoticeNode root, Context c, SdkSubtype subtype, string language)
    {
        root.Set("OPT-001-notice", "2.3")
            .Set("OPT-002-notice", c.Sdk.CustomizationId)
            .Set("BT-701-notice", c.StableId("notice"))
            .Set("BT-04-notice", c.StableId("procedure"))
            .Set("BT-05(a)-notice", c.Clock.Date(c.DispatchDate))
            .Set("BT-05(b)-notice", c.Clock.Time(new TimeOnly(12, 0), c.DispatchDate))
            .Set("BT-757-notice", "01")
            .Set("BT-01-notice", subtype.LegalBasis)
            .Set("BT-02-notice", subtype.NoticeType, ("BT-03-notice", subtype.FormType))
            .Set("BT-702(a)-notice", language)
            .Set("OPP-070-notice", subtype.Id);
    }

    private static void Organisations(NoticeNode root, Context c)
    {
        var authority = c.Package.Tender.Authority;
        var buyer = root.Add("ND-Organization");
        c.Set(buyer, "OPT-200-Organization-Company", Buyer, "authority.name");
        c.Set(buyer, "BT-500-Organization-Company", authority.Name, "authority.name");
        c.Set(buyer, "BT-501-Organization-Company", authority.RegistrationId, "authority.registrationId");
        c.Set(buyer, "BT-510(a)-Organization-Company", authority.Address.Street, "authority.address.street");
        c.Set(buyer, "BT-513-Organization-Company", authority.Address.City, "authority.address.city");
        c.Set(buyer, "BT-512-Organization-Company", authority.Address.PostalCode, "authority.address.postalCode");
        c.Set(buyer, "BT-507-Organization-Company", authority.Address.Nuts, "authority.address.nuts");
        c.Set(buyer, "BT-514-Organization-Company", NoticeCountries.Iso3(authority.Country), "authority.country");
        c.Set(buyer, "BT-502-Organization-Company", authority.Contact.Name, "authority.contact.name");
        c.Set(buyer, "BT-506-Organization-Company", authority.Contact.Email, "authority.contact.email");
        c.Set(buyer, "BT-503-Organization-Company", authority.Contact.Phone, "authority.contact.phone");
        c.Set(buyer, "BT-505-Organization-Company", authority.Contact.Website, "authority.contact.website");

        var body = c.Package.Tender.Notice.ReviewBody;
        var review = root.Add("ND-Organization");
        c.Set(review, "OPT-200-Organization-Company", ReviewBody, "notice.reviewBody.name");
        c.Set(review, "BT-500-Organization-Company", body.Name, "notice.reviewBody.name");
        c.Set(review, "BT-501-Organization-Company", body.RegistrationId, "notice.reviewBody.registrationId");

        c.Set(review, "BT-510(a)-Organization-Company", body.Address.Street, "notice.reviewBody.address.street");
        c.Set(review, "BT-513-Organization-Company", body.Address.City, "notice.reviewBody.address.city");
        c.Set(review, "BT-512-Organization-Company", body.Address.PostalCode, "notice.reviewBody.address.postalCode");
        c.Set(review, "BT-507-Organization-Company", body.Address.Nuts, "notice.reviewBody.address.nuts");
        c.Set(review, "BT-514-Organization-Company", NoticeCountries.Iso3(body.Country ?? authority.Country), "notice.reviewBody.country");
        c.Set(review, "BT-506-Organization-Company", body.Contact.Email, "notice.reviewBody.contact.email");
        c.Set(review, "BT-503-Organization-Company", body.Contact.Phone, "notice.reviewBody.contact.phone");
        c.Set(review, "BT-505-Organization-Company", body.Contact.Website, "notice.reviewBody.contact.website");

        var party = root.Add("ND-ContractingParty");
        c.Set(party, "OPT-300-Procedure-Buyer", Buyer, "authority.name", ("OPT-300-Procedure-Buyer-Scheme", "organization"));
        c.Set(party, "BT-11-Procedure-Buyer", BuyerLegalType(authority.Type), "authority.type");
        c.Set(party, "BT-10-Procedure-Buyer", "gen-pub", "authority.type");
        if (c.Subtype == NoticeSubtype.ConcessionNotice)
        {
            // A city awards a concession as a contracting authority, not as a utility (a contracting entity).
            c.Set(party, "BT-740-Procedure-Buyer", "not-cont-ent", "authority.type");
        }
    }

    private static void Procedure(NoticeNode root, Context c)
    {
        var tender = c.Package.Tender;
        c.Set(root, "BT-21-Procedure", tender.Title, "title");
        c.Set(root, "BT-22-Procedure", tender.Reference, "reference");
        // Why the tender is not divided into lots, as the documents say it (Directive 2014/24 Art. 46).
        c.Set(root, "BT-300-Procedure", tender.Lots.IsDivided() ? null : tender.Lots.ReasonNotDivided, "lots.reasonNotDivided");
        c.Set(root, "BT-24-Procedure", Description(c.Package), "title");
        c.Set(root, "BT-23-Procedure", c.Nature, "cpvCodes");
        c.Set(root, "BT-262-Procedure", c.MainCpv, "cpvCodes");
        foreach (var code in c.AdditionalCpv)
        {
            c.Set(root.Add("ND-ProcedureAdditionalCommodityClassification"), "BT-263-Procedure", code, "cpvCodes");
        }

        if (tender.EstimatedValue.Amount is { } amount && c.Package.Framing.RequiresEstimatedValue)
        {
            c.Set(root, "BT-27-Procedure", Amount(amount), "estimatedValue.amount", ("BT-27-Procedure-Currency", tender.EstimatedValue.Currency ?? "EUR"));
        }

        var place = root.Add("ND-ProcedurePlacePerformanceAdditionalInformation");
        c.Set(place, "BT-5071-Procedure", tender.Notice.PlaceOfPerformanceNuts, "notice.placeOfPerformanceNuts");
        c.Set(place, "BT-5141-Procedure", NoticeCountries.Iso3(tender.Authority.Country), "authority.country");

        c.Set(root, "BT-105-Procedure", ProcedureType(tender.Procedure), "procedure");
        if (ProcedureType(tender.Procedure) is "open" or "restricted" or "neg-w-call")
        {
            c.Set(root.Add("ND-AcceleratedProcedure"), "BT-106-Procedure", "false", "procedure");
        }

        c.Set(root.Add("ND-ExclusionGroundsSource"), "BT-806-Procedure", "epo-procurement-document", "procedure");
        if (tender.Lots.Items.Count > 1)
        {
            c.Set(root, "BT-31-Procedure", tender.Lots.Items.Count.ToString(CultureInfo.InvariantCulture), "lots.items");
        }
    }

    private static void Lot(NoticeNode root, Context c, string id, string? title, string description, decimal? value, string lotField)
    {
        var tender = c.Package.Tender;
        var notice = tender.Notice;
        var lot = root.Add("ND-Lot");
        c.Set(lot, "BT-137-Lot", id, lotField);
        c.Set(lot, "BT-21-Lot", title, lotField);
        c.Set(lot, "BT-24-Lot", description, lotField);
        c.Set(lot, "BT-23-Lot", c.Nature, "cpvCodes");
        c.Set(lot, "BT-262-Lot", c.MainCpv, "cpvCodes");
        foreach (var code in c.AdditionalCpv)
        {
            c.Set(lot.Add("ND-LotAdditionalClassification"), "BT-263-Lot", code, "cpvCodes");
        }

        if (value is { } amount && c.Package.Framing.RequiresEstimatedValue)
        {
            c.Set(lot, "BT-27-Lot", Amount(amount), lotField, ("BT-27-Lot-Currency", tender.EstimatedValue.Currency ?? "EUR"));
        }

        var place = lot.Add("ND-LotPlacePerformance");
        c.Set(place, "BT-5071-Lot", notice.PlaceOfPerformanceNuts, "notice.placeOfPerformanceNuts");
        c.Set(place, "BT-5141-Lot", NoticeCountries.Iso3(tender.Authority.Country), "authority.country");

        if (c.Package.Answers.Has(DurationQuestion) && c.Package.Answers.Number(DurationQuestion) is { } years)
        {
            c.Set(lot, "BT-36-Lot", ((int)Math.Round(years * 12)).ToString(CultureInfo.InvariantCulture), DurationQuestion, ("BT-36-Lot-Unit", "MONTH"));
        }

        if (tender.Dates.ContractStart is { } start)
        {
            c.Set(lot, "BT-536-Lot", c.Clock.Date(start), "dates.contractStart");
        }

        // Terms the tender fixes by its nature; docs/eforms.md says why each is what it is.
        c.Set(lot, "BT-60-Lot", "no-eu-funds", "model.public_funding");
        c.Set(lot, "BT-71-Lot", "none", "procedure");
        c.Set(lot, "BT-736-Lot", "no", "procedure");
        c.Set(lot, "BT-743-Lot", "allowed", "procedure");
        c.Set(lot, "BT-764-Lot", "not-allowed", "procedure");
        c.Set(lot, "BT-765-Lot", "none", "procedure");
        c.Set(lot, "BT-766-Lot", "none", "procedure");
        c.Set(lot, "BT-767-Lot", "false", "procedure");
        c.Set(lot, "BT-17-Lot", "required", "notice.submissionUrl");
        c.Set(lot.Add("ND-SelectionCriteriaSource"), "BT-821-Lot", "epo-procurement-document", "procedure");
        if (c.Subtype == NoticeSubtype.ContractNotice)
        {
            c.Set(lot, "BT-115-Lot", "true", "procedure");
            c.Set(lot, "BT-92-Lot", "false", "procedure");
            c.Set(lot, "BT-93-Lot", "true", "procedure");
        }

        var documents = lot.Add("ND-LotProcurementDocument");
        c.Set(documents, "OPT-140-Lot", "DOCS-" + id, "notice.documentsUrl");
        c.Set(documents, "BT-14-Lot", "non-restricted-document", "notice.documentsUrl");
        c.Set(documents, "BT-15-Lot", notice.DocumentsUrl, "notice.documentsUrl");

        var recipient = lot.Add("ND-TenderRecipient");
        c.Set(recipient, "BT-18-Lot", notice.SubmissionUrl, "notice.submissionUrl");
        c.Set(recipient, "OPT-301-Lot-TenderReceipt", Buyer, "notice.submissionUrl", ("OPT-301-Lot-TenderReceipt-Scheme", "organization"));
        c.Set(lot, "OPT-301-Lot-AddInfo", Buyer, "authority.contact.email", ("OPT-301-Lot-AddInfo-Scheme", "organization"));

        foreach (var code in notice.TenderLanguages ?? [])
        {
            c.Set(lot.Add("ND-LotSubmissionLanguage"), "BT-97-Lot", NoticeLanguages.Iso6393(code), "notice.tenderLanguages");
        }

        c.Note(lot, "BT-97-Lot", "notice.tenderLanguages");
        // Only where the question is asked: the SDK forbids the validity outside the open and concession procedures.
        if (notice.TenderValidityDays is { } days && c.Package.Answers.Asked("notice.tender_validity_days"))
        {
            c.Set(lot, "BT-98-Lot", days.ToString(CultureInfo.InvariantCulture), "notice.tenderValidityDays", ("BT-98-Lot-Unit", "DAY"));
        }

        c.Note(lot, "BT-98-Lot", "notice.tenderValidityDays");
        // A procedure with a first stage (restricted, negotiation, dialogue) announces the deadline for
        // requests to participate and how many candidates go on; the deadline for tenders follows in
        // the invitation.
        var twoStage = ProcedureType(tender.Procedure) is "restricted" or "neg-w-call" or "comp-dial";
        var (dateField, timeField) = twoStage ? ("BT-1311(d)-Lot", "BT-1311(t)-Lot") : ("BT-131(d)-Lot", "BT-131(t)-Lot");
        if (tender.Dates.SubmissionDeadline is { } deadline)
        {
            c.Set(lot, dateField, c.Clock.Date(deadline), "dates.submissionDeadline");
            c.Set(lot, timeField, tender.Dates.SubmissionDeadlineTime is { } time ? c.Clock.Time(time, deadline) : null, "dates.submissionDeadlineTime");
        }

        c.Note(lot, dateField, "dates.submissionDeadline");
        c.Note(lot, timeField, "dates.submissionDeadlineTime");
        if (twoStage)
        {
            c.Set(lot, "BT-50-Lot", notice.MinimumCandidates?.ToString(CultureInfo.InvariantCulture), "notice.minimumCandidates");
            // Only a least number is asked; no maximum number of candidates is set.
            c.Set(lot, "BT-661-Lot", "false", "notice.minimumCandidates");
            c.Note(lot, "BT-50-Lot", "notice.minimumCandidates");
        }

        if (notice.Opening.Date is { } opening)
        {
            var open = lot.Add("ND-PublicOpening");
            c.Set(open, "BT-132(d)-Lot", c.Clock.Date(opening), "notice.opening.date");
            c.Set(open, "BT-132(t)-Lot", notice.Opening.Time is { } at ? c.Clock.Time(at, opening) : null, "notice.opening.time");
            c.Set(open, "BT-133-Lot", c.Package.Answers.Asked("notice.opening_place") ? notice.Opening.Place : null, "notice.opening.place");
        }

        var reviewTerms = lot.Add("ND-LotReviewTerms");
        c.Set(reviewTerms, "BT-99-Lot", notice.ReviewDeadlines, "notice.reviewDeadlines");
        c.Set(lot, "OPT-301-Lot-ReviewOrg", ReviewBody, "notice.reviewBody.name", ("OPT-301-Lot-ReviewOrg-Scheme", "organization"));

        GreenProcurement(lot, c);
        AwardCriteria(lot, c);
    }

    // The clause that tells the officer the notice flags green procurement makes it so: strategic
    // procurement for the environment (BT-06), climate mitigation by renewable electricity (BT-774)
    // and the criteria the officer named (BT-805).
    private static void GreenProcurement(NoticeNode lot, Context c)
    {
        if (c.Package.Clauses.FirstOrDefault(k => k.Id == GreenClause) is not { } clause)
        {
            return;
        }

        c.Set(lot, "BT-06-Lot", "env-imp", "renewables.electricity");
        // What makes it green, in the documents' words: the titles of the renewable-electricity requirements.
        c.Set(lot, "BT-777-Lot", string.Join("; ", c.Package.Clauses.Where(k => k.Topic == "renewables").Select(k => k.Title)), "renewables.electricity");
        c.Set(lot, "BT-774-Lot", "clim-mitig", "renewables.electricity");
        var criteria = (clause.Parameters.FirstOrDefault(p => p.Name == "gpp_criteria")?.Value as Core.Answers.AnswerValue.Choice)?.Value;
        c.Set(lot, "BT-805-Lot", criteria is "eu" or "national" or "other" ? criteria : null, "renewables.electricity");
    }

    private static void AwardCriteria(NoticeNode lot, Context c)
    {
        if (!c.Package.Framing.HasAwardCriteria)
        {
            return;
        }

        // In descending order of importance, as the directives ask the criteria to be listed.
        static decimal WeightOf(IncludedClause clause) =>
            (clause.Parameters.FirstOrDefault(p => p.Name == "weight")?.Value as Core.Answers.AnswerValue.Number)?.Value ?? 0;
        foreach (var clause in c.Package.Clauses.Where(k => k.Kind == ClauseKind.AwardCriterion).OrderByDescending(WeightOf))
        {
            var criterion = lot.Add("ND-LotAwardCriterion");
            c.Set(criterion, "BT-539-Lot", NoticeAwardCriteria.TypeOf(clause.Id), "award.basis");
            c.Set(criterion, "BT-734-Lot", clause.Title, "award.basis");
            c.Set(criterion, "BT-540-Lot", clause.Text, "award.basis");
            if (clause.Parameters.FirstOrDefault(p => p.Name == "weight")?.Value is Core.Answers.AnswerValue.Number weight)
            {
                var parameter = criterion.Add("ND-LotAwardWeightCriterionParameter");
                c.Set(parameter, "BT-5421-Lot", "per-exa", "award.basis");
                c.Set(parameter, "BT-541-Lot-WeightNumber", weight.Value.ToString(CultureInfo.InvariantCulture), "award.basis");
            }
        }
    }

    private const string DurationQuestion = "model.duration_years";
    private const string ModelQuestion = "model.type";
    private const string GreenClause = "procedure.green-procurement-flag";

    // What the notice says the tender is about, in the documents' language: the points and the
    // specification's scope in its own sentences (BT-24 holds 6,000 characters).
    private static string Description(TenderPackage package) => Composition.TenderSummary.DescribeScope(package, 6000);

    private static string Amount(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    // The catalogue's authority types in the buyer-legal-type code list.
    private static string? BuyerLegalType(string? type) => type switch
    {
        "municipality" => "la",
        "region" => "ra",
        "central_government" => "cga",
        "other_public_body" => "body-pl",
        _ => null,
    };

    // The catalogue's procedures in the procurement-procedure-type code list; a concession
    // procedure the authority organises itself is "other single stage" (Directive 2014/23 Art. 30).
    private static string? ProcedureType(string? procedure) => procedure switch
    {
        "open" => "open",
        "restricted" => "restricted",
        "competitive_negotiation" => "neg-w-call",
        "competitive_dialogue" => "comp-dial",
        "concession_procedure" => "oth-single",
        _ => null,
    };

    private sealed class Context(TenderPackage package, EformsSdk sdk, NoticeSubtype subtype, NoticeClock clock)
    {
        private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);

        public TenderPackage Package { get; } = package;

        public EformsSdk Sdk { get; } = sdk;

        public NoticeSubtype Subtype { get; } = subtype;

        public NoticeClock Clock { get; } = clock;

        private string SubtypeId { get; } = ((int)subtype).ToString(CultureInfo.InvariantCulture);

        public IReadOnlyDictionary<string, string> Sources => _sources;

        // The notice is dated the day it is planned to go out, but never before the day it is built:
        // TED refuses a dispatch date in the past, and a plan that has slipped must then show as a
        // deadline before the dispatch (the eSender stamps the real dispatch date and time).
        public DateOnly DispatchDate => Package.Tender.Dates.Publication is { } planned && planned > Package.ReferenceDate ? planned : Package.ReferenceDate;

        // A concession is of services (Directive 2014/23 covers works and services; the SDK refuses
        // supplies in subtype 19); a public contract buys supplies when the city buys and owns the
        // points, services otherwise, as the open data says.
        public string Nature => Subtype == NoticeSubtype.ConcessionNotice ? "services"
            : Package.Answers.Has(ModelQuestion) && Package.Answers.Choice(ModelQuestion) == "purchase_own" ? "supplies"
            : "services";

        // The SDK's rules want the main CPV code to fit the nature (supplies: divisions 03–44 and 48;
        // works: 45; services: the rest): the first code that fits is main, the others additional.
        public string? MainCpv => Cpv.FirstOrDefault(code => NatureOf(code) == Nature) ?? Cpv.FirstOrDefault();

        public IEnumerable<string> AdditionalCpv => Cpv.Where(code => code != MainCpv);

        private static string? NatureOf(string code) =>
            code.Length < 2 || !int.TryParse(code[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var division) ? null
            : division == 45 ? "works"
            : division is < 45 or 48 ? "supplies"
            : "services";

        private IEnumerable<string> Cpv => (Package.Tender.CpvCodes ?? []).Select(code => code.Split('-')[0].Trim()).Where(code => code.Length > 0);

        public void Set(NoticeNode node, string field, string? value, string source, params (string Field, string Value)[] attributes)
        {
            // What the SDK forbids for the subtype (a framework agreement in a concession notice) is left out.
            if (Sdk.Field(field).ForbiddenIn.Contains(SubtypeId))
            {
                return;
            }

            _sources.TryAdd(field, source);
            node.Expect(field, source).Set(field, value, attributes);
        }

        public void Note(NoticeNode node, string field, string source)
        {
            _sources.TryAdd(field, source);
            node.Expect(field, source);
        }

        // A UUID that stays the same when the same tender is built again (a notice is identified by
        // it at TED; a new version of the tender is a new reference or title).
        public string StableId(string purpose)
        {
            var tender = Package.Tender;
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{purpose}|{tender.Reference}|{tender.Authority.Name}|{tender.Title}"));
            bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return new Guid(bytes.AsSpan(0, 16), bigEndian: true).ToString();
        }
    }
}
