using Microsoft.Extensions.Localization;
using TenderBuilder.Application.History;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Testing;

namespace TenderBuilder.Application.Tests.History;

/// <summary>
/// The history's sentences as a host reads them: through localisation with the resources path the
/// web app gives it ("Resources"), so these tests also prove the Application's resources are found.
/// </summary>
internal static class HistoryWords
{
    private static readonly ServiceProvider s_services =
        new ServiceCollection().AddLogging().AddLocalization(o => o.ResourcesPath = "Resources").BuildServiceProvider();

    /// <summary>The sentences' localizer.</summary>
    public static IStringLocalizer<ChangeDescriber> Localizer => s_services.GetRequiredService<IStringLocalizer<ChangeDescriber>>();

    /// <summary>A describer for a reader whose interface speaks the catalogue's language (English: the shipped catalogue).</summary>
    public static ChangeDescriber Describer(Catalogue catalogue) => new(catalogue, Localizer);

    /// <summary>Runs <paramref name="check"/> with the culture and interface language set to <paramref name="culture"/>.</summary>
    public static T In<T>(string culture, Func<T> check) => InterfaceCulture.In(culture, check);
}
