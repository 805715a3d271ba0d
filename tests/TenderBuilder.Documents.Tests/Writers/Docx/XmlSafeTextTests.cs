using TenderBuilder.Documents.Writers.Docx;

namespace TenderBuilder.Documents.Tests.Writers.Docx;

public sealed class XmlSafeTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\u0000b\u0008c", "abc")]
    [InlineData("tab\tand\nnewline", "tab\tand\nnewline")]
    [InlineData("windows\r\nmac\rword\vpage\f", "windows\nmac\nword\npage\n")]
    [InlineData("non\uFFFEchar\uFFFF", "non\uFFFDchar\uFFFD")]
    [InlineData("c1\u0085\u009Fcontrols", "c1controls")]
    public void Characters_XML_cannot_hold_are_removed_or_replaced(string input, string expected)
    {
        XmlSafeText.Clean(input).ShouldBe(expected);
    }

    // Lone surrogates cannot go through attribute arguments (the compiler stores them as U+FFFD).
    [Fact]
    public void Lone_surrogates_are_replaced()
    {
        XmlSafeText.Clean("lone " + '\uD800' + " high").ShouldBe("lone \uFFFD high");
        XmlSafeText.Clean("lone " + '\uDC00' + " low").ShouldBe("lone \uFFFD low");
        XmlSafeText.Clean("reversed " + '\uDC00' + '\uD800').ShouldBe("reversed \uFFFD\uFFFD");
    }

    [Fact]
    public void Surrogate_pairs_survive()
    {
        XmlSafeText.Clean("emoji \U0001F50C plug").ShouldBe("emoji \U0001F50C plug");
    }
}
