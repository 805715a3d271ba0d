using System.Collections.Immutable;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Tests.Model;
using TenderBuilder.Documents.Writers.Docx;
using M = TenderBuilder.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TenderBuilder.Documents.Tests.Writers.Docx;

public sealed class DocxWriterTests
{
    private static readonly Lazy<byte[]> _sample = new(() => DocxWriter.Write(SampleDocuments.EveryBlock()));

    private static WordFile Sample() => new(_sample.Value);

    [Theory]
    [InlineData(FileFormatVersions.Office2019)]
    [InlineData(FileFormatVersions.Microsoft365)]
    public void The_sample_with_every_block_has_no_validation_errors(FileFormatVersions version)
    {
        using var file = Sample();

        file.ValidationErrors(version).ShouldBeEmpty();
    }

    [Fact]
    public void A_2000_row_table_is_written_whole_and_validates()
    {
        // Its speed is measured in the benchmarks (LargeTableBenchmarks), not here.
        var bytes = DocxWriter.Write(SampleDocuments.EveryBlock(tableRows: 2_000));

        using var file = new WordFile(bytes);
        file.ValidationErrors().ShouldBeEmpty();
        file.Body.Descendants<W.Table>().Single().Elements<W.TableRow>().Count().ShouldBe(2_001);
    }

    [Fact]
    public void The_styles_part_holds_the_built_in_styles_with_their_standard_ids_and_names()
    {
        using var file = Sample();
        var styles = file.Main.StyleDefinitionsPart!.Styles!.Elements<W.Style>()
            .ToDictionary(s => s.StyleId!.Value!, s => s.StyleName!.Val!.Value);

        styles.ShouldContainKeyAndValue("Normal", "Normal");
        styles.ShouldContainKeyAndValue("Title", "Title");
        styles.ShouldContainKeyAndValue("Subtitle", "Subtitle");
        styles.ShouldContainKeyAndValue("Heading1", "heading 1");
        styles.ShouldContainKeyAndValue("Heading2", "heading 2");
        styles.ShouldContainKeyAndValue("Heading3", "heading 3");
        styles.ShouldContainKeyAndValue("ListBullet", "List Bullet");
        styles.ShouldContainKeyAndValue("ListNumber", "List Number");
        styles.ShouldContainKeyAndValue("TableGrid", "Table Grid");
        styles.ShouldContainKeyAndValue("TOC1", "toc 1");
        styles.ShouldContainKeyAndValue("TOC2", "toc 2");
        styles.ShouldContainKeyAndValue("TOC3", "toc 3");
        styles.ShouldContainKeyAndValue("Hyperlink", "Hyperlink");
        styles.ShouldContainKey("SmallText");
        styles.ShouldContainKey("Note");
    }

    [Fact]
    public void Heading_styles_carry_outline_levels_so_the_navigation_pane_lists_them()
    {
        using var file = Sample();
        var styles = file.Main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToDictionary(s => s.StyleId!.Value!);

        for (var level = 1; level <= 3; level++)
        {
            var style = styles["Heading" + level];
            style.Type!.Value.ShouldBe(W.StyleValues.Paragraph);
            style.StyleParagraphProperties!.OutlineLevel!.Val!.Value.ShouldBe(level - 1);
        }

        styles["Hyperlink"].Type!.Value.ShouldBe(W.StyleValues.Character);
        styles["TableGrid"].Type!.Value.ShouldBe(W.StyleValues.Table);
    }

    [Fact]
    public void Note_style_is_shaded_and_bordered()
    {
        using var file = Sample();
        var note = file.Main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(s => s.StyleId == "Note");

        note.StyleParagraphProperties!.ParagraphBorders!.TopBorder.ShouldNotBeNull();
        note.StyleParagraphProperties.Shading!.Fill!.Value.ShouldNotBe("auto");
        file.BodyParagraphs.Where(p => file.StyleOf(p) is "Note" or "NoteWarning").Select(WordFile.VisibleText)
            .ShouldBe(["To verify: " + SampleDocuments.Markup]);
    }

