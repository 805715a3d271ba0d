using System.IO.Packaging;

namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>
/// How the parts of a Word or Excel file are compressed. Deflating the XML at the fastest level
/// took a share of each file's time for files a tenth or so larger, which the package's ZIP stores as
/// they are; the fast level writes them in about half the time.
/// </summary>
internal static class PackageCompression
{
    public const CompressionOption Option = CompressionOption.Fast;
}
