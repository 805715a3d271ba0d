using Microsoft.AspNetCore.Identity;

namespace TenderBuilder.Data.Accounts;

/// <summary>A person who signs in. Every user belongs to exactly one organisation.</summary>
public sealed class TenderBuilderUser : IdentityUser<Guid>
{
    /// <summary>The longest display name accepted.</summary>
    public const int DisplayNameMaxLength = 200;

    public TenderBuilderUser() => Id = Guid.NewGuid();

    /// <summary>The organisation whose drafts the user works on.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The name shown in the app ("Anna de Vries").</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The longest interface language name stored ("de-DE", "en-GB").</summary>
    public const int InterfaceLanguageMaxLength = 16;

    /// <summary>
    /// The language the person chose for the interface (a culture name such as "nl-NL"); none
    /// until they choose, and then the browser's language is used.
    /// </summary>
    public string? InterfaceLanguage { get; set; }
}
