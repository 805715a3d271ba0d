using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TenderBuilder.Testing;

namespace TenderBuilder.Web.Tests.Localization;

/// <summary>
/// The interface's words as the app reads them (ADR 0018), for tests that call presenters outside
/// a component, and a way to run a check in a given interface language.
/// </summary>
internal static class InterfaceWords
{
    private static readonly ServiceProvider s_services =
        new ServiceCollection().AddLogging().AddLocalization(o => o.ResourcesPath = "Resources").BuildServiceProvider();

    /// <summary>The localizer of <typeparamref name="T"/>'s resources.</summary>
    public static IStringLocalizer<T> For<T>() => s_services.GetRequiredService<IStringLocalizer<T>>();

    /// <summary>Runs <paramref name="check"/> with the culture and interface language set to <paramref name="culture"/>.</summary>
    public static void In(string culture, Action check) => InterfaceCulture.In(culture, check);
}
