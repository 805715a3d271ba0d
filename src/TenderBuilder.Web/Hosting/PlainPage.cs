using System.Net;

namespace TenderBuilder.Web.Hosting;

/// <summary>
/// A small, self-contained HTML page for answers given before any page component runs (a refused
/// form, too many sign-ins): a person reads what happened and what to do, instead of an empty
/// error status. It needs no stylesheet or script, so it shows even when those are refused too.
/// </summary>
internal static class PlainPage
{
    public static Task WriteAsync(HttpContext context, int statusCode, string title, string message, CancellationToken cancellationToken = default)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        var home = WebUtility.HtmlEncode(context.Request.PathBase.Add("/").Value);
        return response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)} — TenderBuilder</title>
            <style>body{"{"}font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5{"}"}</style>
            </head>
            <body>
            <main>
            <h1>{WebUtility.HtmlEncode(title)}</h1>
            <p>{WebUtility.HtmlEncode(message)}</p>
            <p><a href="{home}">Go to TenderBuilder</a></p>
            </main>
            </body>
            </html>
            """,
            cancellationToken);
    }
}
