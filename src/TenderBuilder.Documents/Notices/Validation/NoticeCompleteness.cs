using TenderBuilder.Documents.Notices.Mapping;
using TenderBuilder.Documents.Notices.Sdk;
using TenderBuilder.Documents.Notices.Xml;

namespace TenderBuilder.Documents.Notices.Validation;

/// <summary>A field the notice must have for its subtype and lacks.</summary>
/// <param name="FieldId">The SDK field id.</param>
/// <param name="Source">Where the officer gives it (a TenderInput path or a question id); null when TenderBuilder does not write it at all.</param>
public sealed record MissingField(string FieldId, string? Source);

/// <summary>
/// The SDK's unconditional "mandatory" duties, checked in process on the composed notice: for every
/// node instance the notice has, each field the SDK makes mandatory for the subtype there must have
/// a value. This catches an unanswered question without a schematron processor; the conditional
/// duties (e.g. a deadline time once a date is given) are the schematron rules'.
/// </summary>
public static class NoticeCompleteness
{
    /// <summary>The missing fields, in the order the notice holds their nodes.</summary>
    public static IReadOnlyList<MissingField> Check(ComposedNotice notice, EformsSdk sdk)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(sdk);
        var mandatoryByNode = sdk.Fields.Values
            .Where(f => f.AttributeOf is null && f.MandatoryIn.Contains(notice.Subtype.Id))
            .ToLookup(f => f.ParentNodeId, StringComparer.Ordinal);
        var missing = new List<MissingField>();
        Visit(notice.Root, mandatoryByNode, missing);
        return [.. missing.DistinctBy(m => (m.FieldId, m.Source))];
    }

    private static void Visit(NoticeNode node, ILookup<string, SdkField> mandatoryByNode, List<MissingField> missing)
    {
        foreach (var field in mandatoryByNode[node.NodeId])
        {
            if (!node.Values.Any(v => v.FieldId == field.Id))
            {
                missing.Add(new MissingField(field.Id, node.Sources.GetValueOrDefault(field.Id)));
            }
        }

        foreach (var child in node.Children)
        {
            Visit(child, mandatoryByNode, missing);
        }
    }
}
