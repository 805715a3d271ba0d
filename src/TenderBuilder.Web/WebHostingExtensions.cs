using Microsoft.Extensions.Localization;
using TenderBuilder.Application;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Web.Components;
using TenderBuilder.Web.Features.Accounts;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Web.Hosting;
using TenderBuilder.Web.Features.Export;
using TenderBuilder.Application.Packages;
using TenderBuilder.Web.Features.Health;
using TenderBuilder.Web.Features.Api;

namespace TenderBuilder.Web;

/// <summary>The web app's services and request pipeline, so Program.cs stays a table of contents.</summary>
internal static class WebHostingExtensions
{
    public static IHostApplicationBuilder AddTenderBuilderWeb(this WebApplicationBuilder builder)
    {
        // Serves MudBlazor's and our own static assets from the build output in every environment,
        // not only Development; a published app has them in wwwroot and this is a no-op.
        builder.WebHost.UseStaticWebAssets();

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.AddTenderBuilderAccounts();
        // X-Frame-Options comes from SecurityHeaders, once, for every response.
        builder.Services.AddAntiforgery(antiforgery => antiforgery.SuppressXFrameOptionsHeader = true);
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
            (builder.Configuration.GetSection(ReverseProxyOptions.SectionName).Get<ReverseProxyOptions>() ?? new()).Apply(forwarded));
        builder.Services.AddMudServices();
        // The interface's words: one .resx family per component under Resources/, beside its path (ADR 0018).
        builder.Services.AddLocalization(localization => localization.ResourcesPath = "Resources");
        if (builder.Configuration.GetValue<bool>(InterfaceLanguages.PseudoSetting))
        {
            builder.Services.AddSingleton<ResourceManagerStringLocalizerFactory>();
            builder.Services.AddSingleton<IStringLocalizerFactory>(services => new PseudoLanguageLocalizerFactory(services.GetRequiredService<ResourceManagerStringLocalizerFactory>()));
        }

        builder.Services.AddScoped<Components.Shared.UnsavedWork>();
        builder.Services.AddTransient<MudBlazor.MudLocalizer, Components.Shared.MudBlazorTexts>();
        // Pages in Dutch, Swedish and German carry their letters as letters ("Entwürfe", not
        // "Entw&#xFC;rfe"); markup characters are still escaped.
        builder.Services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddTenderBuilderApplication(builder.Configuration);

        return builder;
    }

    public static WebApplication UseTenderBuilderWeb(this WebApplication app)
    {
        // First: the scheme and client address the rest of the pipeline sees come from a trusted proxy.
        app.UseForwardedHeaders();
        app.UseSecurityHeaders(SecurityHeaders.ContentSecurityPolicy(
            AccountsHosting.FormTargets(app.Services.GetRequiredService<OpenIdConnectSignInOptions>())));
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        // After the status pages (which it turns off for /api: every API answer is JSON).
        app.UseApiRequests();
        // Before sign-in is even looked at, so refused attempts cost little; after the forwarded
        // headers, so each client is counted by its own address.
        app.UseRateLimiter();
        app.UseAuthentication();
        // After authentication: a signed-in person's saved language comes from their sign-in cookie.
        app.UseRequestLocalization(options => InterfaceLanguages.Configure(options, app.Configuration.GetValue<bool>(InterfaceLanguages.PseudoSetting)));
        app.UseAuthorization();
        app.UseApiReferenceSignIn();
        app.UseMiddleware<SignedInUserMiddleware>();
        app.UseAntiforgery();
        app.UseRefusedFormPage();
        // The sign-in page needs its styles and scripts before anyone is signed in.
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthEndpoints();
        app.MapAccountEndpoints();
        app.MapLanguageEndpoints();
        app.MapExportEndpoints();
        app.MapTenderBuilderApi();
        // The frame-ancestors rule is in the app's own policy (SecurityHeaders), not a second header.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(server => server.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