    [Fact]
    public void The_document_language_is_on_the_run_defaults()
    {
        var document = SampleDocuments.EveryBlock() with { Metadata = SampleDocuments.Metadata() with { Language = "nl-BE" } };
        using var file = new WordFile(DocxWriter.Write(document));

        var defaults = file.Main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        defaults.Languages!.Val!.Value.ShouldBe("nl-BE");
        defaults.RunFonts!.Ascii!.Value.ShouldBe("Calibri");
    }

    [Fact]
    public void Headings_use_Heading1_to_3_in_order_with_their_text()
    {
        using var file = Sample();

        var headings = file.BodyParagraphs
            .Where(p => file.StyleOf(p)?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => (file.StyleOf(p), WordFile.VisibleText(p)))
            .ToList();

        headings.ShouldBe(
        [
            ("Heading1", "1 Payment " + SampleDocuments.Markup),
            ("Heading2", "1.1 " + SampleDocuments.Formula),
            ("Heading1", "2 Grid"),
            ("Heading3", "2.1.1 Long word"),
            ("Heading1", "3 Empty section"),
        ]);
    }

    [Fact]
    public void Every_paragraph_heading_item_note_and_cell_text_of_the_sample_appears_exactly()
    {
        var document = SampleDocuments.EveryBlock();
        using var file = new WordFile(DocxWriter.Write(document));
        var written = file.BodyParagraphs.Select(WordFile.VisibleText).ToHashSet();

        foreach (var text in TextsOf(document))
        {
            written.ShouldContain(text, $"missing: {text[..Math.Min(text.Length, 60)]}");
        }

        written.ShouldContain(new string('W', 10_000));
        written.ShouldContain(SampleDocuments.RightToLeft);
        written.ShouldContain(SampleDocuments.Polish);
        written.ShouldContain(SampleDocuments.Greek);
        written.ShouldContain(SampleDocuments.Czech);
        written.ShouldContain(SampleDocuments.Formula);
    }

    [Fact]
    public void Bold_and_italic_runs_keep_their_emphasis()
    {
        using var file = Sample();
        var runs = file.Body.Descendants<W.Run>().ToList();

        var bold = runs.Single(r => WordFile.VisibleText(r) == "contactless");
        bold.RunProperties!.Bold.ShouldNotBeNull();
        var italic = runs.Single(r => WordFile.VisibleText(r) == " payment ");
        italic.RunProperties!.Italic.ShouldNotBeNull();
        italic.GetFirstChild<W.Text>()!.Space!.Value.ShouldBe(SpaceProcessingModeValues.Preserve);
    }

