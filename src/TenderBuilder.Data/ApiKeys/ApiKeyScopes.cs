namespace TenderBuilder.Data.ApiKeys;

/// <summary>
/// What an API key may do. Independent of one another: a key that builds packages for a document
/// system needs <see cref="Build"/> alone, a platform that pushes drafts <see cref="Write"/> and
/// <see cref="Read"/>. No scope reaches the review workflow: a key never submits, approves or returns.
/// </summary>
[Flags]
public enum ApiKeyScopes
{
    None = 0,

    /// <summary>List and read drafts, their findings and review state, templates and the catalogue.</summary>
    Read = 1,

    /// <summary>Create, change and delete drafts.</summary>
    Write = 2,

    /// <summary>Build a draft's package or one of its files.</summary>
    Build = 4,
}

/// <summary>The scopes' names as the API and its documents spell them.</summary>
public static class ApiKeyScopeNames
{
    public const string Read = "read";

    public const string Write = "write";

    public const string Build = "build";

    /// <summary>Each scope with its name, in the order they are offered.</summary>
    public static readonly IReadOnlyList<(ApiKeyScopes Scope, string Name)> All =
        [(ApiKeyScopes.Read, Read), (ApiKeyScopes.Write, Write), (ApiKeyScopes.Build, Build)];

    /// <summary>The names of the scopes set in <paramref name="scopes"/>.</summary>
    public static IEnumerable<string> Of(ApiKeyScopes scopes) => All.Where(s => scopes.HasFlag(s.Scope)).Select(s => s.Name);
}
