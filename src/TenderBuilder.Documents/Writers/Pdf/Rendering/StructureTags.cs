using PdfSharp.UniversalAccessibility;
using TenderBuilder.Documents.Writers.Pdf.Layout;

namespace TenderBuilder.Documents.Writers.Pdf.Rendering;

/// <summary>Opens the PDFsharp structure element for each tag the layout uses.</summary>
internal static class StructureTags
{
    public static void Begin(StructureBuilder builder, StructureTag tag)
    {
        switch (tag)
        {
            case StructureTag.TableOfContents:
                builder.BeginElement(PdfGroupingElementTag.TableOfContents);
                break;
            case StructureTag.TableOfContentsItem:
                builder.BeginElement(PdfGroupingElementTag.TableOfContentsItem);
                break;
            case StructureTag.Division:
                builder.BeginElement(PdfGroupingElementTag.Division);
                break;
            case StructureTag.TableHeaderCell:
                builder.BeginElement(PdfBlockLevelElementTag.TableHeaderCell);

                // Header cells head their column; the builder has no call for the scope attribute.
                builder.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/Column");
                break;
            default:
                builder.BeginElement(BlockLevel(tag));
                break;
        }
    }

    private static PdfBlockLevelElementTag BlockLevel(StructureTag tag) => tag switch
    {
        StructureTag.Paragraph => PdfBlockLevelElementTag.Paragraph,
        StructureTag.Heading1 => PdfBlockLevelElementTag.Heading1,
        StructureTag.Heading2 => PdfBlockLevelElementTag.Heading2,
        StructureTag.Heading3 => PdfBlockLevelElementTag.Heading3,
        StructureTag.List => PdfBlockLevelElementTag.List,
        StructureTag.ListItem => PdfBlockLevelElementTag.ListItem,
        StructureTag.Label => PdfBlockLevelElementTag.Label,
        StructureTag.ListBody => PdfBlockLevelElementTag.ListBody,
        StructureTag.Table => PdfBlockLevelElementTag.Table,
        StructureTag.TableRow => PdfBlockLevelElementTag.TableRow,
        StructureTag.TableHeaderCell => PdfBlockLevelElementTag.TableHeaderCell,
        StructureTag.TableDataCell => PdfBlockLevelElementTag.TableDataCell,
        _ => throw new ArgumentOutOfRangeException(nameof(tag), tag, "Not a block-level tag."),
    };
}
