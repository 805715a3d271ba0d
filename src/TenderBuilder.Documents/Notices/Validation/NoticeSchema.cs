using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace TenderBuilder.Documents.Notices.Validation;

/// <summary>One way a notice breaks its XSD: the message and the element it concerns.</summary>
/// <param name="Message">The schema processor's message.</param>
/// <param name="Location">The element's path from the root, with positions (<c>/ContractNotice/cac:ProcurementProjectLot[1]/…</c>).</param>
public sealed record SchemaProblem(string Message, string Location);

/// <summary>
/// Checks a notice against the SDK's XSD for its document type, in process. The compiled schema
/// set is kept per file, so only the first notice pays for reading the UBL schemas.
/// </summary>
public static class NoticeSchema
{
    private static readonly ConcurrentDictionary<string, Lazy<XmlSchemaSet>> Sets = new(StringComparer.Ordinal);

    /// <summary>The problems of a notice against the XSD at a path; none when it is valid.</summary>
    public static IReadOnlyList<SchemaProblem> Check(XDocument notice, string schemaFile)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var set = Compiled(schemaFile);
        var problems = new List<SchemaProblem>();
        notice.Validate(set, (sender, e) => problems.Add(new SchemaProblem(e.Message, PathOf(sender as XObject))), addSchemaInfo: false);
        return problems;
    }

    /// <summary>
    /// Compiles the XSD at a path now, so a later <see cref="Check"/> does not wait for it (reading
    /// the UBL schemas is a tenth of a second of one core).
    /// </summary>
    public static void Prepare(string schemaFile) => Compiled(schemaFile);

    private static XmlSchemaSet Compiled(string schemaFile) =>
        Sets.GetOrAdd(Path.GetFullPath(schemaFile), file => new Lazy<XmlSchemaSet>(() => Compile(file))).Value;

    private static XmlSchemaSet Compile(string file)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"The eForms XSD {file} was not found; check the eForms SDK folder.", file);
        }

        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        using (var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }

    private static string PathOf(XObject? item)
    {
        var element = item as XElement ?? item?.Parent;
        if (element is null)
        {
            return "/";
        }

        var steps = new Stack<string>();
        for (var current = element; current is not null; current = current.Parent)
        {
            var prefix = current.GetPrefixOfNamespace(current.Name.Namespace);
            var name = string.IsNullOrEmpty(prefix) ? current.Name.LocalName : prefix + ":" + current.Name.LocalName;
            var position = current.Parent is null ? 0 : current.ElementsBeforeSelf(current.Name).Count() + 1;
            steps.Push(position > 0 ? $"{name}[{position}]" : name);
        }

        return "/" + string.Join('/', steps);
    }
}