    [Fact]
    public void Hostile_markup_is_written_as_escaped_text_never_as_elements()
    {
        using var file = Sample();
        var xml = WordFile.Xml(file.Main);

        xml.ShouldContain("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
        var parsed = XDocument.Parse(xml);
        parsed.Descendants().Select(e => e.Name.LocalName).ShouldNotContain("script");
        parsed.Descendants().Where(e => e.Name.LocalName == "b" && e.Name.NamespaceName.Length == 0).ShouldBeEmpty();
    }

    [Fact]
    public void Control_characters_invalid_in_XML_are_dropped_and_line_breaks_and_tabs_kept()
    {
        var document = new Document(SampleDocuments.Metadata() with { Title = "Title\u0007 with bell" },
        [
            new M.Paragraph(Inlines.Of("a\u0000b\u0001c\u001Fd\uFFFFe\uD800f")),
            new M.Paragraph(Inlines.Of("line one\r\nline two\vline three\ttabbed")),
        ]);

        using var file = new WordFile(DocxWriter.Write(document));

        file.ValidationErrors().ShouldBeEmpty();
        var written = file.BodyParagraphs.Select(WordFile.VisibleText).ToList();
        written.ShouldContain("abcd\uFFFDe\uFFFDf");
        written.ShouldContain("line one\nline two\nline three\ttabbed");
        file.Package.PackageProperties.Title.ShouldBe("Title with bell");
    }

    [Fact]
    public void The_table_of_contents_is_a_TOC_field_prefilled_with_every_heading_linked_to_its_bookmark()
    {
        using var file = Sample();
        var toc = file.Body.Elements<W.SdtBlock>().Single();
        var bookmarks = file.Body.Descendants<W.BookmarkStart>().Select(b => b.Name!.Value!).ToHashSet();

        toc.Descendants<W.FieldCode>().First().Text.ShouldBe(" TOC \\o \"1-3\" \\h \\z \\u ");
        WordFile.VisibleText(toc.Descendants<W.Paragraph>().First()).ShouldBe("Contents");

        var entries = toc.Descendants<W.Paragraph>().Skip(1).ToList();
        entries.Select(e => e.ParagraphProperties!.ParagraphStyleId!.Val!.Value).ShouldBe(["TOC1", "TOC2", "TOC1", "TOC3", "TOC1"]);
        entries.Select(e => WordFile.VisibleText(e).TrimEnd('\t'))
            .ShouldBe(SampleDocuments.EveryBlock().Headings.Select(h => h.Text));
        foreach (var entry in entries)
        {
            bookmarks.ShouldContain(entry.Descendants<W.Hyperlink>().Single().Anchor!.Value!);
        }

        // The field opens in the first entry and closes in the last one.
        entries[0].Descendants<W.FieldChar>().First().FieldCharType!.Value.ShouldBe(W.FieldCharValues.Begin);
        entries[^1].Descendants<W.FieldChar>().Last().FieldCharType!.Value.ShouldBe(W.FieldCharValues.End);
    }

    [Fact]
    public void Word_is_asked_to_update_fields_on_opening()
    {
        using var file = Sample();

        file.Main.DocumentSettingsPart!.Settings!.GetFirstChild<W.UpdateFieldsOnOpen>()!.Val!.Value.ShouldBeTrue();
    }

    [Fact]
    public void A_cover_comes_first_and_the_contents_start_on_a_new_page()
    {
        using var file = Sample();
        var cover = file.Body.Elements<W.Paragraph>().TakeWhile(p => p.NextSibling() is not W.SdtBlock).Append(file.Body.Elements<W.Paragraph>().Last(p => p.NextSibling() is W.SdtBlock)).Select(WordFile.VisibleText).ToList();

        file.StyleOf(file.Body.Elements<W.Paragraph>().First()).ShouldBe("Title");
        cover.ShouldBe(
        [
            "Technical specifications and requirements",
            "Smart public charging 2027 — " + SampleDocuments.Polish,
            "Contracting authority: City of " + SampleDocuments.Czech,
            "Reference: REF-2026/17 " + SampleDocuments.Markup,
            "Date: 2026-11-29",
            "Catalogue version: 2026.11.0",
        ]);
        file.Body.Elements<W.SdtBlock>().Single().Descendants<W.Paragraph>().First().ParagraphProperties!.PageBreakBefore.ShouldNotBeNull();
        var firstHeading = file.BodyParagraphs.First(p => file.StyleOf(p) == "Heading1");
        firstHeading.ParagraphProperties!.PageBreakBefore.ShouldNotBeNull();
    }

    [Fact]
    public void A_page_break_block_starts_the_next_heading_on_a_new_page_without_an_empty_line()
    {
        using var file = Sample();

        var grid = file.BodyParagraphs.Single(p => WordFile.VisibleText(p) == "2 Grid");
        grid.ParagraphProperties!.PageBreakBefore.ShouldNotBeNull();
        file.Body.Descendants<W.Break>().Where(b => b.Type?.Value == W.BreakValues.Page).ShouldBeEmpty();
    }

    [Fact]
    public void Each_numbered_list_restarts_at_one_and_bullets_use_List_Bullet()
    {
        using var file = Sample();
        var numbered = file.BodyParagraphs.Where(p => file.StyleOf(p) == "ListNumber").ToList();
        var numbering = file.Main.NumberingDefinitionsPart!.Numbering!;

        numbered.Select(WordFile.VisibleText).ShouldBe(["First", "Second", "Again first", "Again second"]);
        var ids = numbered.Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).ToList();
        ids[0].ShouldBe(ids[1]);
        ids[2].ShouldBe(ids[3]);
        ids[0].ShouldNotBe(ids[2]);
        foreach (var id in ids.Distinct())
        {
            var instance = numbering.Elements<W.NumberingInstance>().Single(n => n.NumberID!.Value == id);
            var levelOverride = instance.Elements<W.LevelOverride>().Single();
            levelOverride.LevelIndex!.Value.ShouldBe(0);
            levelOverride.StartOverrideNumberingValue!.Val!.Value.ShouldBe(1);
            var definition = numbering.Elements<W.AbstractNum>().Single(a => a.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value);
            definition.Elements<W.Level>().First().NumberingFormat!.Val!.Value.ShouldBe(W.NumberFormatValues.Decimal);
        }

        file.BodyParagraphs.Where(p => file.StyleOf(p) == "ListBullet").Select(WordFile.VisibleText)
            .ShouldBe([SampleDocuments.Polish, SampleDocuments.Greek, SampleDocuments.Czech, SampleDocuments.RightToLeft]);
    }

