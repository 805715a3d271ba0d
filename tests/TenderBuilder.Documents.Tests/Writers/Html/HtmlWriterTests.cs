using AngleSharp.Html.Parser;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Tests.Composition;
using TenderBuilder.Documents.Tests.Model;
using TenderBuilder.Documents.Writers.Html;

namespace TenderBuilder.Documents.Tests.Writers.Html;

public sealed class HtmlWriterTests
{
    private static readonly HtmlParser s_parser = new();

    [Fact]
    public void Hostile_text_comes_out_as_text_and_every_script_and_language_survives()
    {
        var html = HtmlWriter.Write(SampleDocuments.EveryBlock());
        var page = s_parser.ParseDocument(html);

        page.QuerySelectorAll("script").Length.ShouldBe(0);
        page.QuerySelectorAll("b").Length.ShouldBe(0, "markup in text must not become elements");
        var text = page.Body!.TextContent;
        foreach (var hostile in new[] { SampleDocuments.Markup, SampleDocuments.Formula, SampleDocuments.Polish, SampleDocuments.Greek, SampleDocuments.Czech, SampleDocuments.RightToLeft, new string('W', 10_000) })
        {
            text.ShouldContain(hostile);
        }

        html.ShouldContain("Łódź", Case.Sensitive, "letters stay readable in the source");
    }

    [Fact]
    public void The_page_is_structured_for_assistive_technology()
    {
        var page = s_parser.ParseDocument(HtmlWriter.Write(SampleDocuments.EveryBlock()));

        page.DocumentElement.GetAttribute("lang").ShouldBe("en");
        page.QuerySelectorAll("h1").Length.ShouldBe(1);
        page.QuerySelector("main").ShouldNotBeNull();
        page.QuerySelector("nav[aria-labelledby=toc-title]").ShouldNotBeNull();
        var table = page.QuerySelector("table")!;
        table.QuerySelector("caption")!.TextContent.ShouldBe("Acceptance tests");
        table.QuerySelectorAll("thead th[scope=col]").Length.ShouldBe(3);
        table.QuerySelectorAll("tbody tr").Length.ShouldBe(5);
        page.QuerySelectorAll("ol").Length.ShouldBe(3, "the contents and two numbered lists");
    }

    [Fact]
    public void Contents_and_internal_links_point_at_headings_that_exist_and_unsafe_links_are_dropped()
    {
        var document = SampleDocuments.EveryBlock() with { };
        var blocks = document.Blocks.Add(new Paragraph([new Link("bad", "javascript:alert(1)"), new Link("data", "data:text/html,<b>x</b>")]));
        var page = s_parser.ParseDocument(HtmlWriter.Write(document with { Blocks = blocks }));

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToHashSet();
        foreach (var link in page.QuerySelectorAll("a[href^='#']"))
        {
            ids.ShouldContain(link.GetAttribute("href")![1..]);
        }

        page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldNotContain(h => h!.StartsWith("javascript", StringComparison.Ordinal) || h.StartsWith("data", StringComparison.Ordinal));
        page.Body!.TextContent.ShouldContain("bad");
    }

    [Fact]
    public void A_table_of_2000_rows_is_written_whole()
    {
        var page = s_parser.ParseDocument(HtmlWriter.Write(SampleDocuments.EveryBlock(tableRows: 2000)));

        page.QuerySelectorAll("tbody tr").Length.ShouldBe(2000);
    }

    [Fact]
    public void An_empty_document_is_still_a_valid_page_with_its_cover()
    {
        var page = s_parser.ParseDocument(HtmlWriter.Write(new Document(SampleDocuments.Metadata(), [])));

        page.QuerySelector("h1")!.TextContent.ShouldBe("Technical specifications and requirements");
        page.Title.ShouldStartWith("Technical specifications and requirements — Smart public charging 2027");
    }

    [Theory]
    [InlineData("utrecht-like-concession.yaml")]
    [InlineData("small-town-ten-ac-points.yaml")]
    public void Every_clause_of_an_example_is_in_the_HTML_of_its_document(string file)
    {
        var package = Examples.Package(file);
        var pages = TenderDocuments.Compose(package).ToDictionary(d => d.Metadata.FileName, d => s_parser.ParseDocument(HtmlWriter.Write(d)).Body!.TextContent);

        foreach (var clause in package.Clauses.Where(c => c.Deliverable == Core.Catalogues.Deliverable.Specification))
        {
            pages["technical-specifications"].ShouldContain(clause.Text);
        }

        foreach (var clause in package.Clauses)
        {
            pages["explanatory-memo"].ShouldContain(clause.Explanation);
        }
    }
}
