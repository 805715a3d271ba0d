using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TenderBuilder.Web.Components.Shared;

namespace TenderBuilder.Web.Tests.Localization;

/// <summary>MudBlazor's own words (a close button's name, "Required") follow the interface language.</summary>
public sealed class MudBlazorTextsTests
{
    [Theory]
    [InlineData("en-GB", "Close")]
    [InlineData("nl-NL", "Sluiten")]
    [InlineData("sv-SE", "Stäng")]
    [InlineData("de-DE", "Schließen")]
    public async Task An_alert_close_button_is_named_in_the_interface_language(string culture, string expected)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await using var context = MudTestContext.Create(services => services.AddTransient<MudLocalizer, MudBlazorTexts>());

            var alert = context.Render<MudAlert>(parameters => parameters.Add(a => a.ShowCloseIcon, true).AddChildContent("Saved"));

            Assert.Equal(expected, alert.Find("button").GetAttribute("aria-label"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
