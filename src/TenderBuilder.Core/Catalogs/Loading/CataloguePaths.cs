namespace TenderBuilder.Core.Catalogs.Loading;

/// <summary>Where each part of the catalogue is written, relative to the catalogue folder.</summary>
internal static class CataloguePaths
{
    public const string Index = "catalogue.yaml";
    public const string Sources = "sources.yaml";
    public const string Questions = "questions.yaml";
    public const string ClausesFolder = "clauses/";

    public static bool IsClausesFile(string path) => path.StartsWith(ClausesFolder, StringComparison.Ordinal);

    /// <summary>A clauses file is named after its topic, so the topic id is the file name.</summary>
    public static string TopicOf(string path) => path[ClausesFolder.Length..].Replace(".yaml", "", StringComparison.Ordinal);
}
