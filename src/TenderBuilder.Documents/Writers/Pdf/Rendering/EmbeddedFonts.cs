using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace TenderBuilder.Documents.Writers.Pdf.Rendering;

/// <summary>
/// Serves the DejaVu Sans faces shipped inside this assembly (Bitstream Vera licence, see
/// Fonts/LICENSE.txt) to PDFsharp, so PDFs render the same on every server and need no fonts
/// installed. DejaVu Sans covers Latin (all EU languages), Greek, Cyrillic, Arabic and Hebrew.
/// </summary>
internal sealed class EmbeddedFonts : IFontResolver
{
    /// <summary>The family name the writer asks for; unique so it never clashes with an installed font.</summary>
    public const string Family = "TenderBuilder DejaVu Sans";

    private static readonly object s_gate = new();
    private static readonly ConcurrentDictionary<string, byte[]> s_faces = new(StringComparer.Ordinal);

    public static EmbeddedFonts Instance { get; } = new();

    /// <summary>
    /// Registers the resolver once per process. PDFsharp throws on every font lookup without a
    /// resolver and allows setting it only before the first lookup; when the host application
    /// has set its own, ours becomes the fallback (consulted for families the host does not know),
    /// so both work. No platform font settings are needed: nothing is looked up on the machine.
    /// </summary>
    public static void EnsureRegistered()
    {
        lock (s_gate)
        {
            var current = GlobalFontSettings.FontResolver;
            if (current is null)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
            else if (!ReferenceEquals(current, Instance) && GlobalFontSettings.FallbackFontResolver is null)
            {
                GlobalFontSettings.FallbackFontResolver = Instance;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new FontResolverInfo((bold, italic) switch
        {
            (true, true) => "DejaVuSans-BoldOblique",
            (true, false) => "DejaVuSans-Bold",
            (false, true) => "DejaVuSans-Oblique",
            _ => "DejaVuSans",
        });
    }

    public byte[]? GetFont(string faceName) => s_faces.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        var name = "TenderBuilder.Documents.Fonts." + faceName + ".ttf";
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("The embedded font " + name + " is missing from the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
