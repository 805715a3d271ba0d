using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Model;
using TenderBuilder.Web.Components.Shared;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>A document the export step can preview: its HTML file and how the list names it.</summary>
internal sealed record PreviewDocument(string File, string Title);

/// <summary>
/// What the export step says before the officer builds the package: whether errors block it, and
/// the findings to go through, errors first.
/// </summary>
internal sealed class ExportCheck
{
    /// <summary>The documents, each previewable as HTML; the authority's own say so.</summary>
    public static IReadOnlyList<PreviewDocument> Documents { get; } =
        [.. TenderDocuments.Names.Select(document => new PreviewDocument(
            document.FileName + ".html",
            document.Audience == Audience.Authority ? document.Title + " (for your authority only)" : document.Title))];

    private readonly IReadOnlyList<Finding> _errors;
    private readonly IReadOnlyList<Finding> _others;
    private readonly int _requirements;

    /// <summary>The check of a package.</summary>
    public ExportCheck(TenderPackage package)
    {
        _errors = [.. package.Findings.Where(finding => finding.Severity == FindingSeverity.Error)];
        _others = [.. package.Findings.Where(finding => finding.Severity != FindingSeverity.Error)];
        _requirements = package.Clauses.Length;
    }

    /// <summary>Whether errors keep the package from being built.</summary>
    public bool IsBlocked => _errors.Count > 0;

    /// <summary>Every finding, errors first.</summary>
    public IEnumerable<Finding> Findings => _errors.Concat(_others);

    /// <summary>"Nothing blocks the export: 42 requirements in 6 documents." or why it is blocked.</summary>
    public string Summary => IsBlocked
        ? $"The package cannot be exported yet: {Blocking()} first. Each links to where you fix it."
        : $"Nothing blocks the export: {Counted.Of(_requirements, "requirement")} in {Counted.Of(Documents.Count, "document")}.";

    // In the words of the wizard's to-do count ("2 values needed · 3 errors"), so the two never seem to disagree.
    private string Blocking()
    {
        var values = _errors.Count(finding => finding.Code == DraftToDo.UnsetParameter);
        var others = _errors.Count - values;
        return values == 0
            ? $"{Counted.Of(others, "error")} must be fixed"
            : others == 0
                ? $"{Counted.Of(values, "value")} must be set"
                : $"{Counted.Of(values, "value")} must be set and {Counted.Of(others, "error")} fixed";
    }

    /// <summary>"Look at the 2 points to check below before you publish.", or null when there are none.</summary>
    public string? ToCheck => _others.Count == 0 ? null : $"Look at the {Counted.Of(_others.Count, "point")} to check below before you publish.";

    /// <summary>The title the preview frame carries, naming the document for screen readers.</summary>
    public static string PreviewTitle(string file) => $"Preview: {Documents.First(document => document.File == file).Title}";
}
