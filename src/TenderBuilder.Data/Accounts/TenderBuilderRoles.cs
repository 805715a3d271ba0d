using Microsoft.AspNetCore.Identity;

namespace TenderBuilder.Data.Accounts;

/// <summary>
/// The three roles. They are part of the schema (seeded by migration, fixed ids) because the app's
/// authorisation names them; a user may hold several.
/// </summary>
public static class TenderBuilderRoles
{
    /// <summary>Creates organisations and users, resets passwords; reads no draft or template unless also an author or reviewer.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Creates and edits drafts and exports them.</summary>
    public const string Author = "Author";

    /// <summary>Reads drafts and their exports; changes nothing.</summary>
    public const string Reviewer = "Reviewer";

    /// <summary>
    /// The roles that see their organisation's drafts and templates, as a comma-separated list for
    /// role checks such as <c>AuthorizeView Roles</c>.
    /// </summary>
    public const string ContentRoles = Author + "," + Reviewer;

    /// <summary>Every role, in the order they are offered.</summary>
    public static readonly IReadOnlyList<string> All = [Author, Reviewer, Administrator];

    internal static IEnumerable<IdentityRole<Guid>> Seed() =>
    [
        Role("0b8f6a3e-9d3c-4c1e-8a57-3f6f0c2d4e11", Administrator),
        Role("0b8f6a3e-9d3c-4c1e-8a57-3f6f0c2d4e12", Author),
        Role("0b8f6a3e-9d3c-4c1e-8a57-3f6f0c2d4e13", Reviewer),
    ];

    // A fixed concurrency stamp: a generated one would make every new migration re-seed the rows.
    private static IdentityRole<Guid> Role(string id, string name) =>
        new() { Id = new Guid(id), Name = name, NormalizedName = name.ToUpperInvariant(), ConcurrencyStamp = id };
}
