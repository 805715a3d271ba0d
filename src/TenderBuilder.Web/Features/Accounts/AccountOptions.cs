using TenderBuilder.Data.Organisations;

namespace TenderBuilder.Web.Features.Accounts;

/// <summary>
/// The first administrator, from configuration (section <c>Administrator</c>). Used only while no
/// administrator exists; without it the app prints a one-time setup token instead.
/// </summary>
public sealed class AdministratorOptions
{
    public const string SectionName = "Administrator";

    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? Name { get; set; }

    /// <summary>The administrator's organisation, created when it does not exist.</summary>
    public string? Organisation { get; set; }

    public OrganisationKind OrganisationKind { get; set; } = OrganisationKind.City;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Email) && !string.IsNullOrWhiteSpace(Password);
}

/// <summary>
/// Sign-in through an OpenID Connect provider such as Entra ID or Keycloak (section
/// <c>Authentication:OpenIdConnect</c>); off unless an authority and a client id are set.
/// </summary>
public sealed class OpenIdConnectSignInOptions
{
    public const string SectionName = "Authentication:OpenIdConnect";

    /// <summary>The scheme's name, also the provider name stored with linked accounts.</summary>
    public const string Scheme = "oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>What <see cref="DisplayName"/> is when none is configured.</summary>
    public const string DefaultDisplayName = "single sign-on";

    /// <summary>
    /// The provider's name on the sign-in button: "Sign in with {DisplayName}". Left at
    /// <see cref="DefaultDisplayName"/>, the button says "Sign in with single sign-on" in the person's language.
    /// </summary>
    public string DisplayName { get; set; } = DefaultDisplayName;

    /// <summary>
    /// The organisation (by name) that people signing in for the first time join, as authors.
    /// Unset: only people an administrator has created (with the same e-mail address) may sign in.
    /// </summary>
    public string? ProvisionOrganisation { get; set; }

    /// <summary>The kind of organisation <see cref="ProvisionOrganisation"/> is created as.</summary>
    public OrganisationKind ProvisionOrganisationKind { get; set; } = OrganisationKind.City;

    /// <summary>
    /// Accept an e-mail address the provider does not mark as verified (<c>email_verified</c>).
    /// Only for providers whose addresses are all managed by the organisation, such as Entra ID,
    /// which does not send that claim. Off by default.
    /// </summary>
    public bool TrustUnverifiedEmail { get; set; }

    /// <summary>Off only for a provider on plain HTTP in a test set-up.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>
    /// What is wrong with a configured provider that would make every sign-in fail, or null. Checked
    /// at start-up so that the operator reads one line instead of every request failing later.
    /// </summary>
    public string? Problem()
    {
        if (!IsConfigured)
        {
            return null;
        }

        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
        {
            return $"{SectionName}:Authority must be the provider's https:// address; it is \"{Authority}\".";
        }

        return authority.Scheme == "http" && RequireHttpsMetadata
            ? $"{SectionName}:Authority is a plain http:// address ({Authority}); use the provider's https:// address, or set {SectionName}:RequireHttpsMetadata to false in a test set-up only."
            : null;
    }
}
