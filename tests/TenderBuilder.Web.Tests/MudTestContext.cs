using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace TenderBuilder.Web.Tests;

/// <summary>A bUnit context set up the way the app runs components: MudBlazor, interactive server.</summary>
internal static class MudTestContext
{
    /// <param name="services">More services the component needs; added before anything is resolved.</param>
    public static BunitContext Create(Action<IServiceCollection>? services = null)
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        services?.Invoke(context.Services);
        context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return context;
    }
}
