using System.Text.Json;
using System.Text.RegularExpressions;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Catalogues.Translations;
using TenderBuilder.Core.Consistency;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Core.Tests.Words;

/// <summary>
/// The findings' messages are written in the document language (ADR 0017): built in the
/// pseudo-language, every word of a message outside what the officer wrote is marked, and no
/// placeholder is left unfilled. The inputs are the examples and variants of the Utrecht-like one
/// that trip most checks (consistency rules, sites and lots, answers, overrides, custom clauses,
/// catalogue versions).
/// </summary>
public sealed partial class FindingMessagesTests
{
    private static readonly DateOnly s_today = new(2026, 11, 29);
    private static readonly TenderInput s_base = Read("utrecht-like-concession.yaml");

    // Names of standards, laws, units and the product, which no language translates.
    private static readonly HashSet<string> s_standardNames = new(StringComparer.Ordinal)
    {
        "AFIR", "OCPP", "EN", "IEC", "ISO", "V2G", "V2X", "QR", "AC", "DC", "EU", "EUR", "kW", "kVA", "kWh", "WGS", "TenderBuilder",
    };

    public static TheoryData<string> Inputs => [.. Examples().Keys, .. Variants().Keys];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_word_of_a_finding_is_in_the_document_language(string name)
    {
        var input = All()[name] with { };
        input = input with { Tender = input.Tender with { Language = PseudoText.Language } };
        var package = RulesEngine.Evaluate(input, CatalogueLoader.Default, s_today);
        var allowed = Allowed(input);

        Assert.DoesNotContain(package.Findings, f => f.Code == "input.unknown-language");

        // Which points a clause applies to is the documents' sentence, quoted in one warning; its words are not this table's.
        var appliesTo = package.Clauses.Where(c => c.AppliesTo is not null).ToDictionary(c => c.Id, c => c.AppliesTo!);
        Assert.All(package.Findings, finding =>
        {
            var message = finding.ClauseId is { } id && appliesTo.TryGetValue(id, out var sentence) ? finding.Message.Replace(sentence, " ", StringComparison.Ordinal) : finding.Message;
            var unmarked = Words(Unquoted(message)).Where(word => !PseudoText.IsMarked(word) && !allowed.Contains(word)).ToList();
            Assert.True(unmarked.Count == 0, $"{finding.Code}: [{string.Join(", ", unmarked)}] in: {finding.Message}");
            Assert.DoesNotMatch(Placeholder(), finding.Message);
        });
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void English_messages_have_every_placeholder_filled(string name)
    {
        var package = RulesEngine.Evaluate(All()[name], CatalogueLoader.Default, s_today);

        Assert.All(package.Findings, finding => Assert.DoesNotMatch(Placeholder(), finding.Message));
    }

    [Fact]
    public void The_variants_trip_the_checks_they_are_meant_for()
    {
        var codes = Variants().Values.SelectMany(input => RulesEngine.Evaluate(input, CatalogueLoader.Default, s_today).Findings).Select(f => f.Code).ToHashSet();

        var expected = new HashSet<string>
        {
            "v2g.ocpp-below-2-1", "v2g.ready-ac-points-exceed-tendered", "payment.qr-only-high-power", "award.weights-not-100",
            "model.concession-duration-unjustified", "model.concession-pays-book-value", "grid.traffic-light-without-minimum",
            "selection.turnover-above-twice-value", "model.permit-may-be-concession", "procedure.does-not-fit-the-model",
            "lots.no-reason-for-one-contract", "dates.deadline-not-after-publication", "dates.rollout-ends-before-it-starts",
            "dates.submission-period-short", "dates.submission-period-below-minimum", "dates.v2g-live-before-contract-start",
            "sites.invalid-id", "sites.invalid-power", "sites.unusual-power", "sites.connector-current", "sites.invalid-connector",
            "sites.unknown-lot", "sites.invalid-coordinates", "sites.commissioning-before-start", "lots.missing-title",
            "input.unknown-question", "input.invalid-answer", "input.unknown-clause", "clause.exclusion-unjustified",
            "input.unknown-parameter", "input.invalid-override", "input.invalid-custom-clause", "clause.custom-empty",
            "catalogue.newer-version", "catalogue.unknown-version", "tender.required-missing", "answer.implausible",
            "notice.declined-though-required", "notice.answer-missing",
        };

        Assert.Empty(expected.Except(codes));
    }

    [Fact]
    public void The_award_weights_total_reads_in_the_document_language()
    {
        var weights = new AwardWeights([40m, 32.5m]);

        Assert.Equal("Total 72.5 %: 27.5 % missing to 100 %", weights.Describe(DocumentLanguages.English));
        Assert.True(PseudoText.IsMarked(weights.Describe(PseudoText.Language)));
    }

    [Fact]
    public void The_pseudo_language_is_known_to_the_engine_but_not_offered()
    {
        Assert.True(DocumentLanguages.IsKnown(PseudoText.Language));
        Assert.True(DocumentLanguages.IsKnown("nl-NL"));
        Assert.False(DocumentLanguages.IsKnown("fr-FR"));
        Assert.DoesNotContain(PseudoText.Language, DocumentLanguages.All);
    }

    private static Dictionary<string, TenderInput> All() => Examples().Concat(Variants()).ToDictionary();

    private static Dictionary<string, TenderInput> Examples() =>
        Directory.GetFiles(Repository.Examples, "*.yaml").Order(StringComparer.Ordinal)
            .ToDictionary(path => Path.GetFileName(path), path => Read(Path.GetFileName(path)));

    private static Dictionary<string, TenderInput> Variants()
    {
        var services = With(s_base, ("model.type", "services"));
        var published = s_base.Tender.Dates.Publication!.Value;
        return new()
        {
            ["v2g-and-payment"] = With(s_base, ("smart.ocpp_version", "ocpp_2_0_1"), ("v2g.readiness", "pilot"), ("v2g.ready_points_ac", 99999),
                ("v2g.ready_points_dc", 99999), ("payment.methods", new[] { "qr_code" }), ("sites.points_dc_50_150", 24)),
            ["weights"] = With(s_base, ("award.weight_concession_fee", 5), ("award.weight_sustainability", 5)),
            ["concession-terms"] = With(s_base, ("model.duration_years", 20), ("model.concession_duration_justified", false),
                ("model.residual_value", "book_value"), ("model.depreciation_years", 30), ("grid.traffic_light_min_power_kw", null!)),
            ["permit"] = With(s_base, ("model.type", "permit"), ("model.permits_limited", true), ("model.public_funding", true)),
            ["public-contract"] = services with
            {
                Answers = With(services, ("selection.min_turnover", 999_999_999), ("lots.divided", false)).Answers,
                Tender = services.Tender with { Procedure = "concession_procedure", Lots = new LotsInfo() },
            },
            ["dates"] = With(s_base, ("sites.rollout_start", "2027-06-01"), ("sites.rollout_end", "2027-01-01"), ("v2g.live_by", "2026-01-02")) with
            {
                Tender = s_base.Tender with { Dates = s_base.Tender.Dates with { SubmissionDeadline = published.AddDays(-1), ContractStart = published.AddDays(-2) } },
            },
            ["period-short"] = Deadline(services with { Tender = services.Tender with { Procedure = "open" } }, published.AddDays(20)),
            ["period-below-floor"] = Deadline(services with { Tender = services.Tender with { Procedure = "open" } }, published.AddDays(10)),
            ["sites-and-lots"] = Broken(s_base),
            ["notice-declined"] = s_base with { Tender = s_base.Tender with { Notice = s_base.Tender.Notice with { Wanted = false } } },
            ["notice-missing-and-malformed"] = s_base with
            {
                Tender = s_base.Tender with
                {
                    Procedure = "open",
                    Authority = s_base.Tender.Authority with
                    {
                        Address = new PostalAddress { Nuts = "NL310" },
                        Contact = new ContactDetails { Email = "tenders(at)example.org", Phone = "ask for Anna", Website = "example.org" },
                    },
                    Dates = s_base.Tender.Dates with { SubmissionDeadlineTime = null, TimeZone = "Europe/London" },
                    Notice = new NoticeInfo(),
                },
            },
            ["newer-catalogue"] = s_base with { CatalogVersion = "2099.1.0" },
            ["unknown-catalogue"] = s_base with { CatalogVersion = "draft" },
        };
    }

    // Sites, lots, answers, exclusions, overrides and custom clauses with every kind of mistake.
    private static TenderInput Broken(TenderInput input)
    {
        List<Site> sites =
        [
            new() { Id = "", Name = "Depot", Area = "North", PointGroups = [new() { Count = 2, Current = "ac", RatedKw = 50, Connectors = ["ccs2"] }] },
            new() { Id = "S1", Name = "", Latitude = 52, Type = "moon", Access = "never", Lot = "9", GridCapacityKva = -1, SiteCount = 0, Commissioning = new DateOnly(2020, 1, 1) },
            new() { Id = "S1", Name = "Harbour", Address = "Quay 1", Latitude = 99, Longitude = 5, PointGroups = [new() { Count = 0, Current = "xx", RatedKw = 0, Connectors = ["plug9"] }] },
            new() { Id = "S3", Name = "Square", Address = "Plein 2", PointGroups = [new() { Count = 1, Current = "dc", RatedKw = 150, Connectors = ["type2_socket"] }] },
        ];
        var answers = With(input, ("no.such_question", 1), ("model.duration_years", "ten"), ("tender.title", "x"), ("selection.min_turnover", 1e15),
            ("smart.ocpp_version", "ocpp_9"), ("model.concession_duration_justified", "yes"), ("tender.procedure", "open")).Answers
            .Where(a => a.Key is not ("sites.access" or "sites.rollout_start")).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        using var json = JsonDocument.Parse("\"lots\"");
        return input with
        {
            Answers = answers,
            Sites = sites,
            Tender = input.Tender with
            {
                Lots = new LotsInfo { Items = [new Lot { Id = "1", Title = "" }, new Lot { Id = "1", Title = "B", EstimatedValue = -5 }, new Lot { Id = " ", Title = "C" }] },
            },
            Exclusions = [new ClauseExclusion { Clause = "no.such-clause" }, new ClauseExclusion { Clause = "grid.dso-signal-interface" }],
            ParameterOverrides =
            [
                new ParameterOverride { Clause = "no.such-clause", Parameter = "x", Value = json.RootElement.Clone() },
                new ParameterOverride { Clause = "grid.dso-signal-interface", Parameter = "nothing", Value = json.RootElement.Clone() },
                new ParameterOverride { Clause = "grid.dso-signal-interface", Parameter = "response_seconds", Value = json.RootElement.Clone() },
            ],
            CustomClauses =
            [
                new CustomClause { Id = "c1", Title = "Mine", Text = "", Kind = "poem", Verification = new CustomVerification { Method = "guess" } },
                new CustomClause { Id = "c1", Title = "Mine too", Text = "Text.", Kind = "awardCriterion" },
            ],
        };
    }

    // What the officer wrote and the codes a message names: ids of sites, lots, questions, options,
    // clauses, parameters and connectors, the finding codes, and the standard names.
    private static HashSet<string> Allowed(TenderInput input)
    {
        var catalogue = CatalogueLoader.Default;
        IEnumerable<string> codes =
        [
            .. s_standardNames,
            .. input.Sites.Select(s => s.Id), .. input.Tender.Lots.Items.Select(l => l.Id),
            .. catalogue.Questionnaire.Questions.SelectMany(q => q.Options.Select(o => o.Value).Append(q.Id)),
            .. catalogue.Clauses.SelectMany(c => c.Parameters.Select(p => p.Name).Append(c.Id)),
            .. Connectors.Codes,
            .. Examples().Values.Concat(Variants().Values).SelectMany(i => i.CustomClauses.Select(c => c.Kind).Concat(i.CustomClauses.Select(c => c.Verification?.Method ?? ""))),
            "selectionCriterion", "technicalSpecification", "awardCriterion", "contractPerformance",
            "certificate", "declaration", "testReport", "siteAcceptanceTest", "documentReview",
            "tender.lots.items", "model.type", "ac", "dc",

            // The pseudo-language writes dates in the invariant culture, so its months are English;
            // a real language's culture names its own months (DocumentLanguages.CultureOf).
            .. System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames,
        ];
        return [.. codes.SelectMany(Words)];
    }

    private static TenderInput Read(string file) =>
        TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, file))).Input;

    private static TenderInput With(TenderInput input, params (string Question, object Value)[] answers)
    {
        var merged = new Dictionary<string, JsonElement>(input.Answers, StringComparer.Ordinal);
        foreach (var (question, value) in answers)
        {
            if (value is null)
            {
                merged.Remove(question);
            }
            else
            {
                merged[question] = JsonSerializer.SerializeToElement(value);
            }
        }

        return input with { Answers = merged };
    }

    private static TenderInput Deadline(TenderInput input, DateOnly deadline) =>
        input with { Tender = input.Tender with { Dates = input.Tender.Dates with { SubmissionDeadline = deadline, ContractStart = deadline.AddDays(90) } } };

    // Quoted text is a label, a title or a value the officer wrote: the catalogue or the officer decides its language.
    private static string Unquoted(string message) => QuotedText().Replace(message, " ");

    // Words with an ASCII letter and no digit: "S001", "2014/24/EU" and "15118-20" are numbers or ids.
    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.Trim('.', '-', '/')).Where(w => w.Any(char.IsAsciiLetter) && !w.Any(char.IsDigit));

    [GeneratedRegex("“[^”]*”|\"[^\"]*\"")]
    private static partial Regex QuotedText();

    [GeneratedRegex(@"[\p{L}\p{N}_.\-/]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
