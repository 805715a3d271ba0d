using TenderBuilder.Documents.Model;

namespace TenderBuilder.Documents.Tests.Model;

public sealed class DocumentModelTests
{
    [Fact]
    public void A_document_lists_its_headings_in_order_with_their_plain_text()
    {
        var document = SampleDocuments.EveryBlock();

        document.Headings.Select(h => (h.Level, h.Anchor)).ShouldBe(
            [(1, "payment"), (2, "payment-1"), (1, "grid"), (3, "long-word"), (1, "empty")]);
        document.Headings.First().Text.ShouldBe("1 Payment " + SampleDocuments.Markup);
    }

    [Fact]
    public void Inline_plain_text_joins_runs_and_links()
    {
        var paragraph = (Paragraph)SampleDocuments.EveryBlock().Blocks[2];

        paragraph.Content.PlainText().ShouldBe("Every point shall accept contactless payment AFIR. See section 2");
    }
}
