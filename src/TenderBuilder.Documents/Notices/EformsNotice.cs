using System.Xml.Linq;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Notices.Mapping;
using TenderBuilder.Documents.Notices.Sdk;
using TenderBuilder.Documents.Notices.Validation;
using TenderBuilder.Documents.Notices.Xml;

namespace TenderBuilder.Documents.Notices;

/// <summary>A generated eForms notice: its XML, what it was composed from and its XSD check.</summary>
/// <param name="Composed">The composed notice (subtype, language, the sources of its fields).</param>
/// <param name="Xml">The notice.</param>
/// <param name="SchemaProblems">Its problems against the SDK's XSD; none when valid.</param>
/// <param name="Missing">The fields the SDK makes mandatory for the subtype that it lacks.</param>
public sealed record EformsNotice(ComposedNotice Composed, XDocument Xml, IReadOnlyList<SchemaProblem> SchemaProblems, IReadOnlyList<MissingField> Missing)
{
    /// <summary>Whether the in-process checks (XSD, mandatory fields) found nothing.</summary>
    public bool IsComplete => SchemaProblems.Count == 0 && Missing.Count == 0;

    /// <summary>The file name in the package.</summary>
    public string FileName => $"eforms-notice-{Composed.Subtype.Id}.xml";

    /// <summary>The file name in the package of a notice of <paramref name="subtype"/> (the SDK's subtype id is its number).</summary>
    public static string FileNameFor(NoticeSubtype subtype) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"eforms-notice-{(int)subtype}.xml");

    /// <summary>Composes, writes and checks the notice of a package.</summary>
    public static EformsNotice Build(TenderPackage package, NoticeSubtype subtype, EformsSdk sdk)
    {
        var composed = NoticeComposer.Compose(package, subtype, sdk);
        var xml = NoticeXmlWriter.Write(composed.Root, sdk, composed.DocumentType, composed.LanguageId);
        return new EformsNotice(composed, xml, NoticeSchema.Check(xml, composed.DocumentType.SchemaFile), NoticeCompleteness.Check(composed, sdk));
    }

    /// <summary>
    /// Compiles the XSDs of the notices TenderBuilder writes, so that building a package later does
    /// not wait for them: a program that builds once (the command line) does this while it reads
    /// its input.
    /// </summary>
    public static void PrepareSchemas(EformsSdk sdk)
    {
        ArgumentNullException.ThrowIfNull(sdk);
        foreach (var subtype in Enum.GetValues<NoticeSubtype>())
        {
            NoticeSchema.Prepare(sdk.Notice(subtype).DocumentType.SchemaFile);
        }
    }

    /// <summary>The XML as UTF-8 text, indented.</summary>
    public string Text() => Xml.Declaration + Environment.NewLine + Xml.Root!.ToString(SaveOptions.None);
}
