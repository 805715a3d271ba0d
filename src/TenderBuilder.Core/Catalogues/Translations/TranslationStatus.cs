namespace TenderBuilder.Core.Catalogues.Translations;

/// <summary>How far a translated clause or question can be trusted.</summary>
public enum TranslationStatus
{
    /// <summary>Translated, not yet checked by a qualified reviewer.</summary>
    Draft,

    /// <summary>Checked by a qualified reviewer (listed under <c>reviewed</c> in its translation file).</summary>
    Reviewed,
}
