using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TenderBuilder.Documents.Tests.Writers.Docx;

/// <summary>A written .docx opened read-only, with the queries the tests share.</summary>
internal sealed class WordFile : IDisposable
{
    private readonly MemoryStream _stream;

    public WordFile(byte[] bytes)
    {
        _stream = new MemoryStream(bytes);
        Package = WordprocessingDocument.Open(_stream, false);
    }

    public WordprocessingDocument Package { get; }

    public MainDocumentPart Main => Package.MainDocumentPart ?? throw new InvalidOperationException("No main document part.");

    public W.Body Body => Main.Document?.Body ?? throw new InvalidOperationException("No body.");

    /// <summary>The body's paragraphs outside the table of contents, as a reader sees them.</summary>
    public IReadOnlyList<W.Paragraph> BodyParagraphs =>
        [.. Body.Descendants<W.Paragraph>().Where(p => !p.Ancestors<W.SdtBlock>().Any())];

    public string? StyleOf(W.Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    /// <summary>The raw XML of a part, exactly as stored in the package.</summary>
    public static string Xml(OpenXmlPart part)
    {
        using var reader = new StreamReader(part.GetStream(FileMode.Open, FileAccess.Read), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The text a reader sees: text, tabs and line breaks, without field instructions.</summary>
    public static string VisibleText(OpenXmlElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Descendants())
        {
            switch (node)
            {
                case W.Text t:
                    text.Append(t.Text);
                    break;
                case W.TabChar:
                    text.Append('\t');
                    break;
                case W.Break:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Validation errors against the given Office version, formatted to read in a failure message.</summary>
    public IReadOnlyList<string> ValidationErrors(FileFormatVersions version = FileFormatVersions.Microsoft365) =>
        [.. new OpenXmlValidator(version).Validate(Package).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];

    public void Dispose()
    {
        Package.Dispose();
        _stream.Dispose();
    }
}
