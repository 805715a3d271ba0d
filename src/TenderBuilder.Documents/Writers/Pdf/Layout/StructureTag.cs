namespace TenderBuilder.Documents.Writers.Pdf.Layout;

/// <summary>The structure elements of the tagged PDF that the layout opens and closes around content.</summary>
internal enum StructureTag
{
    Paragraph,
    Heading1,
    Heading2,
    Heading3,
    List,
    ListItem,
    Label,
    ListBody,
    Table,
    TableRow,
    TableHeaderCell,
    TableDataCell,
    TableOfContents,
    TableOfContentsItem,
    Division,
}
