using System.Text;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Sites;

namespace TenderBuilder.Core.Tests.Sites;

/// <summary>
/// A sites CSV file as spreadsheets save it becomes the sites list, or is refused whole with every
/// problem by line and column: nothing is half-imported.
/// </summary>
public sealed class SiteCsvReaderTests
{
    private static readonly SiteOptions s_options = SiteOptions.From(CatalogueLoader.Default.Questionnaire);

    private const string Header = "site_id;name;address;area;latitude;longitude;site_type;access;site_count;lot;grid_capacity_kva;commissioning;points;current;rated_kw;connectors";

    private static SiteCsvResult Read(string text) => SiteCsvReader.Read(text, s_options);

    private static string Lines(params string[] rows) => string.Join("\r\n", [Header, .. rows]) + "\r\n";

    [Fact]
    public void A_semicolon_file_with_decimal_commas_and_european_dates_reads_into_sites()
    {
        var result = Read(Lines(
            "S001;Marktplein;Marktplein 1;;52,0907;5,1214;hub;public;1;1;630;01-03-2027;4;dc;150;ccs2",
            "S002;North;;Noordoost;;;on_street;public;20;2;17,3;2027-06-01;2;ac;11,5;type2_socket|type2_cable"));

        result.Problems.ShouldBeEmpty();
        var (hub, north) = (result.Sites[0], result.Sites[1]);
        hub.ShouldBe(new Site
        {
            Id = "S001", Name = "Marktplein", Address = "Marktplein 1", Latitude = 52.0907m, Longitude = 5.1214m, Type = "hub", Access = "public",
            SiteCount = 1, Lot = "1", GridCapacityKva = 630m, Commissioning = new DateOnly(2027, 3, 1), PointGroups = hub.PointGroups,
        });
        var fast = hub.PointGroups.ShouldHaveSingleItem();
        (fast.Count, fast.Current, fast.RatedKw).ShouldBe((4, "dc", 150m));
        fast.Connectors.ShouldBe(["ccs2"]);
        north.SiteCount.ShouldBe(20);
        north.Commissioning.ShouldBe(new DateOnly(2027, 6, 1));
        north.PointGroups[0].RatedKw.ShouldBe(11.5m);
        north.PointGroups[0].Connectors.ShouldBe(["type2_socket", "type2_cable"]);
        result.SiteCount.ShouldBe(21);
        result.PointCount.ShouldBe(4 + 40);
    }

    [Fact]
    public void A_comma_file_with_decimal_points_and_quoted_fields_reads_the_same()
    {
        var text = Header.Replace(';', ',') + "\n"
            + "S001,\"Marktplein, east side\",\"Marktplein 1\nUtrecht\",,52.0907,5.1214,hub,public,1,,\"2.400,5\",2027-03-01,4,dc,150,ccs2\n"
            + "S002,\"The \"\"Big\"\" car park\",,Centre,,,car_park,semi_public,,,,,6,ac,22,type2_socket\n";

        var result = Read(text);

        result.Problems.ShouldBeEmpty();
        result.Sites[0].Name.ShouldBe("Marktplein, east side");
        result.Sites[0].Address.ShouldBe("Marktplein 1\nUtrecht");
        result.Sites[0].GridCapacityKva.ShouldBe(2400.5m);
        result.Sites[0].Latitude.ShouldBe(52.0907m);
        result.Sites[1].Name.ShouldBe("The \"Big\" car park");
        result.Sites[1].SiteCount.ShouldBe(1);
    }

