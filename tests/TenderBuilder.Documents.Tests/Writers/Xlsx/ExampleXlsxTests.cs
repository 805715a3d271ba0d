using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Tests.Composition;
using TenderBuilder.Documents.Writers.Xlsx;

namespace TenderBuilder.Documents.Tests.Writers.Xlsx;

/// <summary>The compliance matrix of every example, written and read back as a bidder's spreadsheet would.</summary>
public sealed class ExampleXlsxTests
{
    private const uint HeaderRow = 4;
    private const uint FirstDataRow = HeaderRow + 1;

    public static TheoryData<string> ExampleFiles => [.. Examples.Files];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void The_matrix_validates_without_errors(string file)
    {
        using var matrix = Matrix(file);

        matrix.ValidationErrors().ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Each_requirement_has_one_row_in_document_order_with_the_documents_number_and_title(string file)
    {
        var package = Examples.Package(file);
        // The numbered clause headings of the three documents a bidder answers, as they print them.
        var expected = TenderDocuments.Compose(package)
            .Where(d => d.Metadata.FileName is "technical-specifications" or "selection-and-award-criteria" or "contract-performance-annex")
            .SelectMany(d => d.Headings.Where(TenderDocumentsTests.IsClauseHeading).Select(h => h.Text))
            .ToList();
        using var matrix = Matrix(file);
        var sheet = matrix.Sheet("Compliance matrix");

        var rows = MatrixFile.RowsFrom(sheet, FirstDataRow).ToList();

        expected.Count.ShouldBe(package.Clauses.Count(c => c.Deliverable != Deliverable.Notice));
        rows.Select(r => $"{matrix.Text(r, "A")} {matrix.Text(r, "C")}").ShouldBe(expected);
        rows.Select(r => r.RowIndex!.Value).ShouldBe(Enumerable.Range((int)FirstDataRow, rows.Count).Select(i => (uint)i));
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Rows_carry_kind_text_and_verification_as_the_documents_word_them(string file)
    {
        var package = Examples.Package(file);
        var numbers = ClauseNumbers.For(package);
        using var matrix = Matrix(file);
        var sheet = matrix.Sheet("Compliance matrix");
        var byNumber = MatrixFile.RowsFrom(sheet, FirstDataRow).ToDictionary(r => matrix.Text(r, "A")!);

        foreach (var clause in package.Clauses.Where(c => c.Deliverable != Deliverable.Notice))
        {
            var row = byNumber[numbers[clause.Id]];
            matrix.Text(row, "B").ShouldBe(clause.Kind switch
            {
                ClauseKind.TechnicalSpecification => "Technical specification",
                ClauseKind.SelectionCriterion => "Selection criterion",
                ClauseKind.AwardCriterion => "Award criterion",
                _ => "Contract performance condition",
            });
            matrix.Text(row, "D").ShouldBe(clause.AppliesTo ?? "All charging points", clause.Id);
            matrix.Text(row, "E").ShouldBe(clause.Text, clause.Id);
            matrix.Text(row, "F")!.ShouldEndWith(clause.Verification.Text, Case.Sensitive, clause.Id);
        }
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Column_G_offers_Partially_on_award_criteria_only_and_pass_or_fail_everywhere_else(string file)
    {
        using var matrix = Matrix(file);
        var sheet = matrix.Sheet("Compliance matrix");
        var validations = sheet.Descendants<DataValidation>().ToList();

        foreach (var row in MatrixFile.RowsFrom(sheet, FirstDataRow))
        {
            var cell = $"G{row.RowIndex!.Value}";
            var covering = validations.Where(v => MatrixFile.Covers(v, cell)).ToList();
            covering.Count.ShouldBe(1, cell);
            var validation = covering[0];
            validation.Type!.Value.ShouldBe(DataValidationValues.List);
            validation.ShowErrorMessage!.Value.ShouldBeTrue();
            var choices = validation.Formula1!.Text.Trim('"').Split(',');
            choices.ShouldBe(
                matrix.Text(row, "B") == "Award criterion"
                    ? ["Complies", "Partially", "Does not comply"]
                    : ["Complies", "Does not comply"],
                cell);
        }
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void The_header_row_is_frozen_filtered_and_only_the_answer_columns_are_editable(string file)
    {
        using var matrix = Matrix(file);
        var sheet = matrix.Sheet("Compliance matrix");
        var last = MatrixFile.RowsFrom(sheet, FirstDataRow).Last().RowIndex!.Value;

        var pane = sheet.Descendants<Pane>().Single();
        pane.State!.Value.ShouldBe(PaneStateValues.Frozen);
        pane.VerticalSplit!.Value.ShouldBe(HeaderRow);
        pane.HorizontalSplit!.Value.ShouldBe(1);
        pane.TopLeftCell!.Value.ShouldBe("B5");
        sheet.Elements<AutoFilter>().Single().Reference!.Value.ShouldBe($"A{HeaderRow}:I{last}");

        var header = MatrixFile.Row(sheet, HeaderRow);
        new[] { "A", "B", "C", "D", "E", "F", "G", "H", "I" }.Select(c => matrix.Text(header, c)).ShouldBe(
            ["No.", "Kind", "Requirement", "Applies to", "Requirement text", "Verification", "Compliance", "Evidence reference", "Comment"]);
        matrix.Text(MatrixFile.Row(sheet, 3), "A")!.ShouldStartWith("Fill in columns G–I for every row");

        sheet.Elements<SheetProtection>().Single().Sheet!.Value.ShouldBeTrue();
        var widths = sheet.Descendants<Column>().ToDictionary(c => c.Min!.Value, c => c.Width!.Value);
        widths[5].ShouldBeGreaterThanOrEqualTo(60); // the requirement text reads in a wide column
        foreach (var row in MatrixFile.RowsFrom(sheet, FirstDataRow))
        {
            foreach (var column in new[] { "A", "B", "C", "D", "E", "F" })
            {
                matrix.IsLocked(row, column).ShouldBeTrue($"{column}{row.RowIndex}");
            }

            foreach (var column in new[] { "G", "H", "I" })
            {
                matrix.IsLocked(row, column).ShouldBeFalse($"{column}{row.RowIndex}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Only_the_price_schedules_totals_are_formulas_and_every_text_is_a_string_cell(string file)
    {
        using var matrix = Matrix(file);
        var prices = matrix.Workbook.Workbook!.Sheets!.Elements<Sheet>().Any(s => s.Name == "Price schedule") ? matrix.Sheet("Price schedule") : null;

        foreach (var sheet in matrix.Sheets)
        {
            if (ReferenceEquals(sheet, prices))
            {
                // Column F only, and built of cell references, SUM and arithmetic: nothing from the draft.
                foreach (var cell in sheet.Descendants<Cell>().Where(c => c.CellFormula is not null))
                {
                    cell.CellReference!.Value!.ShouldStartWith("F");
                    cell.CellFormula!.Text.ShouldMatch(@"^(SUM\()?[A-F0-9*+(),:]+$");
                }
            }
            else
            {
                sheet.Descendants<CellFormula>().ShouldBeEmpty();
            }

            foreach (var cell in sheet.Descendants<Cell>().Where(c => c.CellValue is not null && c.DataType is not null))
            {
                cell.DataType!.Value.ShouldBeOneOf(CellValues.SharedString, CellValues.InlineString);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void The_bidders_file_says_nothing_of_strength_verification_status_explanations_or_sources(string file)
    {
        var package = Examples.Package(file);
        using var matrix = Matrix(file);
        var text = string.Join("\n", matrix.AllStrings);

        foreach (var word in new[] { "Mandatory", "Recommended", "Optional", "verified", "to verify", "Included because" })
        {
            text.ShouldNotContain(word, Case.Sensitive);
        }

        foreach (var clause in package.Clauses)
        {
            text.ShouldNotContain(clause.Explanation, Case.Sensitive, clause.Id);
            foreach (var source in clause.Sources)
            {
                text.ShouldNotContain(source.Label, Case.Sensitive, clause.Id);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void The_scoring_sheet_lists_every_award_criterion_with_its_weight_adding_up_to_100(string file)
    {
        var package = Examples.Package(file);
        var numbers = ClauseNumbers.For(package);
        var award = package.For(Deliverable.Criteria).Where(c => c.Kind == ClauseKind.AwardCriterion).ToList();
        using var matrix = Matrix(file);
        if (!package.Framing.HasAwardCriteria)
        {
            return; // a permit has no award-scoring sheet (BidderDocumentsFramingTests)
        }

        var sheet = matrix.Sheet("Award scoring");
        var rows = MatrixFile.RowsFrom(sheet, FirstDataRow).ToList();

        if (award.Count == 0)
        {
            matrix.AllStrings.ShouldContain("This tender has no weighted award criteria: the contract is awarded on price or cost alone.");
            return;
        }

        for (var i = 0; i < award.Count; i++)
        {
            var weight = (AnswerValue.Number)award[i].Parameters.Single(p => p.Name == "weight").Value!;
            matrix.Text(rows[i], "A").ShouldBe(numbers[award[i].Id]);
            matrix.Text(rows[i], "B").ShouldBe(award[i].Title);
            MatrixFile.Number(rows[i], "C")!.Value.ShouldBe((double)weight.Value / 100, 1e-9);
        }

        matrix.Text(rows[award.Count], "B").ShouldBe("Total");
        (MatrixFile.Number(rows[award.Count], "C")!.Value * 100).ShouldBe(100, 1e-9);
        var format = matrix.Workbook.WorkbookStylesPart!.Stylesheet!.NumberingFormats!.Elements<NumberingFormat>().Single();
        format.FormatCode!.Value!.ShouldEndWith("%");
        MatrixFile.Cell(rows[0], "C")!.StyleIndex!.Value.ShouldBe(MatrixStyles.Percent);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void The_file_carries_its_title_and_creator(string file)
    {
        using var matrix = Matrix(file);

        matrix.Package.PackageProperties.Title.ShouldBe("Compliance matrix");
        matrix.Package.PackageProperties.Creator.ShouldBe("TenderBuilder");
        // Award scoring unless permits are granted; a price schedule unless nobody is paid (a permit);
        // a sheet of sites when the tender lists them.
        var package = Examples.Package(file);
        var permit = package.Framing.Regime == Core.Framing.LegalRegime.Permit;
        string[] sheets =
        [
            "Compliance matrix",
            .. permit ? Array.Empty<string>() : ["Award scoring"],
            .. permit ? Array.Empty<string>() : ["Price schedule"],
            .. package.Sites.IsEmpty ? Array.Empty<string>() : ["Sites"],
        ];
        matrix.Workbook.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ShouldBe(sheets);
    }

    private static MatrixFile Matrix(string file) => new(ComplianceMatrixWriter.Write(Examples.Package(file)));
}
