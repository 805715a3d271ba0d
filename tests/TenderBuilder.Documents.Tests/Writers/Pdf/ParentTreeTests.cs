using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Tests.Composition;
using TenderBuilder.Documents.Writers.Pdf;
using UglyToad.PdfPig.Tokens;

namespace TenderBuilder.Documents.Tests.Writers.Pdf;

/// <summary>
/// A screen reader finds the structure element of text and links through the parent tree: every
/// page and every link annotation must have its entry, under consecutive keys. The writer sets the
/// entries of finished pages aside while drawing (for speed) and puts them back before saving.
/// </summary>
public sealed class ParentTreeTests
{
    [Fact]
    public void Every_page_and_link_of_a_long_memo_finds_its_structure_elements_in_the_parent_tree()
    {
        var memo = TenderDocuments.Compose(Examples.Package("utrecht-like-concession.yaml")).Single(d => d.Metadata.FileName == "explanatory-memo");
        using var pdf = new PdfFile(PdfWriter.Write(memo));

        var tree = pdf.Dictionary(pdf.Dictionary(pdf.Catalog, "StructTreeRoot")!, "ParentTree")!;
        var nums = ((ArrayToken)pdf.Resolve(tree.Data["Nums"])!).Data;
        var entries = new Dictionary<int, IToken>();
        for (var i = 0; i < nums.Count; i += 2)
        {
            entries.Add(((NumericToken)nums[i]).Int, pdf.Resolve(nums[i + 1])!);
        }

        entries.Keys.ShouldBe(Enumerable.Range(0, entries.Count), "the keys run from 0 without a gap, in order");
        pdf.Pages.Count.ShouldBeGreaterThan(20, "the memo is long enough to show the cost the writer avoids");
        var links = 0;
        foreach (var page in pdf.Pages)
        {
            var key = ((NumericToken)page.Dictionary.Data["StructParents"]).Int;
            var marked = entries[key].ShouldBeOfType<ArrayToken>($"page {page.Number}'s entry");
            marked.Data.ShouldNotBeEmpty($"page {page.Number} has text, so its marked content has structure elements");
            marked.Data.ShouldAllBe(item => pdf.Resolve(item) is DictionaryToken);

            foreach (var annotation in page.GetAnnotations())
            {
                var element = entries[((NumericToken)annotation.AnnotationDictionary.Data["StructParent"]).Int].ShouldBeOfType<DictionaryToken>();
                ((NameToken)element.Data["S"]).Data.ShouldBe("Link", $"the element of a link on page {page.Number}");
                links++;
            }
        }

        links.ShouldBeGreaterThan(50, "the memo's contents and cross-references are links");
        entries.Count.ShouldBe(pdf.Pages.Count + links, "one entry per page and one per link, none lost or repeated");
    }
}
