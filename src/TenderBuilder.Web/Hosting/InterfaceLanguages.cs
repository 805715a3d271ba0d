using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Localization;
using TenderBuilder.Web.Components.Shared;

namespace TenderBuilder.Web.Hosting;

/// <summary>
/// The languages the interface speaks and how a request's is chosen (ADR 0018): the signed-in
/// person's saved choice, else the browser's Accept-Language, else British English. The culture
/// also decides how numbers and dates are shown and read (<see cref="OfficerCulture"/>), so the two
/// never disagree. Signed-out pages (sign-in, setup) follow the browser.
/// </summary>
public static class InterfaceLanguages
{
    /// <summary>The pseudo-language that marks every interface word, for finding words left in code; only when enabled.</summary>
    public const string Pseudo = "qps-ploc";

    /// <summary>The configuration switch that offers <see cref="Pseudo"/> (tests and translators, never production).</summary>
    public const string PseudoSetting = "Localization:PseudoLanguage";

    /// <summary>The choices of the language menu: culture name and the language's own name.</summary>
    public static IReadOnlyList<(string Culture, string Autonym)> Choices { get; } =
    [
        ("en-GB", "English"),
        ("nl-NL", "Nederlands"),
        ("sv-SE", "Svenska"),
        ("de-DE", "Deutsch"),
    ];

    /// <summary>The supported culture a saved or requested name stands for; null for anything else.</summary>
    public static string? Supported(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null
        : Choices.Any(c => c.Culture == name) ? name
        : name.StartsWith("en-", StringComparison.Ordinal) && OfficerCulture.FromAcceptLanguage(name) == name ? name
        : null;

    /// <summary>
    /// The catalogue language for an interface culture: the questions are asked in it. Any English
    /// reads the English original; the pseudo-language reads the pseudo-translation.
    /// </summary>
    public static string CatalogueLanguage(CultureInfo culture) =>
        culture.Name.Equals(Pseudo, StringComparison.OrdinalIgnoreCase) ? Core.Catalogues.Translations.PseudoText.Language
        : Core.Input.DocumentLanguages.All.Contains(culture.Name) ? culture.Name
        : Core.Input.DocumentLanguages.English;

    /// <summary>The shipped catalogue in the interface language: what the interface asks and explains in.</summary>
    public static Core.Catalogues.Catalogue Asked(Core.Catalogues.Catalogue shipped) => shipped.In(CatalogueLanguage(CultureInfo.CurrentUICulture));

    /// <summary>The words of the interface language for TenderBuilder's own terms (statuses, kinds, strengths, roles).</summary>
    public static Core.Words.Vocabulary Vocabulary => Core.Words.Vocabulary.For(CatalogueLanguage(CultureInfo.CurrentUICulture));

    /// <summary>The language the menu shows as chosen for a culture: its own entry, else English (any English, the pseudo-language).</summary>
    public static string MenuCulture(CultureInfo culture) =>
        Choices.Any(c => c.Culture == culture.Name) ? culture.Name : OfficerCulture.DefaultName;

    /// <summary>Request localisation: the saved choice, then Accept-Language, else en-GB.</summary>
    public static void Configure(RequestLocalizationOptions options, bool pseudo)
    {
        var cultures = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Where(c => c.Name.StartsWith("en-", StringComparison.Ordinal) && OfficerCulture.FromAcceptLanguage(c.Name) == c.Name)
            .Concat(Choices.Select(c => CultureInfo.GetCultureInfo(c.Culture)))
            .Concat(pseudo ? [CultureInfo.GetCultureInfo(Pseudo)] : [])
            .DistinctBy(c => c.Name)
            .ToList();
        options.DefaultRequestCulture = new RequestCulture(OfficerCulture.DefaultName);
        options.SupportedCultures = cultures;
        options.SupportedUICultures = cultures;
        options.RequestCultureProviders =
        [
            new CustomRequestCultureProvider(context => Task.FromResult(Saved(context.User))),
            new CustomRequestCultureProvider(context => Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(Browser(context.Request.Headers.AcceptLanguage, pseudo)))),
        ];
    }

    private static ProviderCultureResult? Saved(ClaimsPrincipal user) =>
        Supported(user.FindFirstValue(TenderBuilderClaims.InterfaceLanguage)) is { } culture ? new ProviderCultureResult(culture) : null;

    // The pseudo-language is asked for the way a translator's browser would ask for a language.
    private static string Browser(string? acceptLanguage, bool pseudo) =>
        pseudo && acceptLanguage?.Contains(Pseudo, StringComparison.OrdinalIgnoreCase) == true ? Pseudo : OfficerCulture.FromAcceptLanguage(acceptLanguage);
}
