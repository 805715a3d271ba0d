using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;

namespace TenderBuilder.Web.Hosting;

/// <summary>
/// Answers a form post whose antiforgery token is missing or wrong with 400 and a page saying what
/// to do. Without it each kind of endpoint failed its own way: a page component with an empty 400
/// that the status-code page turned into "Page not found", a minimal API endpoint that binds the
/// form with an empty 500, and one that binds nothing (sign-out) not at all. The page's words are
/// <see cref="PlainPage"/>'s.
/// </summary>
internal static partial class RefusedForms
{
    /// <summary>Goes right after <c>UseAntiforgery</c>, which only records its verdict for the endpoint.</summary>
    public static IApplicationBuilder UseRefusedFormPage(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // Set only for the endpoints that ask for validation (forms and sign-out), on a post.
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } refused)
            {
                LogRefused(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RefusedForms)),
                    context.Request.Path, refused.Error?.Message ?? "no reason given");
                IStringLocalizer<PlainPage> words = context.RequestServices.GetRequiredService<IStringLocalizer<PlainPage>>();
                await PlainPage.WriteAsync(context, StatusCodes.Status400BadRequest, words["RefusedFormTitle"], words["RefusedFormMessage"], context.RequestAborted);
                return;
            }

            await next(context);
        });

    [LoggerMessage(Level = LogLevel.Information, Message = "A form post to {Path} was refused: its antiforgery token did not validate ({Reason}).")]
    private static partial void LogRefused(ILogger logger, PathString path, string reason);
}
