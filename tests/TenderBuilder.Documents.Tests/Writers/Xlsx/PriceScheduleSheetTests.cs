using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Spreadsheet;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Tests.Composition;
using TenderBuilder.Documents.Writers.Xlsx;

namespace TenderBuilder.Documents.Tests.Writers.Xlsx;

/// <summary>The "Price schedule" sheet of the compliance matrix, read back from the written workbook.</summary>
public sealed class PriceScheduleSheetTests
{
    private const string WithSites = "two-lots-with-sites.yaml";
    private const string SheetName = "Price schedule";
    private const uint HeaderRow = 4;

    private const string Ac7To22 = "AC, 7.4 kW or more and 22 kW or less";
    private const string Dc50To150 = "DC, 50 kW or more and less than 150 kW";
    private const string Dc150To350 = "DC, 150 kW or more and less than 350 kW";

    [Fact]
    public void Two_lots_with_sites_get_one_block_per_lot_with_the_lots_points_per_power_class_and_the_term()
    {
        var input = Input(WithSites);
        using var matrix = Matrix(Examples.Package(WithSites));
        var sheet = matrix.Sheet(SheetName);

        matrix.ValidationErrors().ShouldBeEmpty();
        matrix.Workbook.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value)
            .ShouldBe(["Compliance matrix", "Award scoring", SheetName, "Sites"]);
        matrix.Text(MatrixFile.Row(sheet, 3), "A")!.ShouldStartWith("All prices are in EUR and exclude VAT.");
        var header = MatrixFile.Row(sheet, HeaderRow);
        string[] expectedHeaders =
        [
            "Power class", "Quantity (points)", "Supply and installation, price per point (EUR)",
            "Operation and maintenance, price per point per year (EUR)", "Years", "Total (EUR)",
        ];
        new[] { "A", "B", "C", "D", "E", "F" }.Select(c => matrix.Text(header, c)).ShouldBe(expectedHeaders);

        var blocks = Blocks(matrix, sheet);
        blocks.Keys.ShouldBe(["Lot 1: On-street and car-park AC charging", "Lot 2: DC fast-charging hubs"]);
        foreach (var (lot, rows) in input.Tender.Lots.Items.Zip(blocks.Values))
        {
            // Counted here from the sites list, by AFIR Annex III's bounds, not through the scope code.
            var sites = input.Sites.Where(s => s.Lot == lot.Id).ToList();
            var expected = new Dictionary<string, int>
            {
                [Ac7To22] = Points(sites, g => g.Current == "ac" && g.RatedKw is >= 7.4m and <= 22m),
                [Dc50To150] = Points(sites, g => g.Current == "dc" && g.RatedKw is >= 50m and < 150m),
                [Dc150To350] = Points(sites, g => g.Current == "dc" && g.RatedKw is >= 150m and < 350m),
            }.Where(p => p.Value > 0).ToDictionary();
            rows.ToDictionary(r => matrix.Text(r, "A")!, r => (int)MatrixFile.Number(r, "B")!.Value).ShouldBe(expected);
            rows.ShouldAllBe(r => MatrixFile.Number(r, "E") == 8); // model.duration_years
        }

