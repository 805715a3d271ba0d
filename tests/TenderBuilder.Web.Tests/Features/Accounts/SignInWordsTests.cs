using System.Globalization;
using Microsoft.Extensions.Localization;
using TenderBuilder.Web.Features.Accounts;

namespace TenderBuilder.Web.Tests.Features.Accounts;

/// <summary>The words of a refused sign-in, in each interface language, one minute or several.</summary>
public sealed class SignInWordsTests
{
    private static readonly IStringLocalizer<LoginPage> s_words = Localization.InterfaceWords.For<LoginPage>();

    [Theory]
    [InlineData("en-GB", 30, "Wait 1 minute and try again.")]
    [InlineData("en-GB", 15 * 60, "Wait 15 minutes and try again.")]
    [InlineData("nl-NL", 30, "Wacht 1 minuut en probeer het opnieuw.")]
    [InlineData("nl-NL", 15 * 60, "Wacht 15 minuten en probeer het opnieuw.")]
    [InlineData("sv-SE", 30, "Vänta 1 minut och försök igen.")]
    [InlineData("sv-SE", 15 * 60, "Vänta 15 minuter och försök igen.")]
    [InlineData("de-DE", 30, "Warten Sie 1 Minute und versuchen Sie es erneut.")]
    [InlineData("de-DE", 15 * 60, "Warten Sie 15 Minuten und versuchen Sie es erneut.")]
    public void Too_many_attempts_says_how_long_to_wait_in_the_interface_language(string culture, int seconds, string wait)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            SignInRateLimiting.Message(TimeSpan.FromSeconds(seconds), s_words).ShouldContain(wait);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
