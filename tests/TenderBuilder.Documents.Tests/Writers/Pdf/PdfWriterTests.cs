using System.Text.RegularExpressions;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Tests.Model;
using TenderBuilder.Documents.Writers.Pdf;
using UglyToad.PdfPig.Tokens;

namespace TenderBuilder.Documents.Tests.Writers.Pdf;

public sealed partial class PdfWriterTests
{
    private static readonly Lazy<byte[]> _sample = new(() => PdfWriter.Write(SampleDocuments.EveryBlock()));
    private static readonly Lazy<byte[]> _longTable = new(() => PdfWriter.Write(SampleDocuments.EveryBlock(tableRows: 2_000)));

    private static PdfFile Sample() => new(_sample.Value);

    [Fact]
    public void The_sample_with_every_block_reads_back_completely_and_in_order()
    {
        using var file = Sample();

        PdfChecks.ReadsBack(SampleDocuments.EveryBlock(), file);
    }

    [Fact]
    public void The_cover_shows_title_tender_authority_reference_date_and_catalogue_version_without_header_or_footer()
    {
        using var file = Sample();
        var cover = PdfFile.Squeeze(file.Pages[0].Text);

        var metadata = SampleDocuments.Metadata();
        foreach (var expected in new[] { metadata.Title, metadata.TenderTitle, metadata.Authority!, metadata.Reference!, "2026-11-29", metadata.CatalogVersion })
        {
            cover.ShouldContain(PdfFile.Squeeze(expected));
        }

        cover.ShouldNotContain("Pageof");
    }

    [Fact]
    public void Every_page_but_the_cover_has_the_reference_and_title_in_the_header_and_page_x_of_y_in_the_footer()
    {
        using var file = Sample();
        var total = file.Pages.Count;

        foreach (var page in file.Pages.Skip(1))
        {
            var bands = PdfFile.Squeeze(string.Concat(page.Letters.Where(l => !PdfFile.InTextArea(l)).Select(l => l.Value)));
            bands.ShouldContain("REF-2026/17");
            bands.ShouldContain("Technicalspecificationsandrequirements");
            bands.ShouldContain($"Page{page.Number}of{total}");
        }
    }

    [Fact]
    public void Hostile_text_in_every_script_extracts_as_written()
    {
        using var file = Sample();
        var body = file.BodyText();

        foreach (var text in new[] { SampleDocuments.Polish, SampleDocuments.Greek, SampleDocuments.Czech, SampleDocuments.RightToLeft, SampleDocuments.Markup, SampleDocuments.Formula, new string('W', 10_000) })
        {
            body.ShouldContain(PdfFile.Squeeze(text));
        }

        body.ShouldContain("3Emptysection");
    }

    [Fact]
    public void Links_to_the_web_and_to_headings_are_clickable()
    {
        using var file = Sample();

        file.WebLinks().ShouldContain("https://eur-lex.europa.eu/eli/reg/2023/1804/oj");
        var grid = file.Bookmarks().Single(b => b.Title == "2 Grid");
        var bodyLinks = file.InternalLinks().Where(l => l.OnPage >= file.Bookmarks()[0].Page).ToList();
        bodyLinks.ShouldContain(l => l.ToPage == grid.Page, "the \"section 2\" link goes to the Grid heading");
    }

    [Fact]
    public void The_document_properties_and_language_are_set()
    {
        using var file = Sample();
        var information = file.Document.Information;

        information.Title.ShouldBe("Technical specifications and requirements");
        information.Author.ShouldBe(SampleDocuments.Metadata().Authority);
        information.Subject.ShouldBe("EV charging tender");
        information.Keywords.ShouldBe("EV charging; AFIR");
        information.Creator.ShouldBe("TenderBuilder");
        ((StringToken)file.Catalog.Data["Lang"]).Data.ShouldBe("en");
    }

    [Fact]
    public void The_pdf_is_tagged_with_headings_paragraphs_lists_tables_links_and_contents()
    {
        using var file = Sample();

        var markInfo = file.Dictionary(file.Catalog, "MarkInfo").ShouldNotBeNull();
        ((BooleanToken)markInfo.Data["Marked"]).Data.ShouldBeTrue();
        var types = file.StructureTypes();
        types.ShouldContain("Document");
        foreach (var type in new[] { "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Link", "TOC", "TOCI" })
        {
            types.ShouldContain(type);
        }

        // One TH per header cell: the header repeated on later pages is an artifact, not content read twice.
        types.Count(t => t == "TH").ShouldBe(3);
        types.Count(t => t == "TR").ShouldBe(6);
        foreach (var (_, header) in file.StructureElements().Where(e => e.Type == "TH"))
        {
            var attributes = file.Dictionary(header, "A").ShouldNotBeNull();
            ((NameToken)attributes.Data["Scope"]).Data.ShouldBe("Column");
        }
    }

    [Fact]
    public void A_2000_row_table_repeats_its_header_on_every_page_it_runs_onto_and_loses_no_row()
    {
        using var file = new PdfFile(_longTable.Value);

        var tablePages = file.Pages.Where(p => RowText().IsMatch(file.BodyText(p))).ToList();
        tablePages.Count.ShouldBeGreaterThan(20);
        foreach (var page in tablePages)
        {
            var text = file.BodyText(page);
            var header = text.IndexOf("No.RequirementVerification", StringComparison.Ordinal);
            header.ShouldBeGreaterThanOrEqualTo(0, $"page {page.Number} repeats the header");
            header.ShouldBeLessThan(RowText().Match(text).Index, $"page {page.Number}: the header comes before the rows");
        }

        var body = file.BodyText();
        for (var i = 1; i <= 2_000; i++)
        {
            body.ShouldContain($"{i}Requirement{i}<script>");
        }

        PdfChecks.ReadsBack(SampleDocuments.EveryBlock(tableRows: 2_000), file);
    }

    [Fact]
    public void A_document_with_no_blocks_is_a_cover_page()
    {
        var bytes = PdfWriter.Write(new Document(SampleDocuments.Metadata(), []));

        using var file = new PdfFile(bytes);
        file.Pages.Count.ShouldBe(1);
        PdfFile.Squeeze(file.Pages[0].Text).ShouldContain("Technicalspecificationsandrequirements");
    }

    [Fact]
    public void Writing_to_a_stream_gives_the_same_pages_as_writing_bytes()
    {
        using var stream = new MemoryStream();
        PdfWriter.Write(SampleDocuments.EveryBlock(), stream);

        using var file = new PdfFile(stream.ToArray());
        file.Pages.Count.ShouldBe(Sample().Pages.Count);
    }

    [Fact]
    public void Documents_can_be_written_in_parallel()
    {
        var results = Enumerable.Range(0, 4).AsParallel().Select(_ => PdfWriter.Write(SampleDocuments.EveryBlock())).ToList();

        foreach (var bytes in results)
        {
            using var file = new PdfFile(bytes);
            file.Pages.Count.ShouldBe(Sample().Pages.Count);
        }
    }

    [GeneratedRegex(@"\d+Requirement\d+<script>")]
    private static partial Regex RowText();
}