        // 130 on-street sites with two 11 kW points, twelve 22 kW and six 11 kW points in the car parks.
        MatrixFile.Number(blocks.Values.First().Single(), "B").ShouldBe(278);
    }

    [Fact]
    public void Totals_are_formulas_on_the_rows_cells_and_add_up_per_lot_and_overall()
    {
        using var matrix = Matrix(Examples.Package(WithSites));
        var sheet = matrix.Sheet(SheetName);
        var blocks = Blocks(matrix, sheet);
        var rows = MatrixFile.RowsFrom(sheet, HeaderRow + 1).ToList();

        foreach (var row in blocks.Values.SelectMany(r => r))
        {
            var r = row.RowIndex!.Value;
            Formula(row, "F").ShouldBe($"B{r}*(C{r}+D{r}*E{r})");
            // Nothing is filled in yet, so the cached value every reader shows is zero.
            MatrixFile.Cell(row, "F")!.CellValue!.Text.ShouldBe("0");
        }

        var subtotals = rows.Where(r => matrix.Text(r, "A")?.StartsWith("Subtotal, lot", StringComparison.Ordinal) == true).ToList();
        subtotals.Count.ShouldBe(2);
        foreach (var (subtotal, block) in subtotals.Zip(blocks.Values))
        {
            Formula(subtotal, "F").ShouldBe($"SUM(F{block[0].RowIndex}:F{block[^1].RowIndex})");
        }

        var grand = rows.Single(r => matrix.Text(r, "A") == "Total, all lots");
        Formula(grand, "F").ShouldBe($"SUM(F{subtotals[0].RowIndex},F{subtotals[1].RowIndex})");

        // Evaluated by hand with prices a bidder might give: 278 AC points at 3,000 + 250 a year over
        // 8 years; 6 DC 50-150 at 40,000 + 2,000; 10 DC 150-350 at 90,000 + 5,000.
        var cells = Values(sheet);
        var (ac, dc50, dc150) = (blocks.Values.First()[0].RowIndex!.Value, blocks.Values.Last()[0].RowIndex!.Value, blocks.Values.Last()[1].RowIndex!.Value);
        cells[$"C{ac}"] = 3_000;
        cells[$"D{ac}"] = 250;
        cells[$"C{dc50}"] = 40_000;
        cells[$"D{dc50}"] = 2_000;
        cells[$"C{dc150}"] = 90_000;
        cells[$"D{dc150}"] = 5_000;
        var formulas = sheet.Descendants<Cell>().Where(c => c.CellFormula is not null).ToDictionary(c => c.CellReference!.Value!, c => c.CellFormula!.Text);
        double Evaluate(string cell) => new FormulaEvaluator(formulas.TryGetValue(cell, out var f) ? f : null, cells, Evaluate).Value();

        Evaluate($"F{ac}").ShouldBe(278 * (3_000 + (250 * 8)));
        Evaluate($"F{subtotals[0].RowIndex}").ShouldBe(1_390_000);
        Evaluate($"F{subtotals[1].RowIndex}").ShouldBe((6 * (40_000 + (2_000 * 8))) + (10 * (90_000 + (5_000 * 8))));
        Evaluate($"F{grand.RowIndex}").ShouldBe(1_390_000 + 336_000 + 1_300_000);
    }

    [Fact]
    public void Only_the_price_cells_are_unlocked_and_they_take_numbers_of_zero_or_more_naming_the_column()
    {
        using var matrix = Matrix(Examples.Package(WithSites));
        var sheet = matrix.Sheet(SheetName);
        var priceRows = Blocks(matrix, sheet).Values.SelectMany(r => r).ToList();
        var validations = sheet.Descendants<DataValidation>().ToList();

        sheet.Descendants<SheetProtection>().Single().Sheet!.Value.ShouldBeTrue();
        foreach (var row in MatrixFile.RowsFrom(sheet, 1).Where(r => !priceRows.Contains(r) && !IsChangeRow(matrix, r)))
        {
            foreach (var cell in row.Elements<Cell>())
            {
                matrix.IsLocked(row, cell.CellReference!.Value![..1]).ShouldBeTrue(cell.CellReference.Value);
            }
        }

        foreach (var row in priceRows)
        {
            var r = row.RowIndex!.Value;
            foreach (var column in new[] { "A", "B", "E", "F" })
            {
                matrix.IsLocked(row, column).ShouldBeTrue($"{column}{r}");
            }

            foreach (var (column, name) in new[] { ("C", "Supply and installation, price per point (EUR)"), ("D", "Operation and maintenance, price per point per year (EUR)") })
            {
                matrix.IsLocked(row, column).ShouldBeFalse($"{column}{r}");
                MatrixFile.Cell(row, column)!.StyleIndex!.Value.ShouldBe(MatrixStyles.InputMoney);
                var validation = validations.Single(v => MatrixFile.Covers(v, $"{column}{r}"));
                validation.Type!.Value.ShouldBe(DataValidationValues.Decimal);
                validation.Operator!.Value.ShouldBe(DataValidationOperatorValues.GreaterThanOrEqual);
                validation.Formula1!.Text.ShouldBe("0");
                validation.ShowErrorMessage!.Value.ShouldBeTrue();
                validation.Error!.Value!.ShouldStartWith(name);
            }
        }

        // Two decimals for every amount, the header in view while scrolling, columns wide enough to read.
        var formats = matrix.Workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();
        formats[(int)MatrixStyles.InputMoney].NumberFormatId!.Value.ShouldBe(4u); // #,##0.00
        formats[(int)MatrixStyles.Money].NumberFormatId!.Value.ShouldBe(4u);
        formats[(int)MatrixStyles.TotalMoney].NumberFormatId!.Value.ShouldBe(4u);
        var pane = sheet.Descendants<Pane>().Single();
        pane.State!.Value.ShouldBe(PaneStateValues.Frozen);
        pane.VerticalSplit!.Value.ShouldBe(HeaderRow);
        var widths = sheet.Descendants<Column>().ToDictionary(c => c.Min!.Value, c => c.Width!.Value);
        widths[1].ShouldBeGreaterThanOrEqualTo(30);
        widths[3].ShouldBeGreaterThanOrEqualTo(18);
        widths[4].ShouldBeGreaterThanOrEqualTo(18);
        widths[6].ShouldBeGreaterThanOrEqualTo(16); // "1,234,567.89" fits
    }

    [Fact]
    public void The_unit_prices_for_changes_are_the_upgrades_the_review_clause_lists_with_its_number_and_stay_out_of_the_total()
    {
        var input = Input(WithSites);
        var package = Examples.Package(WithSites);
        var number = ClauseNumbers.For(package)["exit.technology-refresh"];
        var listed = input.ParameterOverrides.Single(o => o.Clause == "exit.technology-refresh" && o.Parameter == "upgrade_events").Value.GetString()!
            .Split(';', StringSplitOptions.TrimEntries);
        using var matrix = Matrix(package);
        var sheet = matrix.Sheet(SheetName);

        var changes = MatrixFile.RowsFrom(sheet, HeaderRow + 1).Where(r => IsChangeRow(matrix, r)).ToList();
        changes.Select(r => matrix.Text(r, "A")!.ToUpperInvariant()).ShouldBe(listed.Select(l => l.ToUpperInvariant()));
        changes.ShouldAllBe(r => matrix.Text(r, "B") == number);
        matrix.AllStrings.ShouldContain(s => s.StartsWith($"Clause {number}, \"Technology refresh during the term (review clause)\"", StringComparison.Ordinal));
        var validations = sheet.Descendants<DataValidation>().ToList();
        foreach (var row in changes)
        {
            matrix.IsLocked(row, "C").ShouldBeFalse();
            validations.Single(v => MatrixFile.Covers(v, $"C{row.RowIndex}")).Error!.Value!.ShouldStartWith("Unit price for changes");
        }

        var formulas = string.Join(" ", sheet.Descendants<CellFormula>().Select(f => f.Text));
        foreach (var row in changes)
        {
            formulas.ShouldNotContain($"C{row.RowIndex}");
        }
    }

    [Fact]
    public void A_concession_prices_what_its_criteria_score_and_the_changes_it_may_order_not_a_price_per_point()
    {
        // The Utrecht-like concession scores a fee per point per year and a maximum driver price.
        var package = Examples.Package("utrecht-like-concession.yaml");
        var numbers = ClauseNumbers.For(package);
        using var matrix = Matrix(package);
        var sheet = matrix.Sheet(SheetName);

        package.Framing.AuthorityPays.ShouldBeFalse();
        matrix.ValidationErrors().ShouldBeEmpty();
        matrix.AllStrings.ShouldNotContain(s => s.Contains("price per point", StringComparison.Ordinal));
        // The offer rows: those naming an award criterion (AC …) in column B.
        var offers = MatrixFile.RowsFrom(sheet, HeaderRow + 1)
            .Where(r => matrix.Text(r, "B") is { } b && b.StartsWith("AC ", StringComparison.Ordinal))
            .ToDictionary(r => matrix.Text(r, "A")!, r => (Criterion: matrix.Text(r, "B"), Counted: matrix.Text(r, "D"), Row: r));

        offers["Concession fee paid to the authority"].Criterion.ShouldBe(numbers["award.concession-fee-ratio"]);
        offers["Concession fee paid to the authority"].Counted.ShouldBe("EUR per charging point per year, excluding VAT");
        offers["Maximum ad hoc price per kWh for drivers, at every charging point"].Criterion.ShouldBe(numbers["award.driver-tariff-linear"]);
        offers["Maximum ad hoc price per kWh for drivers, at every charging point"].Counted.ShouldBe("EUR per kWh delivered, including VAT");
        offers.Keys.ShouldContain("Occupancy fee per minute, if you charge one (not scored)");
        var validations = sheet.Descendants<DataValidation>().ToList();
        foreach (var (_, (_, counted, row)) in offers)
        {
            matrix.IsLocked(row, "C").ShouldBeFalse();
            // Each cell's check says what its number is, as column D does: never "excluding VAT" for a price drivers pay including it.
            var prompt = validations.Single(v => MatrixFile.Covers(v, $"C{row.RowIndex}")).Prompt!.Value!;
            if (counted!.Contains("including VAT", StringComparison.Ordinal))
            {
                prompt.ShouldContain("including VAT");
            }
            else if (counted.Contains("excluding VAT", StringComparison.Ordinal))
            {
                prompt.ShouldContain("excluding VAT");
            }
        }

        // The review clause says ordered upgrades are paid at the unit price in the price schedule.
        MatrixFile.RowsFrom(sheet, HeaderRow + 1).Where(r => IsChangeRow(matrix, r)).ShouldNotBeEmpty();
        sheet.Descendants<CellFormula>().ShouldBeEmpty();
        matrix.Workbook.Workbook!.Descendants<CalculationProperties>().ShouldBeEmpty();
        TenderDocumentsTests.AllText(TenderDocuments.Compose(package).Single(d => d.Metadata.FileName == CriteriaDocument.FileName))
            .ShouldContain("The tenderer gives its offer in the price schedule of the compliance matrix.");
    }

    [Fact]
    public void A_permit_has_no_price_schedule_because_nobody_is_paid()
    {
        var input = Input("stockholm-like-low-capacity.yaml");
        var permit = input.WithAnswer(Core.Catalogues.CatalogueLoader.Default.Questionnaire.Find("model.type")!, JsonSerializer.SerializeToElement("permit"));
        using var matrix = Matrix(RulesEngine.Evaluate(permit, Core.Catalogues.CatalogueLoader.Default, new DateOnly(2026, 11, 29)));

        matrix.Workbook.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ShouldNotContain(SheetName);
    }

    [Theory]
    [InlineData("regional-framework-lots.yaml", "All lots together")]
    [InlineData("small-town-ten-ac-points.yaml", "The whole contract")]
    public void Totals_only_give_one_block_with_the_answered_points_per_class(string file, string title)
    {
        var input = Input(file);
        using var matrix = Matrix(Examples.Package(file));
        var sheet = matrix.Sheet(SheetName);

        matrix.ValidationErrors().ShouldBeEmpty();
        var instructions = matrix.Text(MatrixFile.Row(matrix.Sheet("Compliance matrix"), 3), "A")!;
        instructions.ShouldEndWith("Give your prices in the \"Price schedule\" sheet.");
        var blocks = Blocks(matrix, sheet);
        blocks.Keys.ShouldBe([title]);
        var expected = new Dictionary<string, int>
        {
            ["AC, less than 7.4 kW"] = Answer(input, "sites.points_ac_under_7_4"),
            [Ac7To22] = Answer(input, "sites.points_ac_7_4_22"),
            ["AC, more than 22 kW"] = Answer(input, "sites.points_ac_over_22"),
            ["DC, less than 50 kW"] = Answer(input, "sites.points_dc_under_50"),
            [Dc50To150] = Answer(input, "sites.points_dc_50_150"),
            [Dc150To350] = Answer(input, "sites.points_dc_150_350"),
            ["DC, 350 kW or more"] = Answer(input, "sites.points_dc_350_plus"),
        }.Where(p => p.Value > 0).ToDictionary();
        var rows = blocks[title];
        rows.ToDictionary(r => matrix.Text(r, "A")!, r => (int)MatrixFile.Number(r, "B")!.Value).ShouldBe(expected);
        rows.ShouldAllBe(r => MatrixFile.Number(r, "E") == (double)input.Answers["model.duration_years"].GetDecimal());

        // One block is its own total: no subtotals, no "all lots" line.
        var labels = MatrixFile.RowsFrom(sheet, HeaderRow + 1).Select(r => matrix.Text(r, "A")).ToList();
        labels.ShouldContain("Total");
        labels.ShouldNotContain(l => l != null && l.StartsWith("Subtotal", StringComparison.Ordinal));
        labels.ShouldNotContain("Total, all lots");
    }

    [Fact]
    public void An_unknown_term_leaves_the_years_blank_and_says_the_authority_sets_it()
    {
        var input = Input(WithSites);
        input = input with { Answers = input.Answers.Where(a => a.Key != "model.duration_years").ToDictionary() };
        var package = RulesEngine.Evaluate(input, CatalogueLoader.Default, new DateOnly(2026, 11, 29));
        using var matrix = Matrix(package);
        var sheet = matrix.Sheet(SheetName);

        matrix.ValidationErrors().ShouldBeEmpty();
        foreach (var row in Blocks(matrix, sheet).Values.SelectMany(r => r))
        {
            MatrixFile.Number(row, "E").ShouldBeNull();
            matrix.IsLocked(row, "E").ShouldBeTrue();
        }

        matrix.AllStrings.ShouldContain(s => s.StartsWith("Years: the term of the contract is to be set by the authority.", StringComparison.Ordinal));
    }

    [Fact]
    public void Formula_looking_lot_titles_and_upgrades_stay_text()
    {
        var input = Input(WithSites);
        input = input with
        {
            Tender = input.Tender with
            {
                Lots = input.Tender.Lots with { Items = [.. input.Tender.Lots.Items.Select(l => l with { Title = "=HYPERLINK(\"http://evil\")" })] },
            },
            ParameterOverrides =
            [
                .. input.ParameterOverrides.Where(o => o.Parameter != "upgrade_events"),
                new ParameterOverride { Clause = "exit.technology-refresh", Parameter = "upgrade_events", Value = JsonSerializer.SerializeToElement("=1+1; @SUM(A1)") },
            ],
        };
        var package = RulesEngine.Evaluate(input, CatalogueLoader.Default, new DateOnly(2026, 11, 29));
        using var matrix = Matrix(package);
        var sheet = matrix.Sheet(SheetName);

        matrix.ValidationErrors().ShouldBeEmpty();
        matrix.AllStrings.ShouldContain("Lot 1: =HYPERLINK(\"http://evil\")");
        var changes = MatrixFile.RowsFrom(sheet, HeaderRow + 1).Where(r => IsChangeRow(matrix, r)).ToList();
        changes.Select(r => matrix.Text(r, "A")).ShouldBe(["=1+1", "@SUM(A1)"]);
        changes.ShouldAllBe(r => MatrixFile.Cell(r, "A")!.DataType!.Value == CellValues.SharedString);
        sheet.Descendants<CellFormula>().ShouldAllBe(f => !f.Text.Contains("HYPERLINK", StringComparison.Ordinal) && !f.Text.Contains("1+1", StringComparison.Ordinal));
    }

    private static MatrixFile Matrix(TenderPackage package) => new(ComplianceMatrixWriter.Write(package));

    private static TenderInput Input(string file) => TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, file))).Input;

    private static int Answer(TenderInput input, string question) => input.Answers.TryGetValue(question, out var value) ? value.GetInt32() : 0;

    private static int Points(IEnumerable<Site> sites, Func<PointGroup, bool> inClass) =>
        sites.Sum(s => s.SiteCount * s.PointGroups.Where(inClass).Sum(g => g.Count));

    private static string Formula(Row row, string column) => MatrixFile.Cell(row, column)!.CellFormula!.Text;

    // A row of the "Unit prices for changes" block: a clause number in B.
    private static bool IsChangeRow(MatrixFile matrix, Row row) =>
        matrix.Text(row, "B") is { } b && b.StartsWith("CP ", StringComparison.Ordinal);

    /// <summary>Each block's title and its power-class rows (those with a quantity in B), in sheet order.</summary>
    private static Dictionary<string, List<Row>> Blocks(MatrixFile matrix, Worksheet sheet)
    {
        var blocks = new Dictionary<string, List<Row>>(StringComparer.Ordinal);
        List<Row>? current = null;
        foreach (var row in MatrixFile.RowsFrom(sheet, HeaderRow + 1))
        {
            if (matrix.Text(row, "A") is { } text && MatrixFile.Cell(row, "B") is null && current is null)
            {
                current = blocks[text] = [];
            }
            else if (current is not null && MatrixFile.Number(row, "B") is not null)
            {
                current.Add(row);
            }
            else if (matrix.Text(row, "A") is { } label && (label.StartsWith("Subtotal", StringComparison.Ordinal) || label == "Total"))
            {
                current = null;
            }

            if (matrix.Text(row, "A") is "Total, all lots" or "Total")
            {
                break;
            }
        }

        return blocks;
    }

    private static Dictionary<string, double> Values(Worksheet sheet) =>
        sheet.Descendants<Cell>()
            .Where(c => c.DataType is null && c.CellFormula is null && c.CellValue is not null)
            .ToDictionary(c => c.CellReference!.Value!, c => double.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture));

    /// <summary>
    /// Evaluates the formulas the price schedule writes (cell references, numbers, +, *, brackets
    /// and SUM over cells and ranges of one column), the way a spreadsheet does: a blank cell is zero.
    /// </summary>
    private sealed class FormulaEvaluator(string? formula, Dictionary<string, double> cells, Func<string, double> evaluate)
    {
        private int _at;

        public double Value()
        {
            if (formula is null)
            {
                throw new InvalidOperationException("Not a formula cell.");
            }

            var value = Sum();
            _at.ShouldBe(formula.Length, formula);
            return value;
        }

        private double Sum()
        {
            var value = Product();
            while (Take('+'))
            {
                value += Product();
            }

            return value;
        }

        private double Product()
        {
            var value = Atom();
            while (Take('*'))
            {
                value *= Atom();
            }

            return value;
        }

        private double Atom()
        {
            if (Take('('))
            {
                var inner = Sum();
                Take(')').ShouldBeTrue(formula);
                return inner;
            }

            if (formula!.AsSpan(_at).StartsWith("SUM("))
            {
                _at += 4;
                var total = 0d;
                do
                {
                    var first = Reference();
                    var last = Take(':') ? Reference() : first;
                    first[0].ShouldBe(last[0]);
                    for (var r = int.Parse(first[1..], CultureInfo.InvariantCulture); r <= int.Parse(last[1..], CultureInfo.InvariantCulture); r++)
                    {
                        total += Cell(first[..1] + r.ToString(CultureInfo.InvariantCulture));
                    }
                }
                while (Take(','));
                Take(')').ShouldBeTrue(formula);
                return total;
            }

            return Cell(Reference());
        }

        private string Reference()
        {
            var start = _at;
            while (_at < formula!.Length && char.IsAsciiLetterOrDigit(formula[_at]))
            {
                _at++;
            }

            return formula[start.._at];
        }

        private double Cell(string reference) =>
            cells.TryGetValue(reference, out var value) ? value : EvaluateOrZero(reference);

        private double EvaluateOrZero(string reference)
        {
            try
            {
                return evaluate(reference);
            }
            catch (InvalidOperationException)
            {
                return 0; // blank
            }
        }

        private bool Take(char c)
        {
            if (_at < formula!.Length && formula[_at] == c)
            {
                _at++;
                return true;
            }

            return false;
        }
    }
}
