namespace TenderBuilder.Core.Catalogues.Loading;

/// <summary>Where each part of the catalogue is written, relative to the catalogue folder.</summary>
internal static class CataloguePaths
{
    public const string Index = "catalogue.yaml";
    public const string Sources = "sources.yaml";
    public const string Glossary = "glossary.yaml";
    public const string QuestionsFolder = "questions/";
    public const string ClausesFolder = "clauses/";

    /// <summary>A clauses file is named after its topic, so the topic id is the file name.</summary>
    public static string TopicOf(string path) => NameIn(ClausesFolder, path);

    /// <summary>A questions file is named after its section, so the section id is the file name.</summary>
    public static string SectionOf(string path) => NameIn(QuestionsFolder, path);

    private static string NameIn(string folder, string path) => path[folder.Length..].Replace(".yaml", "", StringComparison.Ordinal);
}
