using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Words;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Words;
using TenderBuilder.Documents.Writers.Docx;

namespace TenderBuilder.Documents.Writers.Xlsx;

/// <summary>
/// Writes the compliance matrix a bidder returns with the tender: an Excel (.xlsx) workbook with
/// one row per requirement of the specification, the selection and award criteria and the
/// contract annex, numbered as in those documents ("TS 2.3", "SC 1", "AC 2", "CP 1.2"), with
/// drop-down answers, evidence and comment columns, a second sheet with the award weights, when
/// the authority pays the other party a price schedule, and when the tender lists sites a sheet
/// with every site.
/// </summary>
/// <remarks>
/// The file is for bidders: it holds what the published documents hold and nothing of the
/// authority's drafting data (strength, source verification, explanations). Every text is a
/// string cell, never a formula, so text such as "=HYPERLINK(…)" stays text in any spreadsheet;
/// the only formulas are the price schedule's totals, which the writer builds from cell references.
/// </remarks>
public static class ComplianceMatrixWriter
{
    /// <summary>The English document title, as it appears in the file's properties.</summary>
    public static string Title => MatrixWords.English.Title;

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
        var words = MatrixWords.For(package.Language);
        var metadata = TenderDocuments.Metadata(package, words.Title, "compliance-matrix", Audience.Bidders);
        var numbers = ClauseNumbers.For(package);
        var rows = MatrixRow.For(package, numbers);
        var weights = AwardWeight.For(package, numbers);
        var referenceLine = ReferenceLine(metadata, words);
        var strings = new SharedStrings();

        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        document.CompressionOption = Docx.PackageCompression.Option;
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = MatrixStyles.Build(AwardWeight.Decimals(weights));

        var withPrices = PriceScheduleSheet.AppliesTo(package);
        var matrixPart = workbookPart.AddNewPart<WorksheetPart>();
        matrixPart.Worksheet = ComplianceSheet.Build(new SheetWriter(strings), rows, package.Framing.Regime, metadata.TenderTitle, referenceLine, metadata.Reference, withPrices, words, package.Language);
        // A permit is granted, not awarded: its ranking, where permits are limited, is in the
        // selection document, and a sheet about award scoring would tell applicants otherwise.
        WorksheetPart? scoringPart = null;
        if (package.Framing.HasAwardCriteria)
        {
            scoringPart = workbookPart.AddNewPart<WorksheetPart>();
            scoringPart.Worksheet = ScoringSheet.Build(new SheetWriter(strings), weights, metadata.TenderTitle, referenceLine, metadata.Reference, words);
        }

        WorksheetPart? pricesPart = null;
        if (withPrices)
        {
            pricesPart = workbookPart.AddNewPart<WorksheetPart>();
            pricesPart.Worksheet = package.Framing.AuthorityPays
                ? PriceScheduleSheet.Build(new SheetWriter(strings), package, numbers, metadata.TenderTitle, referenceLine, metadata.Reference)
                : ConcessionPriceSchedule.Build(new SheetWriter(strings), package, numbers, metadata.TenderTitle, referenceLine, metadata.Reference);
        }

        WorksheetPart? sitesPart = null;
        if (!package.Sites.IsEmpty)
        {
            sitesPart = workbookPart.AddNewPart<WorksheetPart>();
            sitesPart.Worksheet = SitesSheet.Build(new SheetWriter(strings), package, ScopeWords.For(package.Language), metadata.TenderTitle, referenceLine, metadata.Reference);
        }

        // Written last: the sheets are what fill it.
        workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();

        // Tabs in the order a bidder works through them: requirements, scoring, prices, sites.
        var sheets = new Sheets(new Sheet { Name = words.MatrixSheet, SheetId = 1, Id = workbookPart.GetIdOfPart(matrixPart) });
        if (scoringPart is not null)
        {
            sheets.Append(new Sheet { Name = words.ScoringSheet, SheetId = 2, Id = workbookPart.GetIdOfPart(scoringPart) });
        }

        // Excel keeps each filter's range under a hidden name; without it some versions drop the
        // filter buttons on the first save. Print titles repeat a sheet's header row on every page.
        var filters = new List<DefinedName>
        {
            new($"{Quoted(words.MatrixSheet)}!{ComplianceSheet.TableRange(rows.Count)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true },
        };
        var titles = new List<DefinedName>
        {
            new($"{Quoted(words.MatrixSheet)}!${ComplianceSheet.HeaderRow}:${ComplianceSheet.HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 },
        };
        if (pricesPart is not null)
        {
            var position = (uint)sheets.ChildElements.Count;
            sheets.Append(new Sheet { Name = words.PriceSheet, SheetId = 4, Id = workbookPart.GetIdOfPart(pricesPart) });
            titles.Add(new($"{Quoted(words.PriceSheet)}!${PriceScheduleSheet.HeaderRow}:${PriceScheduleSheet.HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = position });
        }

        if (sitesPart is not null)
        {
            var sitesName = ScopeWords.For(package.Language).SheetName;
            var position = (uint)sheets.ChildElements.Count;
            sheets.Append(new Sheet { Name = sitesName, SheetId = 3, Id = workbookPart.GetIdOfPart(sitesPart) });
            filters.Add(new($"{Quoted(sitesName)}!{SitesSheet.TableRange(package)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = position, Hidden = true });
            titles.Add(new($"{Quoted(sitesName)}!${SitesSheet.HeaderRow}:${SitesSheet.HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = position });
        }

        // Defined names are kept sorted by name, then by sheet, as Excel writes them.
        var workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheets, new DefinedNames([.. filters, .. titles]));
        if (pricesPart is not null && package.Framing.AuthorityPays)
        {
            // The totals are formulas written with cached zeros; recalculating on opening keeps
            // them right even in a reader that saved the file with prices filled in elsewhere.
            workbook.Append(new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
        }

        workbookPart.Workbook = workbook;

        PackagePartsWriter.CoreProperties(document.PackageProperties, metadata, LanguageTag.Normalise(metadata.Language));
    }

    // A sheet's name in a reference: in quotes, an apostrophe of the name doubled (a translated name may have one).
    private static string Quoted(string sheet) => "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string ReferenceLine(DocumentMetadata metadata, MatrixWords words)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(metadata.Reference))
        {
            parts.Add($"{words.Reference}: {metadata.Reference}");
        }

        if (!string.IsNullOrWhiteSpace(metadata.Authority))
        {
            parts.Add($"{words.Authority}: {metadata.Authority}");
        }

        return string.Join(" · ", parts);
    }
}
