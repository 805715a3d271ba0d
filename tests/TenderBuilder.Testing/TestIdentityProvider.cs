using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TenderBuilder.Testing;

/// <summary>The person the provider says is signing in.</summary>
/// <param name="EmailVerified">Whether the provider vouches for the address (the <c>email_verified</c> claim).</param>
public sealed record TestIdentity(string Subject, string Email, string Name, bool EmailVerified = true);

/// <summary>What is wrong with the id tokens the provider issues, to show the app checks them.</summary>
public enum IdTokenForgery
{
    None,

    /// <summary>Signed with a key the provider never published, under the published key's id.</summary>
    UnpublishedKey,

    /// <summary>Issued to another client: the audience is not the app.</summary>
    OtherAudience,
}

/// <summary>
/// A minimal OpenID Connect provider on a real loopback port: discovery, keys, the authorization
/// code flow with PKCE (S256) and one registered client. The app talks to it as to Entra ID or
/// Keycloak, with its own HTTP client for discovery, keys and the code exchange, so the tests
/// exercise the real handler rather than a test scheme. Whoever the test puts in
/// <see cref="NextUser"/> is signed in without a login page: the provider's own sign-in is not
/// what the tests are about.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "tenderbuilder-tests";
    public const string ClientSecret = "test-client-secret";
    private const string KeyId = "test-signing-key";

    private readonly Uri _redirectUri;
    private readonly WebApplication _server;
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RSA _unpublishedRsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> _grants = new();
    private string _issuer = "";

    private TestIdentityProvider(Uri redirectUri)
    {
        _redirectUri = redirectUri;
        // The empty builder reads no appsettings or environment, so nothing in the test output folder changes it.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        _server = builder.Build();
        _server.MapGet("/.well-known/openid-configuration", Discovery);
        _server.MapGet("/jwks", Keys);
        _server.MapGet("/authorize", (HttpRequest request) => Authorize(request.Query));
        _server.MapPost("/token", TokenAsync);
    }

    /// <summary>The provider's address, which is also its issuer (what the app configures as authority).</summary>
    public Uri Address => new(_issuer);

    /// <summary>Who the next authorization request signs in.</summary>
    public TestIdentity? NextUser { get; set; }

    /// <summary>A flaw to put into the id tokens issued from now on.</summary>
    public IdTokenForgery Forgery { get; set; }

    /// <summary>Starts a provider whose one client may only be sent back to <paramref name="redirectUri"/>.</summary>
    public static async Task<TestIdentityProvider> StartAsync(Uri redirectUri)
    {
        var provider = new TestIdentityProvider(redirectUri);
        await provider._server.StartAsync();
        var address = provider._server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        provider._issuer = address.TrimEnd('/');
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _rsa.Dispose();
        _unpublishedRsa.Dispose();
    }

    private IResult Discovery() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = _issuer,
        ["authorization_endpoint"] = _issuer + "/authorize",
        ["token_endpoint"] = _issuer + "/token",
        ["jwks_uri"] = _issuer + "/jwks",
        ["response_types_supported"] = new[] { "code" },
        ["response_modes_supported"] = new[] { "query", "form_post" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post" },
        ["scopes_supported"] = new[] { "openid", "profile", "email" },
    });

    // Only the public half: modulus and exponent.
    private IResult Keys()
    {
        var key = _rsa.ExportParameters(includePrivateParameters: false);
        return Results.Json(new
        {
            keys = new[]
            {
                new { kty = "RSA", use = "sig", alg = SecurityAlgorithms.RsaSha256, kid = KeyId, n = Base64UrlEncoder.Encode(key.Modulus), e = Base64UrlEncoder.Encode(key.Exponent) },
            },
        });
    }

    private IResult Authorize(IQueryCollection query)
    {
        // An unknown client or redirect address gets an error page here, never a redirect (RFC 6749 §4.1.2.1).
        if (query["client_id"] != ClientId || query["redirect_uri"] != _redirectUri.AbsoluteUri)
        {
            return Results.BadRequest("Unknown client or redirect address.");
        }

        if (query["response_type"] != "code" || query["code_challenge_method"] != "S256" || string.IsNullOrEmpty(query["code_challenge"]))
        {
            return Results.BadRequest("Only the authorization code flow with PKCE (S256) is supported.");
        }

        var user = NextUser ?? throw new InvalidOperationException("Set NextUser before signing in through the test provider.");
        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        _grants[code] = new Grant(user, query["nonce"].ToString(), query["code_challenge"].ToString());
        var answer = new Dictionary<string, string> { ["code"] = code, ["state"] = query["state"].ToString() };

        // ASP.NET Core's handler asks for form_post by default: the browser posts the code back
        // through a self-submitting form, so it never shows in an address bar or a log.
        return query["response_mode"] == "form_post"
            ? Results.Content(AutoSubmittingForm(_redirectUri, answer), "text/html")
            : Results.Redirect(_redirectUri.AbsoluteUri + "?" + string.Join("&", answer.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}")));
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
        {
            return OAuthError("invalid_client", StatusCodes.Status401Unauthorized);
        }

        // A code is good once, for the address it was issued to, and only with the verifier whose
        // hash came with the authorization request (PKCE): a stolen code alone is worth nothing.
        if (form["grant_type"] != "authorization_code" || !_grants.TryRemove(form["code"].ToString(), out var grant)
            || form["redirect_uri"] != _redirectUri.AbsoluteUri
            || S256(form["code_verifier"].ToString()) != grant.CodeChallenge)
        {
            return OAuthError("invalid_grant", StatusCodes.Status400BadRequest);
        }

        var now = DateTime.UtcNow;
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _issuer,
            Audience = Forgery == IdTokenForgery.OtherAudience ? "another-client" : ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = grant.User.Subject,
                ["email"] = grant.User.Email,
                ["email_verified"] = grant.User.EmailVerified,
                ["name"] = grant.User.Name,
                ["nonce"] = grant.Nonce,
            },
            SigningCredentials = new SigningCredentials(
                new RsaSecurityKey(Forgery == IdTokenForgery.UnpublishedKey ? _unpublishedRsa : _rsa) { KeyId = KeyId },
                SecurityAlgorithms.RsaSha256),
        });

        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)),
            ["token_type"] = "Bearer",
            ["expires_in"] = 300,
            ["id_token"] = idToken,
        });
    }

    private static IResult OAuthError(string error, int status) =>
        Results.Json(new Dictionary<string, string> { ["error"] = error }, statusCode: status);

    private static string S256(string verifier) => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private static string AutoSubmittingForm(Uri action, IReadOnlyDictionary<string, string> fields)
    {
        var html = HtmlEncoder.Default;
        var inputs = string.Concat(fields.Select(f => $"<input type=\"hidden\" name=\"{html.Encode(f.Key)}\" value=\"{html.Encode(f.Value)}\">"));
        return $"<!doctype html><html><body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"{html.Encode(action.AbsoluteUri)}\">{inputs}</form></body></html>";
    }

    private sealed record Grant(TestIdentity User, string Nonce, string CodeChallenge);
}
