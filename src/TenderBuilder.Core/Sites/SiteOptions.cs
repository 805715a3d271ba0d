using System.Collections.Immutable;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Core.Sites;

/// <summary>
/// The values a site's type, access and connectors may take, and the words for one that is not
/// among them. Site types and access are the options of the questions that ask them for the whole
/// tender (<c>sites.site_types</c>, <c>sites.access</c>), so the catalogue stays the one list; the
/// site checks and the sites CSV reader both ask here.
/// </summary>
public sealed class SiteOptions
{
    /// <summary>The question whose options are the site types.</summary>
    public const string TypesQuestion = "sites.site_types";

    /// <summary>The question whose options are the kinds of access.</summary>
    public const string AccessQuestion = "sites.access";

    private SiteOptions(ImmutableArray<string> types, ImmutableArray<string> access)
    {
        Types = types;
        Access = access;
    }

    /// <summary>The site types; empty when the catalogue does not ask for them (then any is taken).</summary>
    public ImmutableArray<string> Types { get; }

    /// <summary>The kinds of access; empty when the catalogue does not ask for them (then any is taken).</summary>
    public ImmutableArray<string> Access { get; }

    /// <summary>The options as a questionnaire gives them.</summary>
    public static SiteOptions From(Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        return From(questionnaire.Find);
    }

    /// <summary>The options of the questions a lookup finds (null when a question is not there).</summary>
    public static SiteOptions From(Func<string, Question?> question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new SiteOptions(OptionsOf(question(TypesQuestion)), OptionsOf(question(AccessQuestion)));
    }

    /// <summary>Why a site type is not one, or null when it is.</summary>
    /// <param name="type">The type's code.</param>
    /// <param name="words">The words to say it in; English when null (the catalogue's load errors).</param>
    public string? TypeProblem(string type, SiteImportWords? words = null) =>
        Types.IsEmpty || Types.Contains(type) ? null : Say((words ?? English).NotASiteType, type, string.Join(", ", Types));

    /// <summary>Why an access is not one, or null when it is.</summary>
    /// <param name="access">The access's code.</param>
    /// <param name="words">The words to say it in; English when null.</param>
    public string? AccessProblem(string access, SiteImportWords? words = null) =>
        Access.IsEmpty || Access.Contains(access) ? null : Say((words ?? English).NotAnAccess, access, string.Join(", ", Access));

    /// <summary>Why a connector code is not one, or null when it is.</summary>
    /// <param name="code">The connector's code.</param>
    /// <param name="words">The words to say it in; English when null.</param>
    public static string? ConnectorProblem(string code, SiteImportWords? words = null) =>
        Connectors.Of(code) is null ? Say((words ?? English).NotAConnector, code, string.Join(", ", Connectors.Codes)) : null;

    /// <summary>Why a current is not one, or null when it is <c>ac</c> or <c>dc</c>.</summary>
    public static string? CurrentProblem(string? current) =>
        current is "ac" or "dc" ? null : "say whether the points are AC or DC (ac or dc).";

    private static SiteImportWords English => SiteImportWords.For(Input.DocumentLanguages.English);

    // Codes and names are filled in as they are: no number to write in a culture.
    private static string Say(string message, string value, string options) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, message, value, options);

    private static ImmutableArray<string> OptionsOf(Question? question) =>
        question is null ? [] : [.. question.Options.Select(o => o.Value)];
}
