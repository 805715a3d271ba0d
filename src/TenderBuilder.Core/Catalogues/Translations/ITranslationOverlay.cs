namespace TenderBuilder.Core.Catalogues.Translations;

/// <summary>
/// Puts a language's words into the English catalogue's parsed files before they are read, so a
/// translated catalogue is read (and checked) by the same readers as the English one.
/// </summary>
internal interface ITranslationOverlay
{
    /// <summary>The BCP-47 tag of the language.</summary>
    string Language { get; }

    /// <summary>Replaces every translatable text of an English file by its translation.</summary>
    void Apply(Loading.CatalogueDocument english);

    /// <summary>Reports what no English file used, once every file has been applied.</summary>
    void Finish();

    /// <summary>The status of each translated clause and question, by id.</summary>
    IReadOnlyDictionary<string, TranslationStatus> Statuses { get; }
}
