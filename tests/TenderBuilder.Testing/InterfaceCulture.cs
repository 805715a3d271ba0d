using System.Globalization;

namespace TenderBuilder.Testing;

/// <summary>
/// Runs a check as a person working in another interface language would: the culture and the
/// interface culture set for its duration (the words and the numbers, as request localisation
/// sets both), and put back afterwards, also when the check fails.
/// </summary>
public static class InterfaceCulture
{
    /// <summary>Runs <paramref name="check"/> in <paramref name="culture"/>.</summary>
    public static T In<T>(string culture, Func<T> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return check();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    /// <summary>Runs <paramref name="check"/> in <paramref name="culture"/>.</summary>
    public static void In(string culture, Action check)
    {
        ArgumentNullException.ThrowIfNull(check);
        In(culture, () =>
        {
            check();
            return 0;
        });
    }

    /// <summary>Runs an asynchronous <paramref name="work"/> in <paramref name="culture"/>; its continuations keep the culture.</summary>
    public static async Task<T> InAsync<T>(string culture, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return await work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }
}
