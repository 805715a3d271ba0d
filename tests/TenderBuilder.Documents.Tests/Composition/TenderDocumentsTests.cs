using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Model;

namespace TenderBuilder.Documents.Tests.Composition;

public sealed class TenderDocumentsTests
{
    public static TheoryData<string> ExampleFiles => [.. Examples.Files];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Five_documents_are_composed_four_for_bidders_and_the_memo_for_the_authority(string file)
    {
        var documents = TenderDocuments.Compose(Examples.Package(file));

        documents.Select(d => (d.Metadata.FileName, d.Metadata.Audience)).ShouldBe(
        [
            ("technical-specifications", Audience.Bidders),
            ("selection-and-award-criteria", Audience.Bidders),
            ("contract-performance-annex", Audience.Bidders),
            ("acceptance-test-annex", Audience.Bidders),
            ("explanatory-memo", Audience.Authority),
        ]);
        documents.ShouldAllBe(d => d.Blocks[0] is TableOfContents);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Each_clause_lands_in_the_document_of_its_deliverable_with_its_number_text_and_verification(string file)
    {
        var package = Examples.Package(file);
        var documents = TenderDocuments.Compose(package).ToDictionary(d => d.Metadata.FileName);

        foreach (var clause in package.Clauses)
        {
            var home = clause.Deliverable switch
            {
                Deliverable.Specification => "technical-specifications",
                Deliverable.Criteria => "selection-and-award-criteria",
                Deliverable.Contract => "contract-performance-annex",
                _ => "explanatory-memo",
            };
            var text = AllText(documents[home]);
            text.ShouldContain(clause.Title, Case.Sensitive, $"{clause.Id} in {home}");
            text.ShouldContain(clause.Text, Case.Sensitive, $"{clause.Id} text in {home}");
            if (home != "explanatory-memo")
            {
                text.ShouldContain(clause.Verification.Text, Case.Sensitive, $"{clause.Id} verification in {home}");
            }

            foreach (var other in documents.Values.Where(d => d.Metadata.FileName != home && d.Metadata.Audience == Audience.Bidders && d.Metadata.FileName != "acceptance-test-annex"))
            {
                AllText(other).ShouldNotContain(clause.Text, Case.Sensitive, $"{clause.Id} must be only in {home}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Selection_and_award_criteria_are_kept_apart_and_the_grid_totals_the_weights(string file)
    {
        var package = Examples.Package(file);
        var criteria = TenderDocuments.Compose(package).Single(d => d.Metadata.FileName == "selection-and-award-criteria");
        var headings = criteria.Headings.Select(h => h.Text).ToList();
        if (!package.Framing.HasAwardCriteria)
        {
            // Permits are granted on selection criteria alone.
            headings.ShouldNotContain(h => h.StartsWith("AC ", StringComparison.Ordinal));
            return;
        }

        var awardStart = headings.IndexOf("Award criteria");

        headings.Take(awardStart).Where(h => h.StartsWith("AC ", StringComparison.Ordinal)).ShouldBeEmpty();
        headings.Skip(awardStart).Where(h => h.StartsWith("SC ", StringComparison.Ordinal)).ShouldBeEmpty();
        var grid = criteria.Blocks.OfType<Table>().Single(t => t.Caption == "Award criteria and their weights");
        grid.Rows[^1].Select(cell => cell.PlainText()).ShouldBe(["", "Total", "100 %"]);
        grid.Rows.Length.ShouldBe(package.Clauses.Count(c => c.Kind == ClauseKind.AwardCriterion) + 1);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Bidder_documents_carry_no_strength_verification_status_or_internal_explanation(string file)
    {
        var package = Examples.Package(file);

        foreach (var document in TenderDocuments.Compose(package).Where(d => d.Metadata.Audience == Audience.Bidders))
        {
            var text = AllText(document);
            foreach (var internalWord in new[] { "Mandatory", "Recommended", "Optional (", "to verify", "verified facts", "Included because", "Required by law", "knowledge-base", "Knowledge-base" })
            {
                text.ShouldNotContain(internalWord, Case.Sensitive, $"{document.Metadata.FileName} shows '{internalWord}'");
            }

            foreach (var clause in package.Clauses)
            {
                text.ShouldNotContain(clause.Explanation, Case.Sensitive);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void The_acceptance_annex_lists_every_requirement_with_how_it_is_verified(string file)
    {
        var package = Examples.Package(file);
        var annex = TenderDocuments.Compose(package).Single(d => d.Metadata.FileName == "acceptance-test-annex");
        var rows = annex.Blocks.OfType<Table>().SelectMany(t => t.Rows).Select(r => (Title: r[1].PlainText(), Check: r[2].PlainText())).ToList();

        var requirements = package.Clauses.Where(c => c.Deliverable is Deliverable.Specification or Deliverable.Contract).ToList();
        // A requirement proven partly with the tender and partly after award is listed in both parts.
        rows.Count.ShouldBe(requirements.Sum(c => c.Verification.Due == EvidenceDue.Both ? 2 : 1));
        foreach (var clause in requirements)
        {
            // A clause that binds some points only says which at the start of what is verified.
            rows.ShouldContain((clause.Title, clause.AppliesTo is { } scope ? $"{scope} {clause.Verification.Text}" : clause.Verification.Text));
        }
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void The_memo_explains_every_clause_lists_what_was_left_out_the_findings_and_every_source_to_verify(string file)
    {
        var package = Examples.Package(file);
        var memo = TenderDocuments.Compose(package).Single(d => d.Metadata.FileName == "explanatory-memo");
        var text = AllText(memo);

        foreach (var clause in package.Clauses)
        {
            text.ShouldContain(clause.Explanation, Case.Sensitive, clause.Id);
        }

        // A variant of a clause that is in (another scoring formula of the same criterion) is not
        // "left out": the memo lists it neither as excluded nor twice.
        var titles = package.Clauses.Select(c => c.Title).ToHashSet(StringComparer.Ordinal);
        foreach (var excluded in package.Excluded)
        {
            if (excluded.By == ExcludedBy.Rule && titles.Contains(excluded.Title))
            {
                text.ShouldNotContain(excluded.Reason, Case.Sensitive, excluded.Id);
                continue;
            }

            text.ShouldContain(excluded.By == ExcludedBy.Officer ? excluded.Justification! : excluded.Reason, Case.Sensitive, excluded.Id);
        }

        foreach (var finding in package.Findings)
        {
            text.ShouldContain(finding.Message, Case.Sensitive);
        }

        var toVerify = memo.Blocks.OfType<Table>().Single(t => t.Caption == "Citations to verify").Rows.Select(r => (r[0].PlainText(), r[1].PlainText())).ToHashSet();
        foreach (var source in package.Clauses.SelectMany(c => c.Sources).Where(s => s.Status == VerificationStatus.ToVerify))
        {
            toVerify.ShouldContain((source.Document, source.Locator));
        }
    }

    [Theory]
    [InlineData("utrecht-like-concession.yaml", "written as a service concession under Directive 2014/23/EU", "the concessionaire")]
    [InlineData("regional-framework-lots.yaml", "written as a public contract under Directive 2014/24/EU", "the contractor")]
    [InlineData("small-town-ten-ac-points.yaml", "written as a public contract under Directive 2014/24/EU", "the contractor")]
    public void The_memo_opens_with_the_law_the_tender_is_written_under_and_why(string file, string law, string party)
    {
        var package = Examples.Package(file);
        var memo = TenderDocuments.Compose(package).Single(d => d.Metadata.FileName == "explanatory-memo");

        var framing = memo.Blocks.SkipWhile(b => b is not Heading { Text: "The law this tender is written under" }).Skip(1).OfType<Paragraph>().First().Content.PlainText();
        framing.ShouldStartWith(package.Framing.Reason);
        framing.ShouldContain(law);
        framing.ShouldContain($"The other party is called {party} throughout.");
    }

    [Fact]
    public void A_justified_removal_appears_in_the_memo_and_nowhere_for_bidders()
    {
        var package = Examples.Package("utrecht-like-concession.yaml");
        var removed = package with
        {
            Clauses = [.. package.Clauses.Where(c => c.Id != "operations.helpdesk")],
            Excluded = package.Excluded.Add(new ExcludedClause("operations.helpdesk", "Free helpdesk staffed around the clock", Strength.Recommended, ExcludedBy.Officer, "Removed by the officer.", "Our national helpline covers this.", [])),
        };

        var documents = TenderDocuments.Compose(removed);

        AllText(documents.Single(d => d.Metadata.Audience == Audience.Authority)).ShouldContain("Our national helpline covers this.");
        documents.Where(d => d.Metadata.Audience == Audience.Bidders).ShouldAllBe(d => !AllText(d).Contains("Free helpdesk staffed around the clock"));
    }

    [Fact]
    public void Clause_numbers_are_the_same_in_every_document()
    {
        var documents = TenderDocuments.Compose(Examples.Package("regional-framework-lots.yaml"));
        var specificationNumbers = documents[0].Headings.Where(IsClauseHeading).Select(h => h.Text.Split(' ')[0] + " " + h.Text.Split(' ')[1]).ToList();
        var annexNumbers = documents[3].Blocks.OfType<Table>().SelectMany(t => t.Rows).Select(r => r[0].PlainText()).Where(n => n.StartsWith("TS", StringComparison.Ordinal)).ToList();

        annexNumbers.ShouldBe(specificationNumbers, ignoreOrder: true);
    }

    /// <summary>Whether a heading is a numbered clause's ("TS 1.2 …"), not one of the scope section's or the annex's.</summary>
    internal static bool IsClauseHeading(Heading heading) =>
        heading.Level == 2 && System.Text.RegularExpressions.Regex.IsMatch(heading.Text, @"^(TS|SC|AC|CP) \d");

    internal static string AllText(Document document) => string.Join("\n", document.Blocks.SelectMany(Texts));

    private static IEnumerable<string> Texts(Block block) => block switch
    {
        Heading h => [h.Text],
        Paragraph p => [p.Content.PlainText()],
        ListBlock l => l.Items.Select(i => i.PlainText()),
        Table t => t.HeaderRows.Concat(t.Rows).SelectMany(r => r.Select(c => c.PlainText())).Append(t.Caption),
        Note n => n.Paragraphs.Select(p => p.Content.PlainText()),
        _ => [],
    };
}
