using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace TenderBuilder.Web.Tests;

/// <summary>A bUnit context set up the way the app runs components: MudBlazor, interactive server.</summary>
internal static class MudTestContext
{
    public static BunitContext Create()
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return context;
    }
}
