using System.Text.RegularExpressions;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Consistency;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Questionnaires;

namespace TenderBuilder.Core.Tests.Catalogues;

/// <summary>The shipped catalogue, checked as a reviewer would: sources, strengths, reachability, traceability.</summary>
public sealed partial class CatalogueIntegrityTests
{
    private static readonly Catalogue s_catalogue = CatalogueLoader.Default;

    [Fact]
    public void The_catalogue_has_the_questions_and_clauses_the_issue_asks_for()
    {
        s_catalogue.Questionnaire.Sections.Select(s => s.Id).ShouldBe(
            ["tender", "model", "sites", "grid", "smart", "v2g", "payment", "data", "operations", "security", "metering", "accessibility", "renewables", "selection", "award", "notice"]);
        s_catalogue.Clauses.Length.ShouldBeInRange(60, 110);
    }

    [Fact]
    public void Every_clause_cites_a_known_source_and_every_mandatory_one_a_verified_law()
    {
        foreach (var clause in s_catalogue.Clauses)
        {
            clause.Sources.ShouldNotBeEmpty(clause.Id);
            clause.Sources.ShouldAllBe(c => s_catalogue.FindSource(c.SourceId) != null, clause.Id);
            if (clause.Strength == Strength.Mandatory)
            {
                clause.Sources.ShouldContain(c => c.Status == VerificationStatus.Verified && s_catalogue.FindSource(c.SourceId)!.Type == SourceType.Law, clause.Id);
            }
        }
    }

    [Fact]
    public void Every_verified_citation_names_a_section_that_exists_in_the_verified_facts()
    {
        var sections = VerifiedSections();
        var citations = s_catalogue.Clauses.SelectMany(c => c.Sources.Select(s => (Where: c.Id, Citation: s)))
            .Concat(s_catalogue.Questionnaire.Questions.SelectMany(q => q.WhySources.Select(s => (Where: q.Id, Citation: s))))
            .Where(x => x.Citation.VerifiedIn is not null);

        foreach (var (where, citation) in citations)
        {
            sections.ShouldContain(citation.VerifiedIn!, $"{where} cites {citation.SourceId} {citation.Locator} as verified in {citation.VerifiedIn}");

            // §6 (municipal practice) confirms news reports, not primary texts; §7 and §8 verify nothing.
            citation.VerifiedIn!.ShouldNotStartWith("§6", Case.Sensitive, $"{where}: news is not a primary text");
            citation.VerifiedIn!.ShouldNotStartWith("§7", Case.Sensitive, where);
            citation.VerifiedIn!.ShouldNotStartWith("§8", Case.Sensitive, where);
        }
    }

    [Fact]
    public void Optional_clauses_are_off_until_the_officer_asks_for_them()
    {
        var defaultsOnly = AnswerSet.Resolve(s_catalogue.Questionnaire, new TenderInput());

        foreach (var clause in s_catalogue.Clauses.Where(c => c.Strength == Strength.Optional))
        {
            clause.When.ShouldNotBeNull($"{clause.Id} is optional, so it needs a condition the officer turns on");
            clause.When.Evaluate(defaultsOnly).Value.ShouldBeFalse($"{clause.Id} is optional but applies under the questionnaire's defaults");
        }
    }

    [Fact]
    public void Criteria_are_either_selection_or_award_and_each_award_criterion_has_a_weight()
    {
        foreach (var clause in s_catalogue.Clauses.Where(c => c.Deliverable == Deliverable.Criteria))
        {
            clause.Kind.ShouldBeOneOf(ClauseKind.SelectionCriterion, ClauseKind.AwardCriterion);
        }

        s_catalogue.Clauses.Where(c => c.Kind == ClauseKind.AwardCriterion)
            .ShouldAllBe(c => c.Parameters.Any(p => p.Name == "weight" && p.Type == ParameterType.Percentage));
    }

    [Fact]
    public void No_clause_is_unreachable()
    {
        var unreachable = s_catalogue.Clauses.Where(c => c.When is not null && !Reachability.CanHold(c.When, s_catalogue.Questionnaire)).Select(c => c.Id).ToList();

        unreachable.ShouldBeEmpty("no combination of answers includes these clauses");
    }

    [Fact]
    public void Every_clause_is_in_the_traceability_table_and_every_clause_the_table_names_exists()
    {
        var table = File.ReadAllText(Path.Combine(Repository.Root, "docs", "catalogue-traceability.md"));
        var named = TableClauseIds(table);
        var catalogueIds = s_catalogue.Clauses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        named.Except(catalogueIds).ShouldBeEmpty("the traceability table names clauses the catalogue lacks");
        catalogueIds.Except(named).ShouldBeEmpty("the catalogue has clauses the traceability table does not trace");
        foreach (var clause in s_catalogue.Clauses)
        {
            table.ShouldContain($"| {clause.Kb}", Case.Sensitive, $"{clause.Id} names the knowledge-base item {clause.Kb}, which the table lacks");
        }
    }

