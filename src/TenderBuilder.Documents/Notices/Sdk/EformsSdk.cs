using System.Collections.Concurrent;
using System.Text.Json;

namespace TenderBuilder.Documents.Notices.Sdk;

/// <summary>A node of the notice's XML structure (the SDK's <c>xmlStructure</c>).</summary>
public sealed record SdkNode(string Id, string? ParentId, IReadOnlyList<XpathStep> Steps, IReadOnlyList<int> Order, bool Repeatable);

/// <summary>A field of the SDK (a business term or a technical field) and where it lives.</summary>
public sealed record SdkField(
    string Id,
    string Name,
    string ParentNodeId,
    IReadOnlyList<XpathStep> Steps,
    IReadOnlyList<int> Order,
    string Type,
    bool Repeatable,
    IReadOnlyList<string> Attributes,
    string? AttributeOf,
    string? PresetValue,
    string? CodeList,
    int? MaxLength,
    IReadOnlySet<string> MandatoryIn,
    IReadOnlySet<string> ForbiddenIn);

/// <summary>A notice subtype of the SDK: its document type, legal basis, form type and notice type.</summary>
public sealed record SdkSubtype(string Id, string DocumentType, string LegalBasis, string FormType, string NoticeType);

/// <summary>A document type: the root element and its namespaces, and the XSD that checks it.</summary>
public sealed record SdkDocumentType(string Id, string RootElement, string Namespace, string SchemaFile, IReadOnlyDictionary<string, string> Namespaces);

/// <summary>
/// One version of the eForms SDK, read from its folder (docs/eforms.md): the field and node
/// definitions, the notice subtypes and document types, and the paths of its schemas. The files
/// are read, never copied into code, so an SDK upgrade is a change of folder (and of mapping where
/// fields changed). Loaded once per folder.
/// </summary>
public sealed class EformsSdk
{
    private static readonly ConcurrentDictionary<string, Lazy<EformsSdk>> Loaded = new(StringComparer.Ordinal);

    private readonly Dictionary<string, int> _sequenceOrders;

    private EformsSdk(string folder, string version, Dictionary<string, SdkNode> nodes, Dictionary<string, SdkField> fields,
        Dictionary<string, SdkSubtype> subtypes, Dictionary<string, SdkDocumentType> documentTypes, Dictionary<string, int> sequenceOrders)
    {
        _sequenceOrders = sequenceOrders;
        Folder = folder;
        Version = version;
        Nodes = nodes;
        Fields = fields;
        Subtypes = subtypes;
        DocumentTypes = documentTypes;
    }

    /// <summary>The SDK's folder.</summary>
    public string Folder { get; }

    /// <summary>Its version, e.g. <c>1.15.1</c>.</summary>
    public string Version { get; }

    /// <summary>The customisation identifier notices of this SDK carry (OPT-002), e.g. <c>eforms-sdk-1.15</c>.</summary>
    public string CustomizationId => "eforms-sdk-" + string.Join('.', Version.Split('.').Take(2));

    /// <summary>Nodes by id.</summary>
    public IReadOnlyDictionary<string, SdkNode> Nodes { get; }

    /// <summary>Fields by id.</summary>
    public IReadOnlyDictionary<string, SdkField> Fields { get; }

    /// <summary>Notice subtypes by id (<c>16</c>, <c>19</c>, …).</summary>
    public IReadOnlyDictionary<string, SdkSubtype> Subtypes { get; }

    /// <summary>Document types by id (<c>CN</c>, …).</summary>
    public IReadOnlyDictionary<string, SdkDocumentType> DocumentTypes { get; }

