using TenderBuilder.Core.Catalogues.Loading;

namespace TenderBuilder.Core.Catalogues.Translations;

/// <summary>The catalogue in <see cref="PseudoText"/>: every translatable text marked, made from the English files.</summary>
internal sealed class PseudoTranslation : ITranslationOverlay
{
    private readonly Dictionary<string, TranslationStatus> _statuses = new(StringComparer.Ordinal);

    public string Language => PseudoText.Language;

    public IReadOnlyDictionary<string, TranslationStatus> Statuses => _statuses;

    public void Apply(CatalogueDocument english)
    {
        foreach (var text in TranslatableTexts.In(english.Root).ToList())
        {
            FileTranslation.Replace(text, [.. text.Words.Select(PseudoText.Mark)]);
            if (FileTranslation.ItemOf(text.Key) is { } id)
            {
                _statuses[id] = TranslationStatus.Draft;
            }
        }
    }

    public void Finish()
    {
    }
}
