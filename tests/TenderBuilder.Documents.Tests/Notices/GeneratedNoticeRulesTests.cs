using System.Text.Json;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Input;
using TenderBuilder.Documents.Notices;
using TenderBuilder.Documents.Notices.Validation;
using Xunit.Abstractions;

namespace TenderBuilder.Documents.Tests.Notices;

/// <summary>
/// The notices TenderBuilder writes, through the same checks as the SDK's own examples: every worked
/// example under a public-contract model (subtype 16) and under a concession model (subtype 19)
/// passes the XSD, has every mandatory field and breaks none of the SDK's static rules. One node run
/// per subtype serves every case.
/// </summary>
public sealed class GeneratedNoticeRulesTests(GeneratedNoticeRulesTests.NoticesFixture fixture, ITestOutputHelper output)
    : IClassFixture<GeneratedNoticeRulesTests.NoticesFixture>
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (example, model) in NoticesFixture.Cases)
        {
            data.Add(example, model);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_notice_passes_the_XSD_has_every_mandatory_field_and_breaks_no_EU_rule(string example, string model)
    {
        var (notice, rules) = fixture.Results[(example, model)];
        output.WriteLine(notice.Text());

        NoticesFixture.Errors[(example, model)].ShouldBeEmpty();
        notice.SchemaProblems.Select(p => $"{p.Location}: {p.Message}").ShouldBeEmpty();
        notice.Missing.Select(m => $"{m.FieldId} ({m.Source})").ShouldBeEmpty();
        rules.Failures.Where(f => f.IsError).Select(f => $"{f.RuleId} {string.Join(",", f.Fields)} at {f.Location}").ShouldBeEmpty();
    }

    [Fact]
    public void A_timetable_that_has_slipped_into_the_past_is_refused_naming_the_deadline_question()
    {
        var (notice, rules) = fixture.Stale;

        // Built on 29 November for a deadline of 16 March: the notice is dated the day it is built.
        notice.Xml.ToString().ShouldContain("2026-11-29+01:00");
        var failure = rules.Failures.Single(f => f.IsError);
        failure.RuleId.ShouldBe("BR-BT-00131-0151");
        var problem = NoticeProblems.Of(notice, CatalogueLoader.Default, NoticeInputs.Sdk, "en", [(failure.RuleId, failure.Message, failure.Fields)]).Single();
        problem.Question!.Field.ShouldBe("dates.submissionDeadline");
    }

    [Fact]
    public void Both_subtypes_are_covered()
    {
        fixture.Results.Values.Select(r => r.Notice.Composed.Subtype.Id).Distinct().Order().ShouldBe(["16", "19"]);
    }

    /// <summary>Builds every case's notice and runs the rules once per subtype.</summary>
    public sealed class NoticesFixture : IAsyncLifetime
    {
        /// <summary>Every example that is a procurement, under a public-contract model and under a concession.</summary>
        public static IEnumerable<(string Example, string Model)> Cases =>
            NoticeInputs.Examples.SelectMany(example => new[] { (example, "public_contract"), (example, "concession") });

        public Dictionary<(string, string), (EformsNotice Notice, SchematronResult Rules)> Results { get; } = [];

        /// <summary>The Utrecht-like concession built months after its planned publication and deadline.</summary>
        public (EformsNotice Notice, SchematronResult Rules) Stale { get; private set; }

        /// <summary>The error findings of each case's package: a notice is only sent for a tender whose answers hold together.</summary>
        public static Dictionary<(string, string), List<string>> Errors { get; } = [];

        public async Task InitializeAsync()
        {
            var processor = new SchematronProcessor(new SchematronOptions
            {
                RunnerFolder = Repository.SchematronRunner,
                SchematronFile = Path.Combine(Repository.EformsSdk, "schematrons", "static", "complete-validation.sch"),
            });
            if (!processor.IsAvailable)
            {
                throw new InvalidOperationException(
                    $"The eForms schematron rules must run here but cannot: {processor.UnavailableReason} " +
                    "The README's test command (bash scripts/test.sh) installs Node.js and the runner's packages.");
            }

            var notices = Cases.ToDictionary(c => c, c => Build(c.Example, c.Model));
            var stale = EformsNotice.Build(NoticeInputs.Package(NoticeInputs.Input("utrecht-like-concession.yaml")), NoticeSubtype.ConcessionNotice, NoticeInputs.Sdk);
            notices[("stale", "concession")] = stale;
            var runs = notices.GroupBy(n => n.Value.Composed.Subtype.Id).Select(async group =>
            {
                var named = group.Select(n => new NamedNotice($"{n.Key.Example}-{n.Key.Model}", n.Value.Text())).ToList();
                var results = (await processor.ValidateAsync(named, group.Key)).ToDictionary(r => r.Name, StringComparer.Ordinal);
                return group.Select(n => (n.Key, n.Value, results[$"{n.Key.Example}-{n.Key.Model}"])).ToList();
            });
            foreach (var (key, notice, rules) in (await Task.WhenAll(runs)).SelectMany(r => r))
            {
                if (key.Example == "stale")
                {
                    Stale = (notice, rules);
                }
                else
                {
                    Results[key] = (notice, rules);
                }
            }
        }

        public Task DisposeAsync() => Task.CompletedTask;

        // Under the other model the price is offered another way: a public contract's price weight
        // becomes a concession fee's, and a concession's fee and tariff weights become the price's.
        private static TenderInput WithPriceCriteriaFor(TenderInput input, LegalRegime regime)
        {
            var questions = CatalogueLoader.Default.Questionnaire;
            decimal Weight(string id) => input.Answers.TryGetValue(id, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : 0;
            TenderInput Answer(TenderInput current, string id, object value) => current.WithAnswer(questions.Find(id)!, JsonSerializer.SerializeToElement(value));
            if (regime == LegalRegime.Concession)
            {
                var price = Weight("award.weight_price");
                input = Answer(input, "award.concession_price_elements", new[] { "concession_fee" });
                input = Answer(input, "award.weight_concession_fee", price);
                input = Answer(input, "award.scoring_concession_fee", "ratio");
                // Over five years a concession's duration must be justified by the investments (Directive 2014/23 Art. 18).
                input = Answer(input, "model.concession_duration_justified", true);
                // The values a concession's own clauses need, as the worked concession sets them.
                var concession = NoticeInputs.Input("utrecht-like-concession.yaml");
                return input with
                {
                    ParameterOverrides = [.. input.ParameterOverrides, .. concession.ParameterOverrides
                        .Where(o => !input.ParameterOverrides.Any(mine => mine.Clause == o.Clause && mine.Parameter == o.Parameter))],
                };
            }

            input = Answer(input, "award.weight_price", Weight("award.weight_concession_fee") + Weight("award.weight_driver_tariff") + Weight("award.weight_public_contribution"));
            return input.ParameterOverrides.Any(o => o.Clause == "award.price-or-cost" && o.Parameter == "basis")
                ? input
                : input with { ParameterOverrides = [.. input.ParameterOverrides, new ParameterOverride { Clause = "award.price-or-cost", Parameter = "basis", Value = JsonSerializer.SerializeToElement("the total price") }] };
        }

        // The example under the model (its own where it already is one of that kind), with the notice
        // asked for, so an example below the threshold is checked too.
        private static EformsNotice Build(string example, string model)
        {
            var input = NoticeInputs.Input(example);
            var questions = CatalogueLoader.Default.Questionnaire;
            var own = LegalFraming.RegimeOf(input.Answers.TryGetValue(LegalFraming.ModelQuestion, out var m) ? m.GetString() : null, null);
            var wanted = model == "concession" ? LegalRegime.Concession : LegalRegime.PublicContract;
            if (own != wanted)
            {
                input = input.WithAnswer(questions.Find(LegalFraming.ModelQuestion)!, JsonSerializer.SerializeToElement(model == "concession" ? "concession" : "services"));
                input = WithPriceCriteriaFor(input, wanted);
            }

            input = input with { Tender = input.Tender with { Notice = input.Tender.Notice with { Wanted = true } } };
            // Built on the day the example plans to publish, as an officer sends it: the worked
            // examples' timetables lie in 2026, and a notice dated after its own deadline is refused.
            var day = input.Tender.Dates.Publication ?? NoticeInputs.ReferenceDate;
            var package = Core.Rules.RulesEngine.Evaluate(input, CatalogueLoader.Default, day);
            Errors[(example, model)] = [.. package.Findings.Where(f => f.Severity == Core.Rules.FindingSeverity.Error).Select(f => $"{f.Code}: {f.Message}")];
            var decision = NoticeDecision.For(input, package.Framing, day);
            return EformsNotice.Build(package, decision.Subtype, NoticeInputs.Sdk);
        }
    }
}