    /// <summary>The SDK in a folder, read once per process.</summary>
    public static EformsSdk Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var full = Path.GetFullPath(folder);
        return Loaded.GetOrAdd(full, f => new Lazy<EformsSdk>(() => Read(f))).Value;
    }

    /// <summary>The field with an id, or a clear error naming it.</summary>
    public SdkField Field(string id) =>
        Fields.TryGetValue(id, out var field) ? field : throw new KeyNotFoundException($"The eForms SDK {Version} has no field {id}.");

    /// <summary>The SDK's definition of a notice subtype TenderBuilder writes, and that subtype's document type (root element, XSD).</summary>
    public (SdkSubtype Subtype, SdkDocumentType DocumentType) Notice(TenderBuilder.Core.Framing.NoticeSubtype subtype)
    {
        var sdkSubtype = Subtypes[((int)subtype).ToString(System.Globalization.CultureInfo.InvariantCulture)];
        return (sdkSubtype, DocumentTypes[sdkSubtype.DocumentType]);
    }

    /// <summary>The node with an id, or a clear error naming it.</summary>
    public SdkNode Node(string id) =>
        Nodes.TryGetValue(id, out var node) ? node : throw new KeyNotFoundException($"The eForms SDK {Version} has no node {id}.");

    /// <summary>
    /// The XSD sequence position of the element at a path of plain names from the root
    /// (<c>/*/cac:ProcurementProjectLot/cbc:ID</c>), where some definition places it.
    /// </summary>
    public int? SequenceOrder(string plainPath) => _sequenceOrders.TryGetValue(plainPath, out var order) ? order : null;

    private static EformsSdk Read(string folder)
    {
        var fieldsFile = Path.Combine(folder, "fields", "fields.json");
        var typesFile = Path.Combine(folder, "notice-types", "notice-types.json");
        if (!File.Exists(fieldsFile) || !File.Exists(typesFile))
        {
            throw new DirectoryNotFoundException($"No eForms SDK in {folder}: fields/fields.json and notice-types/notice-types.json were expected there.");
        }

        using var fieldsJson = JsonDocument.Parse(File.ReadAllBytes(fieldsFile));
        var root = fieldsJson.RootElement;
        // fields.json names its version "eforms-sdk-1.15.1"; the version proper is the number.
        var version = root.GetProperty("sdkVersion").GetString()!.Replace("eforms-sdk-", "", StringComparison.Ordinal);
        var nodes = new Dictionary<string, SdkNode>(StringComparer.Ordinal);
        var sequenceOrders = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in root.GetProperty("xmlStructure").EnumerateArray())
        {
            var id = node.GetProperty("id").GetString()!;
            Remember(sequenceOrders, node);
            nodes[id] = new SdkNode(
                id,
                node.TryGetProperty("parentId", out var parent) ? parent.GetString() : null,
                XpathSteps.Parse(node.GetProperty("xpathRelative").GetString()!),
                Order(node),
                node.GetProperty("repeatable").GetBoolean());
        }

        var fields = new Dictionary<string, SdkField>(StringComparer.Ordinal);
        foreach (var field in root.GetProperty("fields").EnumerateArray())
        {
            var id = field.GetProperty("id").GetString()!;
            Remember(sequenceOrders, field);
            fields[id] = new SdkField(
                id,
                field.GetProperty("name").GetString()!,
                field.GetProperty("parentNodeId").GetString()!,
                XpathSteps.Parse(field.GetProperty("xpathRelative").GetString()!),
                Order(field),
                field.GetProperty("type").GetString()!,
                field.GetProperty("repeatable").GetProperty("value").GetBoolean(),
                field.TryGetProperty("attributes", out var attributes) ? [.. attributes.EnumerateArray().Select(a => a.GetString()!)] : [],
                Text(field, "attributeOf"),
                Text(field, "presetValue"),
                field.TryGetProperty("codeList", out var codeList) ? codeList.GetProperty("value").GetProperty("id").GetString() : null,
                field.TryGetProperty("maxLength", out var maxLength) ? maxLength.GetInt32() : null,
                Unconditional(field, "mandatory"),
                Unconditional(field, "forbidden"));
        }

        using var typesJson = JsonDocument.Parse(File.ReadAllBytes(typesFile));
        var subtypes = typesJson.RootElement.GetProperty("noticeSubTypes").EnumerateArray()
            .Select(s => new SdkSubtype(
                s.GetProperty("subTypeId").GetString()!,
                s.GetProperty("documentType").GetString()!,
                Text(s, "legalBasis") ?? "",
                s.GetProperty("formType").GetString()!,
                s.GetProperty("type").GetString()!))
            .ToDictionary(s => s.Id, StringComparer.Ordinal);
        var documentTypes = typesJson.RootElement.GetProperty("documentTypes").EnumerateArray()
            .Select(d => new SdkDocumentType(
                d.GetProperty("id").GetString()!,
                d.GetProperty("rootElement").GetString()!,
                d.GetProperty("namespace").GetString()!,
                Path.Combine(folder, d.GetProperty("schemaLocation").GetString()!),
                d.GetProperty("additionalNamespaces").EnumerateArray()
                    .ToDictionary(n => n.GetProperty("prefix").GetString()!, n => n.GetProperty("uri").GetString()!, StringComparer.Ordinal)))
            .ToDictionary(d => d.Id, StringComparer.Ordinal);
        return new EformsSdk(folder, version, nodes, fields, subtypes, documentTypes, sequenceOrders);
    }

    // Records the sequence position of each element on a definition's absolute path: the positions
    // belong to the last steps, those of its relative path.
    private static void Remember(Dictionary<string, int> orders, JsonElement definition)
    {
        var order = Order(definition);
        var absolute = XpathSteps.Parse(definition.GetProperty("xpathAbsolute").GetString()!.TrimStart('/'))
            .Where(s => !s.IsAttribute).Select(s => s.Name).ToList();
        if (absolute.Count == 0 || order.Length > absolute.Count - 1)
        {
            return;
        }

        for (var i = 0; i < order.Length; i++)
        {
            var end = absolute.Count - order.Length + i;
            orders.TryAdd("/" + string.Join('/', absolute.Take(end + 1)), order[i]);
        }
    }

    // The subtypes for which a field is mandatory (or forbidden) without a condition; conditional
    // duties are the schematron rules' business.
    private static HashSet<string> Unconditional(JsonElement field, string duty)
    {
        var subtypes = new HashSet<string>(StringComparer.Ordinal);
        if (field.TryGetProperty(duty, out var mandatory) && mandatory.TryGetProperty("constraints", out var constraints))
        {
            foreach (var constraint in constraints.EnumerateArray().Where(c => !c.TryGetProperty("condition", out _) && c.GetProperty("value").ValueKind == JsonValueKind.True))
            {
                subtypes.UnionWith(constraint.GetProperty("noticeTypes").EnumerateArray().Select(t => t.GetString()!));
            }
        }

        return subtypes;
    }

    /// <summary>A field's name in a language (en, nl, sv, de; English otherwise), from the SDK's translations.</summary>
    public string FieldLabel(string fieldId, string language)
    {
        var code = language.Split('-')[0].ToLowerInvariant();
        var labels = _labels.GetOrAdd(code, c => new Lazy<IReadOnlyDictionary<string, string>>(() => ReadLabels(Folder, c))).Value;
        return labels.TryGetValue("field|name|" + fieldId, out var label) ? label
            : code != "en" ? FieldLabel(fieldId, "en")
            : Fields.TryGetValue(fieldId, out var field) ? field.Name : fieldId;
    }

    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, string>>> _labels = new(StringComparer.Ordinal);

    private static Dictionary<string, string> ReadLabels(string folder, string language)
    {
        var file = Path.Combine(folder, "translations", $"field_{language}.xml");
        if (!File.Exists(file))
        {
            return [];
        }

        // A Java properties file in XML: <entry key="field|name|BT-01-notice">Legal basis</entry>.
        return System.Xml.Linq.XDocument.Load(file).Root!.Elements("entry")
            .GroupBy(e => (string)e.Attribute("key")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
    }

    // The XSD sequence position of each element step, in the order of the steps.
    private static int[] Order(JsonElement definition) =>
        definition.TryGetProperty("xsdSequenceOrder", out var order)
            ? [.. order.EnumerateArray().Select(step => step.EnumerateObject().First().Value.GetInt32())]
            : [];

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
