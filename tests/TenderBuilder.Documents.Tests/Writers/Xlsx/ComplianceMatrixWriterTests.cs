using DocumentFormat.OpenXml.Spreadsheet;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Tests.Composition;
using TenderBuilder.Documents.Writers.Xlsx;

namespace TenderBuilder.Documents.Tests.Writers.Xlsx;

public sealed class ComplianceMatrixWriterTests
{
    private const uint FirstDataRow = 5;

    // Texts a spreadsheet might take for a formula, markup, scripts other than Latin, Excel's own
    // escape syntax, and characters XML cannot hold.
    private static readonly string[] s_hostile =
    [
        "=HYPERLINK(\"http://evil\")",
        "+1",
        "-2",
        "@SUM(A1)",
        "\tTab",
        "\r=1+1",
        "<script>alert('x')</script> & </si>",
        "Zażółć gęślą jaźń: Łódź, Gdańsk",
        "Ηλεκτρικά οχήματα και φόρτιση",
        "شحن المركبات الكهربائية",
        "_x0041_ and _x005F_x0042_ stay literal",
        "emoji \U0001F50C plug",
        "  leading and trailing spaces  ",
    ];

    [Fact]
    public void Hostile_titles_and_texts_round_trip_as_text_exactly_and_nothing_becomes_a_formula()
    {
        var package = WithClauses(Examples.Package(Examples.Files[0]),
            [.. s_hostile.Select((text, i) => Clause($"hostile-{i}", ClauseKind.TechnicalSpecification, title: text, text: text + " (text)"))]);

        using var matrix = new MatrixFile(ComplianceMatrixWriter.Write(package));
        var sheet = matrix.Sheet("Compliance matrix");
        var rows = MatrixFile.RowsFrom(sheet, FirstDataRow).ToDictionary(r => matrix.Text(r, "C")!, StringComparer.Ordinal);

        matrix.ValidationErrors().ShouldBeEmpty();
        foreach (var text in s_hostile)
        {
            rows.ShouldContainKey(text);
            matrix.Text(rows[text], "E").ShouldBe(text + " (text)");
            MatrixFile.Cell(rows[text], "C")!.DataType!.Value.ShouldBe(CellValues.SharedString);
        }

        foreach (var worksheet in matrix.Sheets)
        {
            worksheet.Descendants<CellFormula>().ShouldBeEmpty();
        }
    }

    [Fact]
    public void Text_longer_than_a_cell_holds_is_cut_to_the_limit_with_a_visible_marker()
    {
        var long40k = string.Concat(Enumerable.Repeat("0123456789", 4_000));
        var package = WithClauses(Examples.Package(Examples.Files[0]), [Clause("long", ClauseKind.TechnicalSpecification, "Long text", long40k)]);

        using var matrix = new MatrixFile(ComplianceMatrixWriter.Write(package));
        var row = MatrixFile.RowsFrom(matrix.Sheet("Compliance matrix"), FirstDataRow).Single(r => matrix.Text(r, "C") == "Long text");
        var text = matrix.Text(row, "E")!;

        matrix.ValidationErrors().ShouldBeEmpty();
        text.Length.ShouldBe(32_767);
        text.ShouldEndWith("… [truncated]");
        long40k.ShouldStartWith(text[..^"… [truncated]".Length]);
    }

    [Fact]
    public void Characters_XML_cannot_hold_are_dropped_instead_of_failing_the_export()
    {
        var package = WithClauses(Examples.Package(Examples.Files[0]),
            [Clause("controls", ClauseKind.TechnicalSpecification, "Bell\u0007 and null\u0000 and " + '\uD800' + "lone", "form\ffeed\u0008 \uFFFF")]);

        using var matrix = new MatrixFile(ComplianceMatrixWriter.Write(package));
        var row = MatrixFile.RowsFrom(matrix.Sheet("Compliance matrix"), FirstDataRow).Single(r => matrix.Text(r, "C")!.StartsWith("Bell", StringComparison.Ordinal));

        matrix.Text(row, "C").ShouldBe("Bell and null and lone");
        matrix.Text(row, "E").ShouldBe("formfeed ");
    }

