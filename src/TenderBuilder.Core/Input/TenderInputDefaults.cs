using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using TenderBuilder.Core.Templates;

namespace TenderBuilder.Core.Input;

/// <summary>
/// Gives a JSON form of the input every value it leaves out, as the record would have it
/// (<c>sites: []</c>, <c>siteCount: 1</c>, an empty authority block…), before it is read.
/// </summary>
/// <remarks>
/// The JSON source generator, unlike the reflection-based reader, sets every init-only property
/// in one object initializer and so gives an absent one null or zero, not the record's default
/// (dotnet/runtime#84484). Reading through the generator is what lets the command line be
/// compiled to native code (ADR 0023); completing the document first keeps what a file means
/// unchanged: only absent keys are filled, an explicit value (null included) is read as written.
/// </remarks>
internal static class TenderInputDefaults
{
    /// <summary>Fills in, recursively, every property of <paramref name="info"/>'s type that <paramref name="node"/> lacks.</summary>
    public static void Complete(JsonNode? node, JsonTypeInfo info)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when node is JsonObject obj:
                CompleteObject(obj, info);
                break;
            case JsonTypeInfoKind.Enumerable when node is JsonArray array && info.ElementType is { } element:
                var elementInfo = info.Options.GetTypeInfo(element);
                foreach (var item in array)
                {
                    Complete(item, elementInfo);
                }

                break;
        }
    }

    private static void CompleteObject(JsonObject obj, JsonTypeInfo info)
    {
        object? fresh = null;
        foreach (var property in info.Properties)
        {
            var propertyInfo = info.Options.GetTypeInfo(property.PropertyType);
            // Keys are matched as the reader matches them (case-insensitively: the web defaults).
            if (Find(obj, property.Name) is { } key)
            {
                Complete(obj[key], propertyInfo);
                continue;
            }

            if (property.IsRequired || property.Get is null)
            {
                continue;
            }

            fresh ??= New(info.Type);
            if (fresh is null)
            {
                // A positional record: the generator passes its constructor's own defaults.
                return;
            }

            if (property.Get(fresh) is { } value)
            {
                obj[property.Name] = JsonSerializer.SerializeToNode(value, propertyInfo);
            }
        }
    }

    private static string? Find(JsonObject obj, string name)
    {
        foreach (var pair in obj)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Key;
            }
        }

        return null;
    }

    // The records of the input with a parameterless constructor, made here only to read their
    // defaults; the dependencies keep those constructors for the natively compiled command line.
    // Adding a record to the input means adding it here (TenderInputDefaultsTests checks).
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(TenderInput))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(TenderMetadata))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(AuthorityInfo))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(PostalAddress))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(ContactDetails))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(NoticeInfo))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(OrganisationDetails))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(TenderOpening))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(MoneyAmount))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(LotsInfo))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(Lot))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(KeyDates))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(ClauseExclusion))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(ParameterOverride))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(CustomClause))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(CustomVerification))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(Site))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(PointGroup))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(TemplateBinding))]
    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "Every record of the input is kept by the dependencies above.")]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Every record of the input is kept by the dependencies above.")]
    internal static object? New(Type type) =>
        type.GetConstructor(Type.EmptyTypes) is null ? null : Activator.CreateInstance(type);
}
