using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.XPath;
using TenderBuilder.Documents.Notices.Sdk;

namespace TenderBuilder.Documents.Notices.Xml;

/// <summary>
/// Turns a <see cref="NoticeNode"/> tree into the notice's XML by the SDK's definitions: each node
/// and field is placed along its relative XPath, elements are ordered by the XSD sequence positions
/// the SDK gives, predicates such as <c>[@listName='cpv']</c> are written as the attributes or
/// children they demand, and attribute fields take the SDK's preset values (list names, schemes).
/// </summary>
public static partial class NoticeXmlWriter
{
    private static readonly ConcurrentDictionary<string, XPathExpression?> Compiled = new(StringComparer.Ordinal);

    /// <summary>Writes the tree as a document of the subtype's document type.</summary>
    /// <param name="root">The notice (its <c>ND-Root</c>).</param>
    /// <param name="sdk">The SDK whose definitions place the elements.</param>
    /// <param name="documentType">The document type (root element and namespaces).</param>
    /// <param name="languageId">The notice language (ISO 639-3, e.g. <c>ENG</c>) for multilingual texts' <c>languageID</c>.</param>
    public static XDocument Write(NoticeNode root, EformsSdk sdk, SdkDocumentType documentType, string languageId)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(sdk);
        ArgumentNullException.ThrowIfNull(documentType);
        var context = new Context(sdk, documentType, languageId);
        XNamespace main = documentType.Namespace;
        var element = new XElement(main + documentType.RootElement,
            documentType.Namespaces.Select(n => new XAttribute(XNamespace.Xmlns + n.Key, n.Value)));
        element.AddAnnotation(new Placed("/*", 0));
        WriteNode(root, element, context);
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), element);
    }

    private static void WriteNode(NoticeNode node, XElement element, Context context)
    {
        foreach (var value in node.Values)
        {
            WriteValue(value, element, context);
        }

        // A node without values (an optional answer left empty) leaves no empty element behind.
        foreach (var child in node.Children.Where(HasContent))
        {
            var definition = context.Sdk.Node(child.NodeId);
            var target = Walk(element, definition.Steps, definition.Order, definition.Repeatable, context);
            WriteNode(child, target, context);
        }
    }

    private static bool HasContent(NoticeNode node) => node.Values.Count > 0 || node.Children.Any(HasContent);

    private static void WriteValue(NoticeValue value, XElement element, Context context)
    {
        var field = context.Sdk.Field(value.FieldId);
        var elementSteps = field.Steps.Where(s => !s.IsAttribute).ToList();
        var target = Walk(element, elementSteps, field.Order, field.Repeatable, context);
        if (field.Steps[^1] is { IsAttribute: true } attribute)
        {
            target.SetAttributeValue(attribute.Name, value.Value);
            return;
        }

        target.Value = value.Value;
        foreach (var attributeId in field.Attributes)
        {
            var attributeField = context.Sdk.Field(attributeId);
            var name = attributeField.Steps[^1].Name;
            var text = value.Attributes.GetValueOrDefault(attributeId)
                       ?? attributeField.PresetValue
                       ?? (name == "languageID" ? context.LanguageId : null);
            if (text is not null && target.Attribute(name) is null)
            {
                target.SetAttributeValue(name, text);
            }
        }
    }

    // Follows the steps from an element, reusing an existing child that matches each step (name
    // and predicates) and creating it otherwise; the last step is always new when repeatable.
    private static XElement Walk(XElement from, IReadOnlyList<XpathStep> steps, IReadOnlyList<int> order, bool repeatable, Context context)
    {
        var current = from;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var name = context.Name(step.Name);
            var fresh = repeatable && i == steps.Count - 1;
            var candidates = current.Elements(name).Where(e => !fresh || e.Annotation<Unclaimed>() is not null);
            var existing = candidates.FirstOrDefault(e => step.Predicates.All(p => Holds(e, p, context)));
            existing?.RemoveAnnotations<Unclaimed>();
            current = existing ?? Create(current, step, name, i < order.Count ? order[i] : context.OrderOf(current, step.Name), context);
        }

        return current;
    }

    private static XElement Create(XElement parent, XpathStep step, XName name, int order, Context context)
    {
        var element = new XElement(name);
        var path = parent.Annotation<Placed>()!.Path + "/" + step.Name;
        element.AddAnnotation(new Placed(path, order));
        var before = parent.Elements().FirstOrDefault(e => (e.Annotation<Placed>()?.Order ?? 0) > order);
        if (before is null)
        {
            parent.Add(element);
        }
        else
        {
            before.AddBeforeSelf(element);
        }

        foreach (var predicate in step.Predicates)
        {
            Materialise(element, predicate, context);
        }

        return element;
    }

    // Writes what a simple predicate demands of a new element: [@a='v'], [x/y/@a='v'], [x/text()='v'].
    // Negations and references to the parent constrain only which element matches.
    private static void Materialise(XElement element, string predicate, Context context)
    {
        var match = SimplePredicate().Match(predicate);
        if (!match.Success)
        {
            return;
        }

        var target = element;
        var path = match.Groups["path"].Value;
        if (path.Length > 0)
        {
            var steps = XpathSteps.Parse(path.TrimEnd('/'));
            target = Walk(element, steps, [], false, context);
            // The element a predicate demands is the one a repeatable node placed there takes first,
            // rather than adding a second beside it.
            for (var made = target; made != element && made is not null; made = made.Parent)
            {
                if (made.Annotation<Unclaimed>() is null)
                {
                    made.AddAnnotation(new Unclaimed());
                }
            }
        }

        var value = match.Groups["value"].Value;
        if (match.Groups["attribute"].Success)
        {
            target.SetAttributeValue(match.Groups["attribute"].Value, value);
        }
        else
        {
            target.Value = value;
        }
    }

    private static bool Holds(XElement element, string predicate, Context context)
    {
        var expression = Compiled.GetOrAdd(predicate, p =>
        {
            try
            {
                var compiled = XPathExpression.Compile($"boolean(self::node()[{p}])");
                compiled.SetContext(context.Resolver);
                return compiled;
            }
            catch (XPathException)
            {
                // XPath 2.0 forms (sequences such as ('a','b')) are beyond XPath 1.0: such a step's
                // elements are told apart by their other predicates.
                return null;
            }
        });
        return expression is null || (bool)element.CreateNavigator().Evaluate(expression);
    }

    [GeneratedRegex(@"^(?<path>(?:[\w-]+:[\w-]+/)*)(?:@(?<attribute>[\w-]+)|text\(\))\s*=\s*'(?<value>[^']*)'$")]
    private static partial Regex SimplePredicate();

    // Marks an element written for a predicate that no node instance has taken yet.
    private sealed class Unclaimed;

    // Where an element was placed: its path of plain names from the root, and its XSD sequence position.
    private sealed record Placed(string Path, int Order);

    private sealed class Context(EformsSdk sdk, SdkDocumentType documentType, string languageId)
    {
        private readonly Dictionary<string, XNamespace> _namespaces = documentType.Namespaces.ToDictionary(n => n.Key, n => (XNamespace)n.Value, StringComparer.Ordinal);

        public EformsSdk Sdk { get; } = sdk;

        public string LanguageId { get; } = languageId;

        public IXmlNamespaceResolver Resolver { get; } = Manager(documentType);

        public XName Name(string qualified)
        {
            var colon = qualified.IndexOf(':', StringComparison.Ordinal);
            return colon < 0
                ? XName.Get(qualified)
                : _namespaces.TryGetValue(qualified[..colon], out var ns)
                    ? ns + qualified[(colon + 1)..]
                    : throw new InvalidOperationException($"Unknown namespace prefix in {qualified}.");
        }

        // The sequence position of an element a predicate creates, from the definition that places it elsewhere.
        public int OrderOf(XElement parent, string name) =>
            Sdk.SequenceOrder(parent.Annotation<Placed>()!.Path + "/" + name) ?? 0;

        private static XmlNamespaceManager Manager(SdkDocumentType type)
        {
            var manager = new XmlNamespaceManager(new NameTable());
            foreach (var (prefix, uri) in type.Namespaces)
            {
                manager.AddNamespace(prefix, uri);
            }

            return manager;
        }
    }
}
