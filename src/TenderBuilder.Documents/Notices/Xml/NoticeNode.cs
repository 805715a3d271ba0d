using TenderBuilder.Documents.Notices.Sdk;

namespace TenderBuilder.Documents.Notices.Xml;

/// <summary>A field value of a notice, with values for its attribute fields where not preset by the SDK.</summary>
/// <param name="FieldId">The SDK field id (e.g. <c>BT-21-Procedure</c>).</param>
/// <param name="Value">The value as the notice writes it.</param>
/// <param name="Attributes">Attribute field id → value (e.g. <c>BT-27-Lot-Currency</c> → <c>EUR</c>).</param>
public sealed record NoticeValue(string FieldId, string Value, IReadOnlyDictionary<string, string> Attributes);

/// <summary>
/// What a notice says, before it is XML: an instance of an SDK node (<c>ND-Root</c>, a lot, an
/// organisation) with field values and child instances, addressed by the SDK's ids only. Where the
/// elements go, in which order and with which fixed attributes is the SDK's business, applied by
/// <see cref="NoticeXmlWriter"/>; the mapping never spells an XPath.
/// </summary>
public sealed class NoticeNode
{
    private readonly EformsSdk _sdk;
    private readonly List<NoticeValue> _values = [];
    private readonly List<NoticeNode> _children = [];
    private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);

    private NoticeNode(EformsSdk sdk, string nodeId)
    {
        _sdk = sdk;
        NodeId = nodeId;
    }

    /// <summary>The SDK node id.</summary>
    public string NodeId { get; }

    /// <summary>The field values set on this instance, in the order they were set.</summary>
    public IReadOnlyList<NoticeValue> Values => _values;

    /// <summary>The child instances, in the order they were added.</summary>
    public IReadOnlyList<NoticeNode> Children => _children;

    /// <summary>Field id → where the officer gives its value, for the fields this instance expects.</summary>
    public IReadOnlyDictionary<string, string> Sources => _sources;

    /// <summary>A new, empty notice (the root node).</summary>
    public static NoticeNode Root(EformsSdk sdk)
    {
        ArgumentNullException.ThrowIfNull(sdk);
        return new NoticeNode(sdk, "ND-Root");
    }

    /// <summary>
    /// Sets a field somewhere below this instance; the nodes between are created once and shared
    /// (a repeatable one too: its first instance, so one value needs no <see cref="Add"/>). A null or
    /// blank value sets nothing, so optional answers need no condition.
    /// </summary>
    public NoticeNode Set(string fieldId, string? value, params (string Field, string Value)[] attributes)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return this;
        }

        var field = _sdk.Field(fieldId);
        var owner = field.ParentNodeId == NodeId ? this : Within(field.ParentNodeId, forceNew: false);
        owner._values.Add(new NoticeValue(fieldId, value, attributes.ToDictionary(a => a.Field, a => a.Value, StringComparer.Ordinal)));
        return this;
    }

    /// <summary>
    /// Records that a field is expected below this instance and where its value comes from (a
    /// TenderInput path or a question id), so a missing value can name the question; the nodes on the
    /// way are created as by <see cref="Set"/>. Returns the instance that owns the field.
    /// </summary>
    public NoticeNode Expect(string fieldId, string source)
    {
        var field = _sdk.Field(fieldId);
        var owner = field.ParentNodeId == NodeId ? this : Within(field.ParentNodeId, forceNew: false);
        owner._sources.TryAdd(fieldId, source);
        return owner;
    }

    /// <summary>
    /// A new instance of a repeatable node below this one (a lot, an organisation, a criterion), or
    /// the single instance of a non-repeatable one.
    /// </summary>
    public NoticeNode Add(string nodeId) => Within(nodeId, forceNew: _sdk.Node(nodeId).Repeatable);

    // The instance of a node below this one: the path of node ids up to here is walked top-down,
    // reusing the first instance of each node on the way, and a new one at the end when asked.
    private NoticeNode Within(string nodeId, bool forceNew)
    {
        var path = new Stack<string>();
        for (var id = nodeId; id != NodeId; id = _sdk.Node(id).ParentId
                 ?? throw new InvalidOperationException($"{nodeId} does not lie below {NodeId} in the eForms SDK {_sdk.Version}."))
        {
            path.Push(id);
        }

        var current = this;
        while (path.Count > 0)
        {
            var id = path.Pop();
            var last = path.Count == 0;
            var existing = last && forceNew ? null : current._children.FirstOrDefault(c => c.NodeId == id);
            if (existing is null)
            {
                existing = new NoticeNode(_sdk, id);
                current._children.Add(existing);
            }

            current = existing;
        }

        return current;
    }
}