    [Fact]
    public void The_table_has_a_grid_from_the_width_hints_a_repeating_bold_header_and_every_row()
    {
        using var file = Sample();
        var table = file.Body.Descendants<W.Table>().Single();

        table.GetFirstChild<W.TableProperties>()!.TableStyle!.Val!.Value.ShouldBe("TableGrid");
        var width = table.GetFirstChild<W.TableProperties>()!.TableWidth!;
        (width.Type!.Value, width.Width!.Value).ShouldBe((W.TableWidthUnitValues.Pct, "5000"));

        var grid = table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        grid.Count.ShouldBe(3);
        grid.Sum().ShouldBe(PageLayout.TextWidth);
        ((double)grid[1] / grid[0]).ShouldBe(4, tolerance: 0.01);
        ((double)grid[2] / grid[0]).ShouldBe(2, tolerance: 0.01);

        var rows = table.Elements<W.TableRow>().ToList();
        rows.Count.ShouldBe(6);
        rows[0].TableRowProperties!.GetFirstChild<W.TableHeader>().ShouldNotBeNull();
        rows[0].Descendants<W.Run>().ShouldAllBe(r => r.RunProperties!.Bold != null);
        rows.Skip(1).ShouldAllBe(r => r.TableRowProperties == null);
        rows.SelectMany(r => r.Descendants<W.CantSplit>()).ShouldBeEmpty();
        rows.Skip(1).Select(r => WordFile.VisibleText(r.Elements<W.TableCell>().ElementAt(1)))
            .ShouldBe(Enumerable.Range(1, 5).Select(i => $"Requirement {i} {SampleDocuments.Markup}"));

        var alignments = rows[1].Elements<W.TableCell>().Select(c => c.GetFirstChild<W.Paragraph>()!.ParagraphProperties?.Justification?.Val?.Value).ToList();
        alignments.ShouldBe([W.JustificationValues.Right, null, W.JustificationValues.Center]);

        var caption = table.PreviousSibling<W.Paragraph>()!;
        (file.StyleOf(caption), WordFile.VisibleText(caption)).ShouldBe(("Caption", "Acceptance tests"));
    }

    [Fact]
    public void The_header_shows_the_reference_and_title_and_the_footer_page_X_of_Y()
    {
        using var file = Sample();
        var section = file.Body.GetFirstChild<W.SectionProperties>()!;
        var headerId = section.Elements<W.HeaderReference>().Single(r => r.Type!.Value == W.HeaderFooterValues.Default).Id!.Value!;
        var footerId = section.Elements<W.FooterReference>().Single(r => r.Type!.Value == W.HeaderFooterValues.Default).Id!.Value!;
        var header = ((HeaderPart)file.Main.GetPartById(headerId)).Header!;
        var footer = ((FooterPart)file.Main.GetPartById(footerId)).Footer!;

        WordFile.VisibleText(header).ShouldBe("REF-2026/17 " + SampleDocuments.Markup + "\tTechnical specifications and requirements");
        var instructions = footer.Descendants<W.FieldCode>().Select(f => f.Text.Trim()).ToList();
        instructions.ShouldBe(["PAGE", "NUMPAGES"]);
        footer.InnerText.ShouldStartWith("Page ");

        // The cover is a title page with an empty header: no text and no rule across it.
        section.GetFirstChild<W.TitlePage>().ShouldNotBeNull();
        var coverHeaderId = section.Elements<W.HeaderReference>().Single(r => r.Type!.Value == W.HeaderFooterValues.First).Id!.Value!;
        var coverHeader = ((HeaderPart)file.Main.GetPartById(coverHeaderId)).Header!;
        coverHeader.InnerText.ShouldBeEmpty();
        coverHeader.Descendants<W.ParagraphBorders>().ShouldBeEmpty();
    }

