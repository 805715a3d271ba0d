using PdfSharp.Pdf;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Writers.Docx;
using TenderBuilder.Documents.Writers.Pdf.Layout;

namespace TenderBuilder.Documents.Writers.Pdf.Rendering;

/// <summary>
/// Title, author, subject, keywords, creator, dates and the document language (catalog /Lang,
/// which screen readers use to pick a voice). Dates are the package date, not the clock, so
/// the same input gives the same properties, as in the Word writer.
/// </summary>
internal static class MetadataWriter
{
    private const string Creator = "TenderBuilder";

    public static void Write(PdfDocument pdf, DocumentMetadata metadata)
    {
        var info = pdf.Info;
        info.Title = PdfText.CleanSingleLine(metadata.Title);
        info.Author = string.IsNullOrWhiteSpace(metadata.Authority) ? Creator : PdfText.CleanSingleLine(metadata.Authority);
        info.Subject = PdfText.CleanSingleLine(metadata.Subject ?? metadata.TenderTitle);
        info.Keywords = PdfText.CleanSingleLine(string.Join("; ", metadata.Keywords.IsDefault ? [] : metadata.Keywords));
        info.Creator = Creator;
        var date = metadata.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        info.CreationDate = date;
        info.ModificationDate = date;
        pdf.Language = LanguageTag.Normalise(metadata.Language);

        // The title bar shows the title, not the file name (PDF/UA asks for this).
        pdf.ViewerPreferences.DisplayDocTitle = true;
    }
}
