using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;
using TenderBuilder.Core.Catalogs;
using TenderBuilder.Web.Components;
using TenderBuilder.Web.Features.Export;
using TenderBuilder.Web.Features.Health;

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
        builder.Services.AddMudServices();
        builder.Services.AddScoped<Features.Drafts.DraftsService>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<DraftPackages>();

        // The shipped catalogue is immutable and loaded once; pages read it, never change it.
        builder.Services.TryAddSingleton(_ => CatalogueLoader.Default);
        return builder;
    }

    public static WebApplication UseTenderBuilderWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealthEndpoints();
        app.MapExportEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
