using System.Collections.Immutable;
using TenderBuilder.Documents.Model;

namespace TenderBuilder.Documents.Tests.Model;

/// <summary>Documents built by hand to exercise every block type, including hostile content.</summary>
internal static class SampleDocuments
{
    public const string Markup = "<script>alert('x')</script> & <b>bold</b>";
    public const string Formula = "=HYPERLINK(\"http://evil\",\"click\")";
    public const string Polish = "Łódź, Gdańsk, Świętokrzyskie — żółć";
    public const string Greek = "Ηλεκτρική φόρτιση ≥ 22 kW → έξυπνη";
    public const string Czech = "Nabíjecí stanice, Ústí nad Labem, řízení";
    public const string RightToLeft = "مناقصة شحن المركبات الكهربائية";

    public static DocumentMetadata Metadata(Audience audience = Audience.Bidders) => new()
    {
        Title = "Technical specifications and requirements",
        TenderTitle = "Smart public charging 2027 — " + Polish,
        Reference = "REF-2026/17 " + Markup,
        Authority = "City of " + Czech,
        Date = new DateOnly(2026, 11, 29),
        CatalogVersion = "2026.11.0",
        Audience = audience,
        FileName = "technical-specifications",
        Subject = "EV charging tender",
        Keywords = ["EV charging", "AFIR"],
    };

    /// <summary>One of every block, with hostile text in each.</summary>
    public static Document EveryBlock(int tableRows = 5) => new(Metadata(),
    [
        new TableOfContents("Contents"),
        new Heading(1, Inlines.Of("1 Payment " + Markup), "payment"),
        new Paragraph([new TextRun("Every point shall accept "), new TextRun("contactless", Bold: true), new TextRun(" payment ", Italic: true), new Link("AFIR", "https://eur-lex.europa.eu/eli/reg/2023/1804/oj"), new TextRun(". See "), new Link("section 2", "#grid")]),
        new Heading(2, Inlines.Of("1.1 " + Formula), "payment-1"),
        new Paragraph(Inlines.Of(Formula)),
        new Paragraph(Inlines.Of("Verification: site acceptance test."), ParagraphStyle.Small),
        new ListBlock(false, [Inlines.Of(Polish), Inlines.Of(Greek), Inlines.Of(Czech), Inlines.Of(RightToLeft)]),
        new ListBlock(true, [Inlines.Of("First"), Inlines.Of("Second")]),
        new ListBlock(true, [Inlines.Of("Again first"), Inlines.Of("Again second")]),
        new Note(NoteKind.Warning, [new Paragraph(Inlines.Of("To verify: " + Markup))]),
        new PageBreak(),
        new Heading(1, Inlines.Of("2 Grid"), "grid"),
        new Heading(3, Inlines.Of("2.1.1 Long word"), "long-word"),
        new Paragraph(Inlines.Of(new string('W', 10_000))),
        new Heading(1, Inlines.Of("3 Empty section"), "empty"),
        new Table(
            [new Column(1, Alignment.Right), new Column(4), new Column(2, Alignment.Center)],
            [[Inlines.Of("No."), Inlines.Of("Requirement"), Inlines.Of("Verification")]],
            [.. Enumerable.Range(1, tableRows).Select(i => ImmutableArray.Create(Inlines.Of(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), Inlines.Of($"Requirement {i} {Markup}"), Inlines.Of(RightToLeft)))],
            "Acceptance tests"),
    ]);
}
