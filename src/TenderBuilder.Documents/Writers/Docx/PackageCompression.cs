using System.IO.Packaging;

namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>
/// How the parts of a Word or Excel file are compressed. Deflating the XML at the normal level took
/// a large share of each file's time; the fast level writes them in about half the time, for files
/// about a third larger, which the package's ZIP stores as they are.
/// </summary>
internal static class PackageCompression
{
    public const CompressionOption Option = CompressionOption.Fast;
}
