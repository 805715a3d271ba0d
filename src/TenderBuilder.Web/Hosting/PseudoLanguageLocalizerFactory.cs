using System.Globalization;
using Microsoft.Extensions.Localization;
using TenderBuilder.Core.Catalogues.Translations;

namespace TenderBuilder.Web.Hosting;

/// <summary>
/// For the pseudo-language only (qps-ploc, switched on by <see cref="InterfaceLanguages.PseudoSetting"/>):
/// every interface word read from the resources comes out marked (accented look-alikes), so a page
/// crawled in it shows every word that bypassed the resources as plain ASCII. In any other language
/// the resources are read unchanged.
/// </summary>
internal sealed class PseudoLanguageLocalizerFactory(IStringLocalizerFactory resources) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new Marking(resources.Create(resourceSource));

    public IStringLocalizer Create(string baseName, string location) => new Marking(resources.Create(baseName, location));

    private static bool InPseudo => CultureInfo.CurrentUICulture.Name.Equals(InterfaceLanguages.Pseudo, StringComparison.OrdinalIgnoreCase);

    private sealed class Marking(IStringLocalizer inner) : IStringLocalizer
    {
        public LocalizedString this[string name] => Mark(inner[name]);

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                if (!InPseudo)
                {
                    return inner[name, arguments];
                }

                // The format is marked, not the values put into it: those are data, not interface words.
                var format = inner[name];
                return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, PseudoText.Mark(format.Value), arguments), format.ResourceNotFound, format.SearchedLocation);
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures).Select(Mark);

        private static LocalizedString Mark(LocalizedString text) =>
            InPseudo ? new LocalizedString(text.Name, PseudoText.Mark(text.Value), text.ResourceNotFound, text.SearchedLocation) : text;
    }
}
