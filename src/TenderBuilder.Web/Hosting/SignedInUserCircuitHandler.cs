using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace TenderBuilder.Web.Hosting;

/// <summary>
/// Keeps <see cref="SignedInUser"/> current in a circuit: the HTTP context is gone once the
/// circuit runs, so the user comes from the circuit's authentication state, refreshed before every
/// inbound event.
/// </summary>
internal sealed class SignedInUserCircuitHandler(AuthenticationStateProvider authentication, SignedInUser user)
    : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnAuthenticationChanged;
        user.Principal = (await authentication.GetAuthenticationStateAsync()).User;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            user.Principal = (await authentication.GetAuthenticationStateAsync()).User;
            await next(context);
        };

    public void Dispose() => authentication.AuthenticationStateChanged -= OnAuthenticationChanged;

    private async void OnAuthenticationChanged(Task<AuthenticationState> state)
    {
        try
        {
            user.Principal = (await state).User;
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
        {
            // Keep the last known user; the next inbound event refreshes it.
        }
    }
}

/// <summary>Sets <see cref="SignedInUser"/> from the request's user, after authentication ran.</summary>
internal sealed class SignedInUserMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, SignedInUser user)
    {
        user.Principal = context.User;
        return next(context);
    }
}
