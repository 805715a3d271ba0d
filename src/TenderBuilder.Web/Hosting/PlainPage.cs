using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Localization;

namespace TenderBuilder.Web.Hosting;

/// <summary>
/// A small, self-contained HTML page for answers given before any page component runs (a refused
/// form, too many sign-ins): a person reads what happened and what to do, instead of an empty
/// error status. It needs no stylesheet or script, so it shows even when those are refused too.
/// Its own words, and those of the refused-form page, are in its resources (ADR 0018), in the
/// language of the request.
/// </summary>
internal sealed class PlainPage
{
    // Letters stay letters ("Passwörter", not "Passw&#xF6;rter"); markup characters are escaped.
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private PlainPage()
    {
    }

    public static Task WriteAsync(HttpContext context, int statusCode, string title, string message, CancellationToken cancellationToken = default)
    {
        IStringLocalizer<PlainPage> words = context.RequestServices.GetRequiredService<IStringLocalizer<PlainPage>>();
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        var home = s_encoder.Encode(context.Request.PathBase.Add("/").Value ?? "/");
        var language = CultureInfo.CurrentUICulture.Name is { Length: > 0 } name ? name : "en";
        return response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{s_encoder.Encode(language)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{s_encoder.Encode(title)} — TenderBuilder</title>
            <style>body{"{"}font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5{"}"}</style>
            </head>
            <body>
            <main>
            <h1>{s_encoder.Encode(title)}</h1>
            <p>{s_encoder.Encode(message)}</p>
            <p><a href="{home}">{s_encoder.Encode(words["GoToTenderBuilder"].Value)}</a></p>
            </main>
            </body>
            </html>
            """,
            cancellationToken);
    }
}
