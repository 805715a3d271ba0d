using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Writers.Docx;

namespace TenderBuilder.Documents.Tests.Writers.Docx;

public sealed class HeadingBookmarksTests
{
    [Theory]
    [InlineData("payment", "payment")]
    [InlineData("payment-1.2", "payment_1_2")]
    [InlineData("1-intro", "h_1_intro")]
    [InlineData("_hidden", "h__hidden")]
    [InlineData("", "h_")]
    [InlineData("Łódź", "h___d_")]
    public void Anchors_become_valid_Word_bookmark_names(string anchor, string expected)
    {
        HeadingBookmarks.Sanitise(anchor).ShouldBe(expected);
    }

    [Fact]
    public void Long_and_colliding_anchors_stay_within_40_characters_and_unique()
    {
        var longAnchor = new string('a', 60);
        var bookmarks = new HeadingBookmarks(
        [
            new Heading(1, Inlines.Of("A"), longAnchor),
            new Heading(1, Inlines.Of("B"), longAnchor + "-other"),
            new Heading(2, Inlines.Of("C"), "a.b"),
            new Heading(2, Inlines.Of("D"), "a-b"),
        ]);

        bookmarks.Names.ShouldAllBe(n => n.Length <= 40);
        bookmarks.Names.Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(4);
        bookmarks.Names.Skip(2).ShouldBe(["a_b", "a_b_2"]);
        bookmarks.TryResolve("a-b", out var name).ShouldBeTrue();
        name.ShouldBe("a_b_2");
    }
}