    [Fact]
    public void An_award_criterion_the_officer_wrote_gets_the_Partially_list_and_no_total_until_it_has_a_weight()
    {
        var package = WithClauses(Examples.Package(Examples.Files[0]),
            [Clause("own-award", ClauseKind.AwardCriterion, "=1+1 Own criterion", "Scored by the jury.")]);

        using var matrix = new MatrixFile(ComplianceMatrixWriter.Write(package));
        var sheet = matrix.Sheet("Compliance matrix");
        var row = MatrixFile.RowsFrom(sheet, FirstDataRow).Single(r => matrix.Text(r, "C") == "=1+1 Own criterion");
        var validation = sheet.Descendants<DataValidation>().Single(v => v.Formula1!.Text.Contains("Partially", StringComparison.Ordinal));
        var scoring = matrix.Sheet("Award scoring");
        var total = MatrixFile.RowsFrom(scoring, FirstDataRow).Single(r => matrix.Text(r, "B") == "Total");

        matrix.ValidationErrors().ShouldBeEmpty();
        matrix.Text(row, "B").ShouldBe("Award criterion");
        MatrixFile.Covers(validation, $"G{row.RowIndex!.Value}").ShouldBeTrue();
        MatrixFile.Number(total, "C").ShouldBeNull();
        scoring.Descendants<CellFormula>().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("_x0041_", "_x005F_x0041_")]
    [InlineData("_x005F_x0041_", "_x005F_x005F_x005F_x0041_")]
    [InlineData("a\rb\r\nc", "a_x000D_b_x000D_\nc")]
    [InlineData("_x12_ _xZZZZ_ snake_case", "_x12_ _xZZZZ_ snake_case")]
    public void Escaping_keeps_literal_escapes_and_carriage_returns_as_typed(string text, string stored)
    {
        CellText.Escape(text).ShouldBe(stored);
        MatrixFile.Decode(stored).ShouldBe(text);
    }

    [Fact]
    public void Truncation_never_splits_a_surrogate_pair()
    {
        var keep = CellText.MaxLength - CellText.TruncationMarker.Length;
        var text = new string('a', keep - 1) + "\U0001F50C" + new string('b', 100);

        var prepared = CellText.Prepare(text);

        prepared.Length.ShouldBe(CellText.MaxLength - 1);
        prepared.ShouldBe(new string('a', keep - 1) + CellText.TruncationMarker);
    }

    [Fact]
    public void Text_at_the_limit_is_kept_whole()
    {
        var text = new string('x', CellText.MaxLength);

        CellText.Prepare(text).ShouldBe(text);
    }

    [Fact]
    public void Rows_are_tall_enough_for_wrapped_text_and_never_taller_than_Excel_allows()
    {
        var prose = string.Join(' ', Enumerable.Repeat("charging point", 20)); // 299 characters

        RowHeights.Lines("Short title", 32).ShouldBe(1);
        RowHeights.Lines(prose, 70).ShouldBeGreaterThanOrEqualTo(4); // about 84 characters a line in Calibri 11
        RowHeights.Lines("one\ntwo\nthree", 70).ShouldBe(3);
        RowHeights.For([(prose, 70), ("Short", 22)]).ShouldBe(RowHeights.Lines(prose, 70) * RowHeights.LineHeight + 3);
        RowHeights.For([(new string('x', CellText.MaxLength), 70)]).ShouldBe(RowHeights.MaxHeight);
    }

    private static TenderPackage WithClauses(TenderPackage package, IncludedClause[] clauses) =>
        package with { Clauses = package.Clauses.AddRange(clauses) };

    private static IncludedClause Clause(string id, ClauseKind kind, string title, string text) => new()
    {
        Id = "custom." + id,
        Kb = "",
        Kind = kind,
        Deliverable = kind switch
        {
            ClauseKind.SelectionCriterion or ClauseKind.AwardCriterion => Deliverable.Criteria,
            ClauseKind.ContractPerformance => Deliverable.Contract,
            _ => Deliverable.Specification,
        },
        Strength = Strength.Recommended,
        Topic = "custom",
        TopicTitle = "Additional requirements",
        Title = title,
        Text = text,
        Verification = new Verification(VerificationMethod.Declaration, "The tenderer declares it."),
        Sources = [],
        Parameters = [],
        Explanation = "Written by the officer for this tender.",
        Because = [],
        IsCustom = true,
    };
}
