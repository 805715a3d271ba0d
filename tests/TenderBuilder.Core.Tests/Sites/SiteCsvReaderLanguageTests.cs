using System.Text;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Sites;

namespace TenderBuilder.Core.Tests.Sites;

/// <summary>
/// A refused sites file is explained in the officer's interface language: the line and the column
/// in the language's words, the column's own name as the file has it, numbers in the language's form.
/// </summary>
public sealed class SiteCsvReaderLanguageTests
{
    private static readonly SiteOptions s_options = SiteOptions.From(CatalogueLoader.Default.Questionnaire);

    private const string File = "site_id,name,address,points,current,rated_kw\nS001,Marktplein,Markt 1,2,ac,11x\n";

    [Fact]
    public void A_cell_that_is_no_number_is_named_by_line_and_column_in_dutch()
    {
        var problem = SiteCsvReader.Read(File, s_options, "nl-NL").Problems.ShouldHaveSingleItem();

        problem.ToString().ShouldBe("Regel 2, kolom rated_kw: ‘11x’ is geen getal.");
    }

    [Fact]
    public void A_cell_that_is_no_number_is_named_by_line_and_column_in_german_and_swedish()
    {
        SiteCsvReader.Read(File, s_options, "de-DE").Problems.ShouldHaveSingleItem().ToString().ShouldBe("Zeile 2, Spalte rated_kw: „11x“ ist keine Zahl.");
        SiteCsvReader.Read(File, s_options, "sv-SE").Problems.ShouldHaveSingleItem().ToString().ShouldBe("Rad 2, kolumn rated_kw: ”11x” är inte ett tal.");
    }

    [Fact]
    public void English_stays_the_words_of_the_command_line()
    {
        SiteCsvReader.Read(File, s_options).Problems.ShouldHaveSingleItem().ToString().ShouldBe("Line 2, column rated_kw: “11x” is not a number.");
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_in_german()
    {
        var latin1 = Encoding.Latin1.GetBytes("site_id,name\nS001,Straße\n");

        SiteCsvReader.Read(latin1, s_options, "de-DE").Problems.ShouldHaveSingleItem().ToString()
            .ShouldBe("Die Datei ist kein UTF-8-Text. Speichern Sie sie in Ihrer Tabellenkalkulation als „CSV UTF-8“ und importieren Sie sie erneut.");
    }

    [Fact]
    public void A_file_too_large_gives_the_most_sites_in_the_languages_number_form()
    {
        SiteCsvReader.TooLargeIn("de-DE").Problems.ShouldHaveSingleItem().Message.ShouldContain($"{SiteChecks.MaxSites.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("de-DE"))} Standorten");
        SiteCsvReader.TooLargeIn(null).Problems.ShouldHaveSingleItem().ToString().ShouldBe(SiteCsvReader.TooLarge.Problems[0].ToString());
    }

    [Fact]
    public void An_unknown_site_type_keeps_the_codes_and_says_the_rest_in_swedish()
    {
        var file = "site_id,name,address,site_type,points,current,rated_kw\nS001,Torget,Torget 1,parking-garage-x,2,ac,11\n";

        var problem = SiteCsvReader.Read(file, s_options, "sv-SE").Problems.ShouldHaveSingleItem();

        problem.Column.ShouldBe("site_type");
        problem.Message.ShouldStartWith("”parking-garage-x” är ingen typ av plats; använd någon av: ");
        problem.Message.ShouldContain(s_options.Types[0]);
    }
}