    [Fact]
    public void Without_a_reference_the_header_shows_the_tender_title()
    {
        var document = SampleDocuments.EveryBlock() with { Metadata = SampleDocuments.Metadata() with { Reference = null } };
        using var file = new WordFile(DocxWriter.Write(document));

        var headers = file.Main.HeaderParts.Select(h => WordFile.VisibleText(h.Header!)).ToList();
        headers.ShouldContain("Smart public charging 2027 — " + SampleDocuments.Polish + "\tTechnical specifications and requirements");
    }

    [Fact]
    public void The_page_is_A4_portrait()
    {
        using var file = Sample();
        var size = file.Body.GetFirstChild<W.SectionProperties>()!.GetFirstChild<W.PageSize>()!;

        (size.Width!.Value, size.Height!.Value).ShouldBe((11906u, 16838u));
    }

    [Fact]
    public void Core_properties_carry_title_subject_keywords_creator_date_and_language()
    {
        using var file = Sample();
        var properties = file.Package.PackageProperties;

        properties.Title.ShouldBe("Technical specifications and requirements");
        properties.Subject.ShouldBe("EV charging tender");
        properties.Keywords.ShouldBe("EV charging; AFIR");
        properties.Creator.ShouldBe("TenderBuilder");
        properties.Language.ShouldBe("en");
        properties.Created.ShouldBe(new DateTime(2026, 11, 29, 0, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Headings_carry_bookmarks_named_after_their_anchors_and_internal_links_point_to_them()
    {
        using var file = Sample();
        var bookmarks = file.Body.Descendants<W.BookmarkStart>().Select(b => b.Name!.Value!).ToList();
        var internalLinks = file.BodyParagraphs.SelectMany(p => p.Descendants<W.Hyperlink>()).Where(h => h.Anchor is not null).ToList();

        bookmarks.ShouldBe(["payment", "payment_1", "grid", "long_word", "empty"]);
        internalLinks.Count.ShouldBe(1);
        (internalLinks[0].Anchor!.Value, WordFile.VisibleText(internalLinks[0])).ShouldBe(("grid", "section 2"));
        file.BodyParagraphs.Single(p => WordFile.VisibleText(p) == "2 Grid").Descendants<W.BookmarkStart>().Single().Name!.Value.ShouldBe("grid");
    }

    [Fact]
    public void External_links_are_hyperlink_relationships_to_the_address()
    {
        using var file = Sample();
        var link = file.BodyParagraphs.SelectMany(p => p.Descendants<W.Hyperlink>()).Single(h => h.Id is not null);
        var relationship = file.Main.HyperlinkRelationships.Single(r => r.Id == link.Id!.Value);

        relationship.IsExternal.ShouldBeTrue();
        relationship.Uri.ShouldBe(new Uri("https://eur-lex.europa.eu/eli/reg/2023/1804/oj"));
        WordFile.VisibleText(link).ShouldBe("AFIR");
        link.Descendants<W.RunStyle>().Single().Val!.Value.ShouldBe("Hyperlink");
    }

    [Fact]
    public void Links_to_unsafe_schemes_or_unknown_anchors_stay_plain_text()
    {
        var document = new Document(SampleDocuments.Metadata(),
        [
            new M.Paragraph([new Link("run me", "javascript:alert(1)"), new TextRun(" "), new Link("nowhere", "#missing"), new TextRun(" "), new Link("broken", "not a url")]),
        ]);

        using var file = new WordFile(DocxWriter.Write(document));

        file.Body.Descendants<W.Hyperlink>().ShouldBeEmpty();
        file.Main.HyperlinkRelationships.ShouldBeEmpty();
        file.BodyParagraphs.Select(WordFile.VisibleText).ShouldContain("run me nowhere broken");
    }

    [Fact]
    public void Small_paragraphs_use_the_small_text_style()
    {
        using var file = Sample();

        file.StyleOf(file.BodyParagraphs.Single(p => WordFile.VisibleText(p) == "Verification: site acceptance test.")).ShouldBe("SmallText");
    }

    [Fact]
    public void Right_to_left_runs_are_marked_right_to_left()
    {
        using var file = Sample();

        var run = file.Body.Descendants<W.Run>().First(r => WordFile.VisibleText(r) == SampleDocuments.RightToLeft);
        run.RunProperties!.RightToLeftText.ShouldNotBeNull();
        file.Body.Descendants<W.Run>().Single(r => WordFile.VisibleText(r) == SampleDocuments.Polish).RunProperties.ShouldBeNull();
    }

    [Fact]
    public void A_document_with_only_metadata_writes_its_cover_and_validates()
    {
        var document = new Document(SampleDocuments.Metadata(), []);

        using var file = new WordFile(DocxWriter.Write(document));

        file.ValidationErrors().ShouldBeEmpty();
        file.BodyParagraphs.Select(WordFile.VisibleText).First().ShouldBe("Technical specifications and requirements");
        file.Package.PackageProperties.Title.ShouldBe("Technical specifications and requirements");
    }

    [Fact]
    public void A_table_of_contents_without_headings_still_holds_the_field_and_validates()
    {
        var document = new Document(SampleDocuments.Metadata() with { Authority = null, Reference = null }, [new TableOfContents("Contents"), new M.Paragraph(Inlines.Of("Text"))]);

        using var file = new WordFile(DocxWriter.Write(document));

        file.ValidationErrors().ShouldBeEmpty();
        file.Body.Descendants<W.FieldCode>().Single().Text.ShouldContain("TOC");
    }

    [Fact]
    public void Ragged_tables_are_padded_to_full_rows_and_tables_without_rows_keep_their_caption()
    {
        var document = new Document(SampleDocuments.Metadata(),
        [
            new M.Table([new Column(1), new Column(double.NaN)], [], [[Inlines.Of("only one cell")], [Inlines.Of("a"), Inlines.Of("b"), Inlines.Of("c")]], "Ragged"),
            new M.Table([new Column(1)], [], [], "Nothing yet"),
        ]);

        using var file = new WordFile(DocxWriter.Write(document));

        file.ValidationErrors().ShouldBeEmpty();
        var table = file.Body.Descendants<W.Table>().Single();
        table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Count().ShouldBe(3);
        table.Elements<W.TableRow>().ShouldAllBe(r => r.Elements<W.TableCell>().Count() == 3);
        file.BodyParagraphs.Select(WordFile.VisibleText).ShouldContain("Nothing yet");
    }

    [Fact]
    public void Content_left_as_default_arrays_writes_as_empty_text()
    {
        var document = new Document(SampleDocuments.Metadata(), [new Heading(1, default, "a"), new M.Paragraph(default)]);

        using var file = new WordFile(DocxWriter.Write(document));

        file.ValidationErrors().ShouldBeEmpty();
        file.BodyParagraphs.Count(p => file.StyleOf(p) == "Heading1").ShouldBe(1);
    }

    [Fact]
    public void Writing_to_a_stream_gives_the_same_document()
    {
        using var output = new MemoryStream();

        DocxWriter.Write(SampleDocuments.EveryBlock(), output);

        using var file = new WordFile(output.ToArray());
        file.ValidationErrors().ShouldBeEmpty();
        file.BodyParagraphs.Count.ShouldBe(Sample().BodyParagraphs.Count);
    }

    private static IEnumerable<string> TextsOf(Document document)
    {
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Heading heading:
                    yield return heading.Text;
                    break;
                case M.Paragraph paragraph:
                    yield return paragraph.Content.PlainText();
                    break;
                case ListBlock list:
                    foreach (var item in list.Items)
                    {
                        yield return item.PlainText();
                    }

                    break;
                case Note note:
                    foreach (var paragraph in note.Paragraphs)
                    {
                        yield return paragraph.Content.PlainText();
                    }

                    break;
                case M.Table table:
                    yield return table.Caption;
                    foreach (var cell in table.HeaderRows.Concat(table.Rows).SelectMany(r => r))
                    {
                        yield return cell.PlainText();
                    }

                    break;
            }
        }
    }
}
