using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using TenderBuilder.Data;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Data.Organisations;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Web.Hosting;
using TenderBuilder.Web.Features.Api;

namespace TenderBuilder.Web.Features.Accounts;

/// <summary>Sign-in, roles and the organisation scope of every request and circuit.</summary>
internal static partial class AccountsHosting
{
    public const string LoginPath = "/account/login";

    /// <summary>Wrong passwords in a row that lock an account for 15 minutes.</summary>
    public const int MaxFailedAccessAttempts = 10;

    public static IHostApplicationBuilder AddTenderBuilderAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<AdministratorOptions>(builder.Configuration.GetSection(AdministratorOptions.SectionName));
        var oidc = builder.Configuration.GetSection(OpenIdConnectSignInOptions.SectionName).Get<OpenIdConnectSignInOptions>() ?? new();
        if (oidc.Problem() is { } problem)
        {
            throw new StartupConfigurationException(problem);
        }

        services.AddSingleton(oidc);

        services.AddScoped<SignedInUser>();
        services.AddScoped<ICurrentUser>(provider => provider.GetRequiredService<SignedInUser>());
        services.AddScoped<IOrganisationScope>(provider => provider.GetRequiredService<SignedInUser>());
        services.AddScoped<CircuitHandler, SignedInUserCircuitHandler>();
        services.AddCascadingAuthenticationState();
        services.AddSingleton<FirstAdministrator>();
        services.AddScoped<PasswordSignIn>();
        services.AddSignInRateLimits(builder.Configuration);

        var authentication = services.AddAuthentication(options =>
        {
            options.DefaultScheme = IdentityConstants.ApplicationScheme;
            options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        });
        authentication.AddIdentityCookies();
        // The HTTP API's scheme: keys only, named by the API's endpoints alone (docs/api.md).
        services.AddTenderBuilderApi(builder.Configuration, authentication);
        if (oidc.IsConfigured)
        {
            authentication.AddOpenIdConnect(OpenIdConnectSignInOptions.Scheme, oidc.DisplayName, options => Configure(options, oidc));
        }

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "TenderBuilder.SignIn";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = LoginPath;
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        // A locked-out or changed user's other sessions end at their next check.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(5));

        services.AddIdentityCore<TenderBuilderUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length is what makes a password strong (NIST SP 800-63B); no composition rules.
                options.Password.RequiredLength = FirstAdministrator.MinimumPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                // Above the per-address rate limit (5 in 15 minutes by default), so a stranger who knows an
                // officer's address cannot lock the account with one window's attempts; the lock stays
                // as the limit every instance shares (rate limits are counted per instance).
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedAccessAttempts;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<TenderBuilderDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<TenderBuilderClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrors>();

        // Every page and endpoint needs a signed-in user unless it says otherwise (sign-in, setup, health).
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        // Keys in the database: every instance behind a load balancer reads the same cookies.
        var keys = services.AddDataProtection().SetApplicationName("TenderBuilder").PersistKeysToDbContext<TenderBuilderDbContext>();
        // Optional: encrypt the stored keys, so a copy of the database alone cannot forge sign-ins.
        if (builder.Configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificate)
        {
            keys.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                certificate, builder.Configuration["DataProtection:CertificatePassword"]));
        }
        return builder;
    }

    /// <summary>Origins a sign-in form may lead to besides this site.</summary>
    public static IEnumerable<string> FormTargets(OpenIdConnectSignInOptions oidc) =>
        oidc.IsConfigured && Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority)
            ? [authority.GetLeftPart(UriPartial.Authority)]
            : [];

    private static void Configure(OpenIdConnectOptions options, OpenIdConnectSignInOptions oidc)
    {
        options.Authority = oidc.Authority;
        options.ClientId = oidc.ClientId;
        options.ClientSecret = oidc.ClientSecret;
        options.ResponseType = "code";
        options.UsePkce = true;
        options.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
        options.SignInScheme = IdentityConstants.ExternalScheme;
        options.CallbackPath = "/signin-oidc";
        options.Scope.Clear();
        foreach (var scope in new[] { "openid", "profile", "email" })
        {
            options.Scope.Add(scope);
        }

        options.GetClaimsFromUserInfoEndpoint = false;
        options.SaveTokens = false;

        // A round trip that fails (cancelled at the provider, a token that does not validate, a
        // sign-in left open too long) would otherwise end on the error page with status 500. The
        // person goes back to the sign-in page with its own explanation; why it failed is for the
        // operator's log, not for the page.
        options.Events.OnRemoteFailure = context =>
        {
            LogRemoteFailure(context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AccountsHosting)),
                context.Failure?.Message ?? "no reason given");
            context.Response.Redirect(context.Request.PathBase + LoginPath + "?problem=" + SignInProblem.Incomplete);
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Single sign-on failed: {Reason}")]
    private static partial void LogRemoteFailure(ILogger logger, string reason);
}
