namespace TenderBuilder.Core.Words;

/// <summary>
/// How one value reads for people: a short label and, where the label alone could mislead an
/// officer, a one-line help.
/// </summary>
/// <param name="Label">The word or short phrase, capitalised as at the start of a line ("Recommended").</param>
/// <param name="Help">What it means in practice ("in by default; removable with a justification"), or null.</param>
public sealed record Term(string Label, string? Help = null)
{
    /// <summary>The label with its help in brackets, as a document's running text shows it.</summary>
    public string LabelWithHelp => Help is null ? Label : $"{Label} ({Help})";
}
