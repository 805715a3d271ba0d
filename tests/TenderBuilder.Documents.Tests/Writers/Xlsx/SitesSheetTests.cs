using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using TenderBuilder.Core.Input;
using TenderBuilder.Documents.Tests.Composition;
using TenderBuilder.Documents.Writers.Xlsx;

namespace TenderBuilder.Documents.Tests.Writers.Xlsx;

/// <summary>The "Sites" sheet of the compliance matrix, read back from the written workbook.</summary>
public sealed class SitesSheetTests
{
    private const string WithSites = "two-lots-with-sites.yaml";
    private const uint HeaderRow = 4;

    [Fact]
    public void A_tender_with_sites_gets_a_sheet_with_one_row_per_site_entry_and_its_points_per_class_as_numbers()
    {
        var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, WithSites))).Input;
        using var matrix = new MatrixFile(ComplianceMatrixWriter.Write(Examples.Package(WithSites)));

        matrix.ValidationErrors().ShouldBeEmpty();
        var sheet = matrix.Sheet("Sites");
        var header = MatrixFile.Row(sheet, HeaderRow);
        var columns = header.Elements<Cell>().ToDictionary(c => matrix.Text(header, Letters(c))!, Letters);
        columns.Keys.ShouldContain("Site id");
        columns.Keys.ShouldContain("Lot");

        var rows = MatrixFile.RowsFrom(sheet, HeaderRow + 1).ToList();
        rows.Select(r => matrix.Text(r, "A")).ShouldBe(input.Sites.Select(s => s.Id));
        foreach (var (row, site) in rows.Zip(input.Sites))
        {
            matrix.Text(row, columns["Name"]).ShouldBe(site.Name);
            MatrixFile.Number(row, columns["Sites in this entry"]).ShouldBe(site.SiteCount);
            matrix.Text(row, columns["Lot"]).ShouldBe(site.Lot);
            matrix.Text(row, columns["In service by"]).ShouldBe(site.Commissioning?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            MatrixFile.Number(row, columns["Grid capacity (kVA)"]).ShouldBe((double?)site.GridCapacityKva);

            // 11 and 22 kW AC are the 7.4-22 kW class; 50 and 100 kW DC are 50-150; 150 and 300 kW DC are 150-350.
            MatrixFile.Number(row, columns["AC, 7.4 kW or more and 22 kW or less: points at each site"]).ShouldBe(
                site.PointGroups.Where(g => g.Current == "ac" && g.RatedKw is >= 7.4m and <= 22m).Sum(g => g.Count));
            MatrixFile.Number(row, columns["DC, 50 kW or more and less than 150 kW: points at each site"]).ShouldBe(
                site.PointGroups.Where(g => g.Current == "dc" && g.RatedKw is >= 50m and < 150m).Sum(g => g.Count));
            MatrixFile.Number(row, columns["DC, 150 kW or more and less than 350 kW: points at each site"]).ShouldBe(
                site.PointGroups.Where(g => g.Current == "dc" && g.RatedKw is >= 150m and < 350m).Sum(g => g.Count));
        }

        // The header and the site ids stay in view while scrolling.
        var pane = sheet.Descendants<Pane>().Single();
        pane.State!.Value.ShouldBe(PaneStateValues.Frozen);
        pane.VerticalSplit!.Value.ShouldBe(HeaderRow);
        pane.HorizontalSplit!.Value.ShouldBe(1);
        sheet.Descendants<AutoFilter>().Single().Reference!.Value.ShouldStartWith($"A{HeaderRow}:");
    }

    [Theory]
    [InlineData("utrecht-like-concession.yaml")]
    [InlineData("regional-framework-lots.yaml")]
    public void A_tender_with_totals_only_has_no_sites_sheet(string file)
    {
        using var matrix = new MatrixFile(ComplianceMatrixWriter.Write(Examples.Package(file)));

        matrix.Workbook.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ShouldNotContain("Sites");
    }

    [Fact]
    public void Formula_looking_site_names_stay_text_and_escapes_stay_literal()
    {
        string[] hostile = ["=HYPERLINK(\"http://evil\")", "+1", "@SUM(A1)", "_x0041_ stays literal"];
        var package = Examples.Package(WithSites) with
        {
            Sites = [.. hostile.Select((text, i) => new Site
            {
                Id = text,
                Name = text,
                Area = text,
                SiteCount = 1,
                Lot = "1",
                PointGroups = [new PointGroup { Count = 2, Current = "ac", RatedKw = 11 }],
            })],
        };

        using var matrix = new MatrixFile(ComplianceMatrixWriter.Write(package));

        matrix.ValidationErrors().ShouldBeEmpty();
        var sheet = matrix.Sheet("Sites");
        var rows = MatrixFile.RowsFrom(sheet, HeaderRow + 1).ToList();
        rows.Select(r => matrix.Text(r, "A")).ShouldBe(hostile);
        rows.Select(r => matrix.Text(r, "B")).ShouldBe(hostile);
        rows.ShouldAllBe(r => MatrixFile.Cell(r, "A")!.DataType!.Value == CellValues.SharedString);
        sheet.Descendants<CellFormula>().ShouldBeEmpty();
    }

    private static string Letters(Cell cell) => new([.. cell.CellReference!.Value!.TakeWhile(char.IsAsciiLetter)]);
}
