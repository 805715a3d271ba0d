using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Words;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Writers.Docx;

namespace TenderBuilder.Documents.Writers.Xlsx;

/// <summary>
/// Writes the compliance matrix a bidder returns with the tender: an Excel (.xlsx) workbook with
/// one row per requirement of the specification, the selection and award criteria and the
/// contract annex, numbered as in those documents ("TS 2.3", "SC 1", "AC 2", "CP 1.2"), with
/// drop-down answers, evidence and comment columns, a second sheet with the award weights and,
/// when the tender lists sites, a third with every site.
/// </summary>
/// <remarks>
/// The file is for bidders: it holds what the published documents hold and nothing of the
/// authority's drafting data (strength, source verification, explanations). Every text is a
/// string cell, never a formula, so text such as "=HYPERLINK(…)" stays text in any spreadsheet.
/// </remarks>
public static class ComplianceMatrixWriter
{
    /// <summary>The document title, as it appears in the file's properties.</summary>
    public const string Title = "Compliance matrix";

    /// <summary>Writes the compliance matrix of <paramref name="package"/> and returns the .xlsx file's bytes.</summary>
    /// <param name="package">The evaluated tender.</param>
    /// <returns>The bytes of a SpreadsheetML package.</returns>
    public static byte[] Write(TenderPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        using var stream = new MemoryStream();
        WritePackage(package, stream);
        return stream.ToArray();
    }

    private static void WritePackage(TenderPackage package, Stream stream)
    {
        var metadata = TenderDocuments.Metadata(package, Title, "compliance-matrix", Audience.Bidders);
        var numbers = ClauseNumbers.For(package);
        var rows = MatrixRow.For(package, numbers);
        var weights = AwardWeight.For(package, numbers);
        var referenceLine = ReferenceLine(metadata);
        var strings = new SharedStrings();

        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = MatrixStyles.Build(AwardWeight.Decimals(weights));

        var matrixPart = workbookPart.AddNewPart<WorksheetPart>();
        matrixPart.Worksheet = ComplianceSheet.Build(new SheetWriter(strings), rows, metadata.TenderTitle, referenceLine, metadata.Reference);
        var scoringPart = workbookPart.AddNewPart<WorksheetPart>();
        scoringPart.Worksheet = ScoringSheet.Build(new SheetWriter(strings), weights, metadata.TenderTitle, referenceLine, metadata.Reference);
        WorksheetPart? sitesPart = null;
        if (!package.Sites.IsEmpty)
        {
            sitesPart = workbookPart.AddNewPart<WorksheetPart>();
            sitesPart.Worksheet = SitesSheet.Build(new SheetWriter(strings), package, ScopeWords.English, metadata.TenderTitle, referenceLine, metadata.Reference);
        }

        // Written last: the sheets are what fill it.
        workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();

        var sheets = new Sheets(
            new Sheet { Name = ComplianceSheet.Name, SheetId = 1, Id = workbookPart.GetIdOfPart(matrixPart) },
            new Sheet { Name = ScoringSheet.Name, SheetId = 2, Id = workbookPart.GetIdOfPart(scoringPart) });
        var names = new DefinedNames(
            // Excel keeps the filter's range under this hidden name; without it some versions
            // drop the filter buttons on the first save.
            new DefinedName($"'{ComplianceSheet.Name}'!{ComplianceSheet.TableRange(rows.Count)}")
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = 0,
                Hidden = true,
            },
            // The header row repeats on every printed page.
            new DefinedName($"'{ComplianceSheet.Name}'!${ComplianceSheet.HeaderRow}:${ComplianceSheet.HeaderRow}")
            {
                Name = "_xlnm.Print_Titles",
                LocalSheetId = 0,
            });
        if (sitesPart is not null)
        {
            var sitesName = ScopeWords.English.SheetName;
            sheets.Append(new Sheet { Name = sitesName, SheetId = 3, Id = workbookPart.GetIdOfPart(sitesPart) });
            // Defined names are kept sorted by name, then by sheet, as Excel writes them.
            names.InsertAt(new DefinedName($"'{sitesName}'!{SitesSheet.TableRange(package)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 2, Hidden = true }, 1);
            names.Append(new DefinedName($"'{sitesName}'!${SitesSheet.HeaderRow}:${SitesSheet.HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = 2 });
        }

        workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheets, names);

        PackagePartsWriter.CoreProperties(document.PackageProperties, metadata, LanguageTag.Normalise(metadata.Language));
    }

    private static string ReferenceLine(DocumentMetadata metadata)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(metadata.Reference))
        {
            parts.Add($"Reference: {metadata.Reference}");
        }

        if (!string.IsNullOrWhiteSpace(metadata.Authority))
        {
            parts.Add($"Contracting authority: {metadata.Authority}");
        }

        return string.Join(" · ", parts);
    }
}
