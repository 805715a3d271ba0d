using System.Collections.Immutable;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Tests.Writers.Xlsx;
using TenderBuilder.Documents.Writers.Xlsx;

namespace TenderBuilder.Documents.Tests.Composition;

/// <summary>
/// A clause that binds some charging points only says which, in the same words, right under its
/// title in every document that prints it and in the compliance matrix's "Applies to" column.
/// </summary>
public sealed class ClauseScopeDocumentTests
{
    private const uint FirstDataRow = ComplianceSheet.HeaderRow + 1;

    // The Utrecht-like example limits the peak reduction to residents' AC points on the street.
    private const string PeakLimit = "grid.peak-limitation";
    private const string PeakWords = "Applies to AC charging points at sites of the type “On-street charging, mainly for residents without off-street parking”.";

    [Fact]
    public void The_contract_annex_and_the_memo_say_the_scope_right_under_the_clause_title()
    {
        var package = Examples.Package("utrecht-like-concession.yaml");
        var numbers = ClauseNumbers.For(package);
        var documents = TenderDocuments.Compose(package);

        foreach (var file in new[] { "contract-performance-annex", "explanatory-memo" })
        {
            var blocks = documents.Single(d => d.Metadata.FileName.StartsWith(file, StringComparison.Ordinal)).Blocks;
            var heading = blocks.FindIndex(b => b is Heading { Level: 2 } h && h.Text == $"{numbers[PeakLimit]} {package.Clauses.Single(c => c.Id == PeakLimit).Title}");

            heading.ShouldBeGreaterThan(0, file);
            var next = blocks[heading + 1].ShouldBeOfType<Paragraph>();
            next.Content.PlainText().ShouldBe(PeakWords, file);
            next.Content.ShouldAllBe(i => i is TextRun && ((TextRun)i).Italic);
        }
    }

    [Fact]
    public void The_specification_states_a_scoped_clause_s_scope_before_its_text_and_says_nothing_for_the_others()
    {
        var package = Examples.Package("utrecht-like-concession.yaml");
        var scoped = package.Clauses.First(c => c.Deliverable == Deliverable.Specification);
        const string Words = "Applies to DC charging points of the AFIR power class “DC, 50 kW or more and less than 150 kW”.";
        package = package with
        {
            Clauses = [.. package.Clauses.Select(c => c.Id == scoped.Id ? c with { AppliesTo = Words, Scope = new ClauseScope { PowerClasses = [Core.Sites.PowerClass.Dc50To150] } } : c)],
        };
        var numbers = ClauseNumbers.For(package);

        var blocks = TenderDocuments.Compose(package).Single(d => d.Metadata.FileName == "technical-specifications").Blocks;

        var heading = blocks.FindIndex(b => b is Heading { Level: 2 } h && h.Text.StartsWith(numbers[scoped.Id] + " ", StringComparison.Ordinal));
        blocks[heading + 1].ShouldBeOfType<Paragraph>().Content.PlainText().ShouldBe(Words);
        blocks[heading + 2].ShouldBeOfType<Paragraph>().Content.PlainText().ShouldBe(scoped.Text);
        blocks.OfType<Paragraph>().Count(p => p.Content.PlainText().StartsWith("Applies to ", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void The_acceptance_annex_starts_what_is_verified_with_the_scope()
    {
        var package = Examples.Package("utrecht-like-concession.yaml");
        var clause = package.Clauses.Single(c => c.Id == PeakLimit);

        var rows = TenderDocuments.Compose(package).Single(d => d.Metadata.FileName == "acceptance-test-annex")
            .Blocks.OfType<Table>().SelectMany(t => t.Rows).Where(r => r[1].PlainText() == clause.Title).ToList();

        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r[2].PlainText() == PeakWords + " " + clause.Verification.Text);
    }

    [Fact]
    public void The_compliance_matrix_has_an_Applies_to_column_with_the_same_words()
    {
        var package = Examples.Package("utrecht-like-concession.yaml");
        var numbers = ClauseNumbers.For(package);

        using var matrix = new MatrixFile(ComplianceMatrixWriter.Write(package));
        var sheet = matrix.Sheet("Compliance matrix");
        var rows = MatrixFile.RowsFrom(sheet, FirstDataRow).ToDictionary(r => matrix.Text(r, "A")!);

        matrix.Text(MatrixFile.Row(sheet, ComplianceSheet.HeaderRow), "D").ShouldBe("Applies to");
        matrix.Text(rows[numbers[PeakLimit]], "D").ShouldBe(PeakWords);
        matrix.Text(rows[numbers["afir-access-payment.ad-hoc-access"]], "D").ShouldBe("All charging points");
    }
}

internal static class BlockListExtensions
{
    public static int FindIndex(this ImmutableArray<Block> blocks, Func<Block, bool> match)
    {
        for (var i = 0; i < blocks.Length; i++)
        {
            if (match(blocks[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