    [Fact]
    public void The_questions_options_and_clauses_the_consistency_checks_read_exist()
    {
        Question Must(string id, params QuestionType[] types)
        {
            var question = s_catalogue.Questionnaire.Find(id);
            question.ShouldNotBeNull($"the consistency checks read {id}");
            question.Type.ShouldBeOneOf(types);
            return question;
        }

        void Options(Question question, params string[] values) =>
            values.ShouldAllBe(v => question.Options.Any(o => o.Value == v), question.Id);

        Options(Must(Q.V2gReadiness, QuestionType.SingleChoice), [.. Q.V2gBeyondHardware, Q.V2gNone]);
        Options(Must(Q.OcppVersion, QuestionType.SingleChoice), Q.Ocpp21);
        Must(Q.PlugAndCharge, QuestionType.YesNo);
        Must(Q.V2gReadyAcPoints, QuestionType.Number);
        Must(Q.V2gReadyDcPoints, QuestionType.Number);
        foreach (var id in Q.PointsPerPowerClass.Concat(Q.DcPointsFrom50).Concat(Q.AcPoints).Concat(Q.DcPoints))
        {
            Must(id, QuestionType.Number);
        }

        Options(Must(Q.PaymentMethods, QuestionType.MultipleChoice), [.. Q.CardPayment, Q.QrPayment]);
        foreach (var id in new[] { Q.RolloutEnd, Q.RolloutStart, Q.PublicationDate, Q.SubmissionDeadline, Q.ContractStart, Q.V2gLiveBy })
        {
            Must(id, QuestionType.Date);
        }

        Options(Must(Q.Procedure, QuestionType.SingleChoice), Q.OpenProcedure, Q.RestrictedProcedure, Q.NegotiationProcedure, Q.DialogueProcedure);
        Must(Q.NoticeWanted, QuestionType.YesNo).Field.ShouldBe("notice.wanted");
        Must(Q.NoticeProduced, QuestionType.YesNo).DerivedFrom.ShouldBe(TenderBuilder.Core.Sites.DerivedFrom.Notice);
        Must(Q.TenderValidity, QuestionType.Number);
        foreach (var (id, term) in Q.NoticeRequired)
        {
            // Each one is asked only when the notice is produced (the deadline's day is asked anyway), and names its business term.
            var question = Must(id, QuestionType.Text, QuestionType.MultipleChoice, QuestionType.SingleChoice, QuestionType.Date, QuestionType.Time);
            term.ShouldStartWith("BT-");
            (id == Q.SubmissionDeadline || question.VisibleWhen?.QuestionIds().Contains(Q.NoticeProduced) == true).ShouldBeTrue(id);
        }

        Must(Q.Renovation, QuestionType.YesNo);
        Must(Q.RenovationStart, QuestionType.Date);
        Options(Must(Q.Model, QuestionType.SingleChoice), Q.Concession, Q.Permit);
        Must(Q.DurationYears, QuestionType.Number);
        Must(Q.DurationJustified, QuestionType.YesNo);
        Must(Q.TrafficLight, QuestionType.YesNo);
        Must(Q.TrafficLightMinimum, QuestionType.Number);
        Must(Q.MinTurnover, QuestionType.Money);
        Must(Q.AwardBasis, QuestionType.SingleChoice);
        Must(Q.EstimatedValue, QuestionType.Money);
        Options(Must(Q.Procedure, QuestionType.SingleChoice), Q.EuProcedures);
        Options(Must(Q.AuthorityType, QuestionType.SingleChoice), Q.CentralGovernment);
        s_catalogue.Questionnaire.Questions.Count(q => q.Id.StartsWith(Q.AwardWeightPrefix, StringComparison.Ordinal)).ShouldBeGreaterThan(1);
        Q.Iso15118_20Clauses.Concat(Q.Iso15118_2Clauses).ShouldAllBe(id => s_catalogue.FindClause(id) != null);
        EuThresholds.Sources.Concat(ConsistencyLinter.Citations).ShouldAllBe(c => s_catalogue.FindSource(c.SourceId) != null);
    }

    private static HashSet<string> VerifiedSections()
    {
        var text = File.ReadAllText(Path.Combine(Repository.SharedDomain, "verified-facts.md"));
        var sections = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in BoldSection().Matches(text))
        {
            sections.Add("§" + match.Groups[1].Value);
        }

        foreach (Match match in Heading().Matches(text))
        {
            sections.Add("§" + match.Groups[1].Value);
        }

        var nine = text[text.IndexOf("## 9.", StringComparison.Ordinal)..];
        foreach (Match match in NumberedItem().Matches(nine))
        {
            sections.Add("§9." + match.Groups[1].Value);
        }

        return sections;
    }

    private static HashSet<string> TableClauseIds(string table)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in table.Split('\n').Where(l => l.StartsWith('|')))
        {
            var cells = line.Split('|');
            if (cells.Length > 3 && cells[2].Trim().StartsWith("clause", StringComparison.Ordinal) && ClauseId().Match(cells[3]) is { Success: true } id)
            {
                ids.Add(id.Groups[1].Value);
            }
        }

        return ids;
    }

    [GeneratedRegex(@"\*\*(\d+\.\d+)\b")]
    private static partial Regex BoldSection();

    [GeneratedRegex(@"^## (\d+)\.", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(\d+)\. \*\*", RegexOptions.Multiline)]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"`([a-z0-9-]+\.[a-z0-9-]+)`")]
    private static partial Regex ClauseId();
}
