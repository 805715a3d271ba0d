using System.Buffers;
using System.Buffers.Text;
using System.IO.Compression;

namespace TenderBuilder.Documents.Writers.Pdf.Rendering;

/// <summary>
/// Compresses the streams of a PDF that PDFsharp saved uncompressed (page contents, font
/// programs, ToUnicode maps) into complete zlib streams, and writes the cross-reference table
/// again for the new offsets. PDFsharp 6.2.4's own Flate encoder writes the zlib header and the
/// deflate data but never the Adler-32 checksum that ends a zlib stream, in every encode mode, so
/// strict readers (<c>qpdf --check</c>) warn on every page and every font; and the font programs
/// are subset and encoded inside <c>Save</c>, out of reach of its public API (ADR 0026).
/// </summary>
/// <remarks>
/// It reads only what PDFsharp writes: a classic cross-reference table in one section, each
/// stream object as <c>N 0 obj</c>, a compact dictionary with a direct <c>/Length</c>, and
/// <c>stream</c> … <c>endstream</c>. Any object of another shape is copied as it is (a valid,
/// uncompressed object), and a file of another shape is returned as it is; the tests check that
/// every stream comes out compressed and that <c>qpdf --check</c> finds nothing.
/// </remarks>
internal static class FlateStreams
{
    private const int EntryLength = 20;

    private static ReadOnlySpan<byte> StartXref => "startxref\n"u8;
    private static ReadOnlySpan<byte> XrefStart => "xref\n0 "u8;
    private static ReadOnlySpan<byte> StreamStart => ">>\nstream\n"u8;
    private static ReadOnlySpan<byte> StreamEnd => "\nendstream\nendobj\n"u8;
    private static ReadOnlySpan<byte> LengthKey => "/Length "u8;
    private static ReadOnlySpan<byte> FlateFilter => "/Filter/FlateDecode"u8;

    /// <summary>The file with its streams compressed, or the file as it is if it is not laid out as PDFsharp lays it out.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> pdf)
    {
        var startxref = pdf.LastIndexOf(StartXref);
        if (startxref < 0
            || !TryReadNumber(pdf[(startxref + StartXref.Length)..], out var xrefAt, out _)
            || xrefAt >= startxref
            || !pdf[xrefAt..].StartsWith(XrefStart)
            || !TryReadNumber(pdf[(xrefAt + XrefStart.Length)..], out var count, out var countDigits))
        {
            return pdf.ToArray();
        }

        var entriesAt = xrefAt + XrefStart.Length + countDigits + 1;
        var entriesEnd = entriesAt + (count * EntryLength);
        if (pdf[entriesAt - 1] != '\n' || entriesEnd > startxref)
        {
            return pdf.ToArray();
        }

        // Objects in the order they stand in the file; each runs to the next one (the last to the table).
        var inFile = new List<(int Offset, int Number)>(count);
        for (var number = 0; number < count; number++)
        {
            var entry = pdf.Slice(entriesAt + (number * EntryLength), EntryLength);
            if (entry[17] == 'n')
            {
                if (!TryReadNumber(entry[..10], out var offset, out _) || offset >= xrefAt)
                {
                    return pdf.ToArray();
                }

                inFile.Add((offset, number));
            }
        }

        if (inFile.Count == 0)
        {
            return pdf.ToArray();
        }

        inFile.Sort();

        // The compressed file is smaller than the plain one, so this buffer is never copied to grow.
        var output = new ArrayBufferWriter<byte>(pdf.Length);
        var scratch = new MemoryStream();
        output.Write(pdf[..inFile[0].Offset]);
        var newOffsets = new int[count];
        for (var i = 0; i < inFile.Count; i++)
        {
            var end = i + 1 < inFile.Count ? inFile[i + 1].Offset : xrefAt;
            newOffsets[inFile[i].Number] = output.WrittenCount;
            WriteObject(pdf[inFile[i].Offset..end], output, scratch);
        }

        var newXrefAt = output.WrittenCount;
        output.Write(pdf[xrefAt..entriesAt]);
        for (var number = 0; number < count; number++)
        {
            var entry = pdf.Slice(entriesAt + (number * EntryLength), EntryLength);
            if (entry[17] == 'n')
            {
                WriteNumber(output, newOffsets[number], new StandardFormat('D', 10));
                output.Write(entry[10..]);
            }
            else
            {
                output.Write(entry);
            }
        }

        // The trailer (with the document's /ID) as PDFsharp wrote it, then where the table now starts.
        output.Write(pdf[entriesEnd..(startxref + StartXref.Length)]);
        WriteNumber(output, newXrefAt, default);
        output.Write("\n%%EOF\n"u8);
        return output.WrittenSpan.ToArray();
    }

    private static void WriteObject(ReadOnlySpan<byte> obj, ArrayBufferWriter<byte> output, MemoryStream scratch)
    {
        var dictionaryEnd = obj.IndexOf(StreamStart);
        if (dictionaryEnd < 0 || !obj.EndsWith(StreamEnd))
        {
            output.Write(obj);
            return;
        }

        var dictionary = obj[..dictionaryEnd];
        var data = obj[(dictionaryEnd + StreamStart.Length)..^StreamEnd.Length];
        var lengthAt = dictionary.IndexOf(LengthKey);
        var valueAt = lengthAt + LengthKey.Length;

        // XMP metadata stays plain text, as PDFsharp leaves it, for tools that read it without a PDF parser.
        if (dictionary.IndexOf("/Filter"u8) >= 0
            || dictionary.IndexOf("/Type/Metadata"u8) >= 0
            || lengthAt < 0
            || dictionary.LastIndexOf(LengthKey) != lengthAt
            || !TryReadNumber(dictionary[valueAt..], out var length, out var lengthDigits)
            || length != data.Length)
        {
            output.Write(obj);
            return;
        }

        var compressed = Zlib(data, scratch);
        output.Write(dictionary[..valueAt]);
        WriteNumber(output, compressed.Length, default);
        output.Write(FlateFilter);
        output.Write(dictionary[(valueAt + lengthDigits)..]);
        output.Write(StreamStart);
        output.Write(compressed);
        output.Write(StreamEnd);
    }

    /// <summary>Header, deflate data and the Adler-32 checksum: a whole zlib stream (RFC 1950).</summary>
    private static ReadOnlySpan<byte> Zlib(ReadOnlySpan<byte> data, MemoryStream scratch)
    {
        // One buffer for every stream of the file: it is written out before the next one is compressed.
        scratch.SetLength(0);
        using (var zlib = new ZLibStream(scratch, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return scratch.GetBuffer().AsSpan(0, (int)scratch.Length);
    }

    private static bool TryReadNumber(ReadOnlySpan<byte> text, out int value, out int digits)
        => Utf8Parser.TryParse(text, out value, out digits, 'D') && digits > 0 && value >= 0;

    private static void WriteNumber(ArrayBufferWriter<byte> output, int value, StandardFormat format)
    {
        var span = output.GetSpan(16);
        Utf8Formatter.TryFormat(value, span, out var written, format);
        output.Advance(written);
    }
}
