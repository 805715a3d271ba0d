using Microsoft.Extensions.Localization;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Model;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>A document the export step can preview: its HTML file and how the list names it.</summary>
internal sealed record PreviewDocument(string File, string Title);

/// <summary>
/// What the export step says before the officer builds the package: whether errors block it, and
/// the findings to go through, errors first.
/// </summary>
internal sealed class ExportCheck
{
    /// <summary>The HTML file of the document the preview shows first.</summary>
    public static string FirstFile { get; } = TenderDocuments.Names[0].FileName + ".html";

    private readonly IReadOnlyList<Finding> _errors;
    private readonly IReadOnlyList<Finding> _others;
    private readonly int _requirements;
    private readonly IStringLocalizer<ExportCheck> _words;

    /// <summary>The check of a package, in the interface's words.</summary>
    public ExportCheck(TenderPackage package, IStringLocalizer<ExportCheck> words)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(words);
        _errors = [.. package.Findings.Where(finding => finding.Severity == FindingSeverity.Error)];
        _others = [.. package.Findings.Where(finding => finding.Severity != FindingSeverity.Error)];
        _requirements = package.Clauses.Length;
        _words = words;
    }

    /// <summary>
    /// The documents, each previewable as HTML, by their titles in the document language (the titles
    /// they carry); the authority's own say so in the interface language.
    /// </summary>
    public static IReadOnlyList<PreviewDocument> Documents(IStringLocalizer<ExportCheck> words, string? documentLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        return [.. TenderDocuments.NamesIn(documentLanguage).Select(document => new PreviewDocument(
            document.FileName + ".html",
            document.Audience == Audience.Authority ? words["ForAuthorityOnly", document.Title] : document.Title))];
    }

    /// <summary>Whether errors keep the package from being built.</summary>
    public bool IsBlocked => _errors.Count > 0;

    /// <summary>Every finding, errors first.</summary>
    public IEnumerable<Finding> Findings => _errors.Concat(_others);

    /// <summary>"Nothing blocks the export: 42 requirements in 6 documents." or why it is blocked.</summary>
    public string Summary => IsBlocked ? _words["Blocked", Blocking()] : Ready(_requirements, TenderDocuments.Names.Length);

    // One text per singular and plural of each count: the words around a number change with it.
    private string Ready(int requirements, int documents) => (requirements == 1, documents == 1) switch
    {
        (true, true) => _words["ReadyOneOne"],
        (true, false) => _words["ReadyOneMany", requirements, documents],
        (false, true) => _words["ReadyManyOne", requirements, documents],
        _ => _words["ReadyManyMany", requirements, documents],
    };

    // In the words of the wizard's to-do count ("2 values needed · 3 errors"), so the two never seem to disagree.
    private string Blocking()
    {
        var values = _errors.Count(finding => finding.Code == DraftToDo.UnsetParameter);
        var others = _errors.Count - values;
        return (values, others) switch
        {
            (0, 1) => _words["BlockingErrorsOne"],
            (0, _) => _words["BlockingErrorsMany", values, others],
            (1, 0) => _words["BlockingValuesOne"],
            (_, 0) => _words["BlockingValuesMany", values, others],
            (1, 1) => _words["BlockingBothOneOne"],
            (1, _) => _words["BlockingBothOneMany", values, others],
            (_, 1) => _words["BlockingBothManyOne", values, others],
            _ => _words["BlockingBothManyMany", values, others],
        };
    }

    /// <summary>"Look at the 2 points to check below before you publish.", or null when there are none.</summary>
    public string? ToCheck => _others.Count switch
    {
        0 => null,
        1 => _words["ToCheckOne"].Value,
        var count => _words["ToCheckMany", count].Value,
    };

    /// <summary>The title the preview frame carries, naming the document for screen readers.</summary>
    public static string PreviewTitle(string file, IStringLocalizer<ExportCheck> words, string? documentLanguage = null) =>
        words["PreviewTitle", Documents(words, documentLanguage).First(document => document.File == file).Title];
}