    [Fact]
    public void A_byte_order_mark_and_header_names_in_any_case_are_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Lines("S001;Café de Paris;Rue 1;;;;hub;public;1;;;;2;ac;22;").ToUpperInvariant()
            .Replace("S001;CAFÉ DE PARIS", "S001;Café de Paris", StringComparison.Ordinal))).ToArray();

        var result = SiteCsvReader.Read(bytes, s_options);

        result.Problems.ShouldBeEmpty();
        result.Sites.ShouldHaveSingleItem().Name.ShouldBe("Café de Paris");
        result.Sites[0].Type.ShouldBe("hub");
        result.Sites[0].PointGroups[0].Current.ShouldBe("ac");
    }

    [Fact]
    public void Only_the_required_columns_are_needed_in_any_order()
    {
        var result = Read("Rated_kW;Current;Points;Name;Site_ID\n22;ac;2;Library;S9\n");

        result.Problems.ShouldBeEmpty();
        result.Sites.ShouldHaveSingleItem().Id.ShouldBe("S9");
        result.Sites[0].PointGroups[0].Count.ShouldBe(2);
    }

    [Fact]
    public void Rows_with_the_same_site_id_add_point_groups_to_that_site()
    {
        var result = Read(Lines(
            "S001;Hub;Street 1;;;;hub;public;1;;;;4;dc;150;ccs2",
            "S001;;;;;;;;;;;;8;ac;22;type2_socket",
            "S001;Hub;Street 1;;;;;;;;;;1;dc;350;ccs2",
            "S002;Other;Street 2;;;;hub;public;1;;;;2;ac;11;"));

        result.Problems.ShouldBeEmpty();
        result.Sites.Length.ShouldBe(2);
        result.Sites[0].PointGroups.Select(g => (g.Count, g.Current, g.RatedKw)).ShouldBe([(4, "dc", 150m), (8, "ac", 22m), (1, "dc", 350m)]);
    }

    [Theory]
    [InlineData("S001;Hub;;;;;hub;public;1;;;;4;dc;11,x;", 2, "rated_kw", "“11,x” is not a number.")]
    [InlineData("S001;Hub;;;;;hub;public;1;;;31-02-2027;4;dc;150;", 2, "commissioning", "“31-02-2027” is not a date; write it as 2027-03-01 or 01-03-2027")]
    [InlineData("S001;Hub;;;;;hub;public;1;;;;2,5;dc;150;", 2, "points", "“2,5” is not a whole number")]
    [InlineData("S001;Hub;;;;;motorway;public;1;;;;4;dc;150;", 2, "site_type", "“motorway” is not a site type; use one of: on_street")]
    [InlineData("S001;Hub;;;;;hub;everyone;1;;;;4;dc;150;", 2, "access", "“everyone” is not an access; use one of: public, semi_public, private")]
    [InlineData("S001;Hub;;;;;hub;public;1;;;;4;xc;150;", 2, "current", "“xc” is not a current; write ac or dc.")]
    [InlineData("S001;Hub;;;;;hub;public;1;;;;4;dc;150;ccs2|schuko", 2, "connectors", "“schuko” is not a connector; use one of: type2_socket")]
    [InlineData("S001;Hub;;;;;hub;public;1;;;;;dc;150;", 2, "points", "the cell is empty")]
    [InlineData(";Hub;;;;;hub;public;1;;;;4;dc;150;", 2, "site_id", "every row needs the id of its site")]
    [InlineData("S001;;;;;;hub;public;1;;;;4;dc;150;", 2, "name", "site S001 has no name")]
    [InlineData("S001;Hub;;;;;hub;public;1;;;;4;dc;150;ccs2;extra;values", 2, null, "the row has 18 values but the header names 16 columns")]
    public void A_bad_cell_refuses_the_file_naming_its_line_and_column(string row, int line, string? column, string words)
    {
        var result = Read(Lines(row));

        result.IsRefused.ShouldBeTrue();
        result.Sites.ShouldBeEmpty();
        var problem = result.Problems.ShouldHaveSingleItem();
        (problem.Line, problem.Column).ShouldBe((line, column));
        problem.Message.ShouldContain(words);
    }

    [Fact]
    public void A_problem_reads_as_a_sentence_with_its_line_and_column()
    {
        var result = Read(Lines("S001;Hub;;;;;hub;public;1;;;;4;dc;150;", "", "", "", "S002;Two;;;;;hub;public;1;;;;4;dc;11,x;"));

        result.Problems.ShouldHaveSingleItem().ToString().ShouldBe("Line 6, column rated_kw: “11,x” is not a number.");
    }

    [Fact]
    public void Every_problem_of_the_file_is_listed_and_no_site_is_kept()
    {
        var result = Read(Lines(
            "S001;Hub;;;;;hub;public;1;;;;4;dc;150;",
            "S002;Two;;;;;hub;public;1;;;;x;dc;11,x;",
            "S003;Three;;;;;hub;public;1;;;;4;dc;22;"));

        result.Sites.ShouldBeEmpty();
        result.Problems.Select(p => (p.Line, p.Column)).ShouldBe([(3, "points"), (3, "rated_kw")]);
    }

    [Fact]
    public void A_site_column_that_differs_on_a_further_row_is_a_problem()
    {
        var result = Read(Lines(
            "S001;Hub;;;;;hub;public;1;;;;4;dc;150;",
            "S001;Other hub;;;;;;;;;;;2;ac;22;"));

        var problem = result.Problems.ShouldHaveSingleItem();
        (problem.Line, problem.Column).ShouldBe((3, "name"));
        problem.Message.ShouldContain("“Other hub” differs from “Hub” on line 2 for site S001");
    }

    [Fact]
    public void A_site_whose_rows_are_apart_is_a_problem()
    {
        var result = Read(Lines(
            "S001;Hub;;;;;hub;public;1;;;;4;dc;150;",
            "S002;Two;;;;;hub;public;1;;;;4;dc;150;",
            "S001;;;;;;;;;;;;2;ac;22;"));

        var problem = result.Problems.ShouldHaveSingleItem();
        (problem.Line, problem.Column).ShouldBe((4, "site_id"));
        problem.Message.ShouldContain("site S001 is listed on line 2 already");
    }

    [Fact]
    public void Unknown_and_missing_columns_are_named()
    {
        var result = Read("site_id;name;power;current\nS1;A;22;ac\n");

        result.Problems.Select(p => (p.Line, p.Column)).ShouldBe([(1, "power"), (1, "points"), (1, "rated_kw")]);
        result.Problems[0].Message.ShouldContain("this is not a column of the sites list");
        result.Problems[1].Message.ShouldContain("the column is missing");
    }

    [Fact]
    public void An_unclosed_quote_is_named_by_the_line_where_it_starts()
    {
        var result = Read(Lines("S001;\"Hub;;;;;hub;public;1;;;;4;dc;150;", "S002;Two;;;;;hub;public;1;;;;4;dc;150;"));

        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Line.ShouldBe(2);
        problem.Message.ShouldContain("never closed");
    }

    [Fact]
    public void A_file_above_two_megabytes_is_refused_before_it_is_read()
    {
        var bytes = new byte[SiteCsvReader.MaxBytes + 1];

        var result = SiteCsvReader.Read(bytes, s_options);

        result.Problems.ShouldHaveSingleItem().Message.ShouldContain("larger than 2 MB");
    }

    [Fact]
    public void A_file_with_more_sites_than_a_draft_takes_is_refused()
    {
        var rows = Enumerable.Range(1, SiteChecks.MaxSites + 1).Select(i => $"S{i};Site {i};;;;;;;;;;;1;ac;11;");

        var result = Read(Lines([.. rows]));

        result.Sites.ShouldBeEmpty();
        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Line.ShouldBe(SiteChecks.MaxSites + 2);
        problem.Message.ShouldContain("more than 5,000 sites");
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_with_what_to_do()
    {
        var latin1 = Encoding.Latin1.GetBytes(Lines("S001;Café;;;;;hub;public;1;;;;4;dc;150;"));

        SiteCsvReader.Read(latin1, s_options).Problems.ShouldHaveSingleItem().Message.ShouldContain("save it as “CSV UTF-8”");
    }

    [Fact]
    public void A_long_list_of_problems_stops_at_a_hundred_and_says_so()
    {
        var rows = Enumerable.Range(1, 150).Select(i => $"S{i};Site {i};;;;;;;;;;;1;ac;x;");

        var result = Read(Lines([.. rows]));

        result.Problems.Length.ShouldBe(SiteCsvReader.MaxProblems + 1);
        result.Problems[^1].Message.ShouldContain("The first 100 problems are listed");
    }
}
