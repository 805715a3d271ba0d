using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace TenderBuilder.Web.Tests;

/// <summary>A bUnit context set up the way the app runs components: MudBlazor, interactive server, someone signed in.</summary>
internal static class MudTestContext
{
    /// <param name="services">More services the component needs; added before anything is resolved.</param>
    /// <param name="roles">The signed-in user's roles (Author when none are given).</param>
    public static BunitContext Create(Action<IServiceCollection>? services = null, string[]? roles = null)
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddLocalization(localization => localization.ResourcesPath = "Resources");
        context.Services.AddScoped<TenderBuilder.Web.Components.Shared.UnsavedWork>();
        context.AddAuthorization().SetAuthorized("Test officer").SetRoles(roles ?? ["Author"]);
        services?.Invoke(context.Services);
        context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return context;
    }
}
