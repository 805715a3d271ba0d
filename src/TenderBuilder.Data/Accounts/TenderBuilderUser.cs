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
}
