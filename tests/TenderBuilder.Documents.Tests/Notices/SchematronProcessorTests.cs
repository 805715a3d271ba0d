using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using TenderBuilder.Documents.Notices.Validation;
using Xunit.Abstractions;

namespace TenderBuilder.Documents.Tests.Notices;

/// <summary>
/// The eForms SDK's own example notices through the SDK's schematron rules: the valid ones must
/// pass, the INVALID_ ones must fail where the SDK says they do. Loading the rules costs seconds, so
/// the fixture validates every notice in one node run per phase and the facts read its results.
/// </summary>
public sealed partial class SchematronProcessorTests(SchematronProcessorTests.ExamplesFixture fixture, ITestOutputHelper output)
    : IClassFixture<SchematronProcessorTests.ExamplesFixture>
{
    private const string ConcessionExample = "cn_23.xml";
    private const string WithoutBuyerCompanyId = "cn_23 without the buyer's BT-501";

    /// <summary>Every example notice of subtype 16 (a contract notice, Directive 2014/24) that the SDK says is valid.</summary>
    public static TheoryData<string> ValidContractNotices => [.. Examples.OfSubtype("16").Where(name => !Examples.IsInvalid(name))];

    /// <summary>The SDK's intentionally invalid contract notices.</summary>
    public static TheoryData<string> InvalidContractNotices => [.. Examples.OfSubtype("16").Where(Examples.IsInvalid)];

    [Fact]
    public void The_subtype_16_examples_are_the_cn_24_and_change_cn_24_notices_and_cn_23_is_subtype_19()
    {
        Examples.OfSubtype("16").ShouldAllBe(name => CnOr24ChangeNotice().IsMatch(name));
        Examples.OfSubtype("16").Count(name => !Examples.IsInvalid(name)).ShouldBe(12);
        Examples.OfSubtype("19").ShouldBe([ConcessionExample]);
    }

    [Theory]
    [MemberData(nameof(ValidContractNotices))]
    public void A_valid_contract_notice_example_breaks_no_error_rule(string example)
    {
        if (fixture.Skipped(output))
        {
            return;
        }

        fixture.Results[example].Failures.Where(f => f.IsError).Select(Describe).ShouldBeEmpty();
    }

    [Fact]
    public void The_concession_notice_example_breaks_no_error_rule_of_subtype_19()
    {
        if (fixture.Skipped(output))
        {
            return;
        }

        fixture.Results[ConcessionExample].Failures.Where(f => f.IsError).Select(Describe).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(InvalidContractNotices))]
    public void An_invalid_contract_notice_example_breaks_the_stage_it_was_made_to_break(string example)
    {
        if (fixture.Skipped(output))
        {
            return;
        }

        var errors = fixture.Results[example].Failures.Where(f => f.IsError).ToList();
        var stages = errors.Select(f => Examples.StageOf(f.RuleId)).ToHashSet();
        output.WriteLine($"{example}: {errors.Count} errors, in stages {string.Join(", ", stages.Order())}");
        switch (example)
        {
            case "INVALID_cn_24_empty.xml":
                // Only what the XSD requires: the containers that stage 1 asks for are missing.
                stages.ShouldContain(s => s.StartsWith('1'));
                errors.SelectMany(f => f.Fields).ShouldContain("node:ND-Organizations");
                break;
            case "INVALID_cn_24_stage-1.xml":
                stages.ShouldNotContain(s => s.StartsWith('1'));
                stages.ShouldContain(s => s.StartsWith('2'));
                break;
            case "INVALID_cn_24_stage-2.xml":
                stages.ShouldNotContain(s => s.StartsWith('1') || s.StartsWith('2'));
                stages.ShouldContain(s => s.StartsWith('3'));
                break;
            case "INVALID_cn_24_multiple.xml":
                // Its errors are in later occurrences of repeated elements; the location says which.
                errors.ShouldContain(f => f.Location.Contains("/cac:ProcurementProjectLot[2]/", StringComparison.Ordinal));
                errors.ShouldContain(f => f.Location.Contains("/efac:Organization[3]", StringComparison.Ordinal));
                break;
            case "INVALID_change-cn_24_FRA_comments.xml":
                // It changes fields that a change notice may not change: only the SDK's dynamic
                // stage 6, which fetches the original notice, can see that. The static rules pass it.
                errors.Select(Describe).ShouldBeEmpty();
                return;
            default:
                break;
        }

        errors.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_concession_notice_without_the_buyers_company_id_fails_on_field_BT_501()
    {
        if (fixture.Skipped(output))
        {
            return;
        }

        var errors = fixture.Results[WithoutBuyerCompanyId].Failures.Where(f => f.IsError).ToList();

        var failure = errors.ShouldHaveSingleItem();
        failure.RuleId.ShouldBe("BR-BT-00501-0025");
        failure.Role.ShouldBe("ERROR");
        failure.Fields.ShouldBe(["BT-501-Organization-Company"]);
        failure.Location.ShouldEndWith("/efac:Organizations[1]/efac:Organization[1]/efac:Company[1]");
        failure.Test.ShouldBe("count(cac:PartyLegalEntity/cbc:CompanyID) > 0");
        failure.Message.ShouldBe("rule|text|BR-BT-00501-0025");
    }

    [Fact]
    public void Each_phase_is_one_node_run_whose_time_is_written_to_the_output()
    {
        if (fixture.Skipped(output))
        {
            return;
        }

        // Not a limit (the machine is shared): the figures, for whoever tunes the CI budget.
        foreach (var (phase, time) in fixture.Timings)
        {
            output.WriteLine($"{phase}: {time.TotalSeconds:F1} s");
        }

        fixture.Timings.Count.ShouldBe(2);
    }

    private static string Describe(SchematronFailure f) => $"{f.RuleId} ({f.Role}) at {f.Location}: {f.Test} [{string.Join(", ", f.Fields)}] {f.Message}";

    [GeneratedRegex(@"^(INVALID_)?(change-)?cn_24[_.]")]
    private static partial Regex CnOr24ChangeNotice();

    /// <summary>Runs the SDK's examples through the rules once for every fact of the class.</summary>
    public sealed class ExamplesFixture : IAsyncLifetime
    {
        private string? _unavailable;

        /// <summary>Each notice's result, by example file name.</summary>
        public Dictionary<string, SchematronResult> Results { get; } = new(StringComparer.Ordinal);

        /// <summary>How long each node run took, by phase.</summary>
        public Dictionary<string, TimeSpan> Timings { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// Whether the checks must run: in CI, when asked for, and whenever the runner is in the
        /// checkout (as it always is here). Then a missing node or runner fails the class.
        /// </summary>
        private static bool Required =>
            !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TENDERBUILDER_REQUIRE_SCHEMATRON"))
            || Directory.Exists(Repository.SchematronRunner);

        public async Task InitializeAsync()
        {
            var processor = new SchematronProcessor(new SchematronOptions
            {
                RunnerFolder = Repository.SchematronRunner,
                SchematronFile = Path.Combine(Repository.EformsSdk, "schematrons", "static", "complete-validation.sch"),
            });
            if (!processor.IsAvailable)
            {
                _unavailable = processor.UnavailableReason;
                if (Required)
                {
                    throw new InvalidOperationException(
                        $"The eForms schematron rules must run here but cannot: {_unavailable} " +
                        "The README's test command (bash scripts/test.sh) installs Node.js and the runner's packages.");
                }

                return;
            }

            List<NamedNotice> contractNotices = [.. Examples.OfSubtype("16").Select(Examples.Read)];
            var concession = Examples.Read(ConcessionExample);
            List<NamedNotice> concessionNotices = [concession, new(WithoutBuyerCompanyId, WithoutFirstCompanyId(concession.Xml))];

            // One node run per phase, side by side: the machine has two cores.
            await Task.WhenAll(Run(processor, "16", contractNotices), Run(processor, "19", concessionNotices));
        }

        public Task DisposeAsync() => Task.CompletedTask;

        /// <summary>
        /// True, after saying why in the output, when the rules cannot run here and need not: xunit 2
        /// has no way to skip a test once it runs, so such a test passes without checking anything.
        /// </summary>
        public bool Skipped(ITestOutputHelper output)
        {
            if (_unavailable is null)
            {
                return false;
            }

            output.WriteLine("Not checked: the eForms schematron rules cannot run here: " + _unavailable);
            return true;
        }

        private async Task Run(SchematronProcessor processor, string subtype, List<NamedNotice> notices)
        {
            var watch = Stopwatch.StartNew();
            var results = await processor.ValidateAsync(notices, subtype, CancellationToken.None);
            lock (Results)
            {
                Timings[string.Create(CultureInfo.InvariantCulture, $"eforms-{subtype}, {notices.Count} notices")] = watch.Elapsed;
                foreach (var result in results)
                {
                    Results[result.Name] = result;
                }
            }
        }

        // The buyer (the first organisation) loses its registration number, BT-501, which the
        // regulation makes mandatory. Its PartyLegalEntity held nothing else and goes too, so that
        // no empty element adds a failure of its own.
        private static string WithoutFirstCompanyId(string xml)
        {
            var document = XDocument.Parse(xml);
            XNamespace cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
            XNamespace efac = "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1";
            var legalEntity = document.Descendants(efac + "Organization").First().Descendants(cac + "PartyLegalEntity").Single();
            legalEntity.Elements().Count().ShouldBe(1, "the buyer's PartyLegalEntity in cn_23.xml holds only its CompanyID");
            legalEntity.Remove();
            return document.ToString(SaveOptions.DisableFormatting);
        }
    }

    /// <summary>The SDK's example notices and which stage of its rules each rule id belongs to.</summary>
    private static partial class Examples
    {
        private static readonly Lazy<Dictionary<string, string>> s_subtypes = new(ReadSubtypes);
        private static readonly Lazy<Dictionary<string, string>> s_stages = new(ReadStages);

        private static string Folder => Path.Combine(Repository.EformsSdk, "examples", "notices");

        public static bool IsInvalid(string name) => name.StartsWith("INVALID_", StringComparison.Ordinal);

        public static List<string> OfSubtype(string subtype) =>
            [.. s_subtypes.Value.Where(e => e.Value == subtype).Select(e => e.Key).Order(StringComparer.Ordinal)];

        public static NamedNotice Read(string name) => new(name, File.ReadAllText(Path.Combine(Folder, name)));

        /// <summary>The stage of a rule id, from the file that defines it: validation-stage-2a-16.sch holds stage "2a-16".</summary>
        public static string StageOf(string ruleId) => s_stages.Value.GetValueOrDefault(ruleId, "unknown");

        // The notice subtype is in each notice (cbc:SubTypeCode), not in its file name.
        private static Dictionary<string, string> ReadSubtypes()
        {
            XNamespace cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
            return Directory.EnumerateFiles(Folder, "*.xml").ToDictionary(
                file => Path.GetFileName(file),
                file => XDocument.Load(file).Descendants(cbc + "SubTypeCode").FirstOrDefault()?.Value.Trim() ?? "",
                StringComparer.Ordinal);
        }

        private static Dictionary<string, string> ReadStages()
        {
            var stages = new Dictionary<string, string>(StringComparer.Ordinal);
            var folder = Path.Combine(Repository.EformsSdk, "schematrons", "static");
            foreach (var file in Directory.EnumerateFiles(folder, "validation-stage-*.sch"))
            {
                var stage = Path.GetFileNameWithoutExtension(file)["validation-stage-".Length..];
                foreach (Match match in AssertId().Matches(File.ReadAllText(file)))
                {
                    stages[match.Groups[1].Value] = stage;
                }
            }

            return stages;
        }

        [GeneratedRegex("<(?:assert|report) id=\"([^\"]+)\"")]
        private static partial Regex AssertId();
    }
}
