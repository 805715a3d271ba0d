namespace TenderBuilder.Core.Words;

/// <summary>
/// Marks a record read from the localisation table and names its section (its file under
/// Words/Tables/&lt;language&gt;/), so the tests can load every section in every language.
/// </summary>
/// <param name="name">The section's file name without ".yaml".</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class WordSectionAttribute(string name) : Attribute
{
    /// <summary>The section's file name without ".yaml".</summary>
    public string Name { get; } = name;
}
