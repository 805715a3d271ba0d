using Microsoft.EntityFrameworkCore;
using TenderBuilder.Data;
using TenderBuilder.Data.ApiKeys;

namespace TenderBuilder.Application.ApiKeys;

/// <summary>Why a presented key was or was not accepted.</summary>
public enum ApiKeyStatus
{
    Valid,

    /// <summary>Not shaped like a key, or no key has its lookup id, or the secret does not match.</summary>
    Unknown,

    Expired,

    Revoked,
}

/// <summary>The outcome of checking a presented key; the key's identity when it is valid.</summary>
public sealed record ApiKeyCheck(ApiKeyStatus Status, Guid KeyId = default, Guid OrganisationId = default, string Name = "", ApiKeyScopes Scopes = ApiKeyScopes.None)
{
    public static readonly ApiKeyCheck Unknown = new(ApiKeyStatus.Unknown);
}

/// <summary>
/// Checks API keys and writes the access log, for the web app's API authentication. Scoped to the
/// request, with a database context of its own per call. Keys are not filtered by organisation (a
/// key is checked before anyone acts), so it finds a key by its lookup id alone; each access record
/// is written for the key's organisation.
/// </summary>
public sealed class ApiKeyAuthenticator(IDbContextFactory<TenderBuilderDbContext> contexts, TimeProvider clock)
{
    // Writing "last used" on every request would make each read a write; to the minute is enough.
    private static readonly TimeSpan s_lastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>Checks a key as presented by a client.</summary>
    public async Task<ApiKeyCheck> CheckAsync(string? presented, CancellationToken cancellationToken = default)
    {
        if (ApiKeyFormat.LookupIdOf(presented) is not { } lookup)
        {
            return ApiKeyCheck.Unknown;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.LookupId == lookup, cancellationToken);
        if (key is null || !ApiKeyFormat.Matches(presented!, key.SecretHash))
        {
            return ApiKeyCheck.Unknown;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (key.RevokedAtUtc is not null)
        {
            return new ApiKeyCheck(ApiKeyStatus.Revoked, key.Id, key.OrganisationId, key.Name, key.Scopes);
        }

        if (key.ExpiresAtUtc is { } expires && expires <= now)
        {
            return new ApiKeyCheck(ApiKeyStatus.Expired, key.Id, key.OrganisationId, key.Name, key.Scopes);
        }

        if (key.LastUsedAtUtc is not { } last || now - last >= s_lastUsedResolution)
        {
            key.LastUsedAtUtc = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ApiKeyCheck(ApiKeyStatus.Valid, key.Id, key.OrganisationId, key.Name, key.Scopes);
    }

    /// <summary>Records one request made with a valid key.</summary>
    public async Task RecordAccessAsync(Guid keyId, Guid organisationId, string method, string path, int status, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ApiAccessLog.Add(new ApiAccessRecord
        {
            KeyId = keyId,
            OrganisationId = organisationId,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            // A client may send any method token and any path; PostgreSQL refuses a value longer than
            // its column (SQLite would keep it), so both are cut here rather than failing the request.
            Method = Cut(method, ApiAccessRecord.MethodMaxLength),
            Path = Cut(path, ApiAccessRecord.PathMaxLength),
            Status = status,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    // Never between the two halves of a character outside the BMP: a lone surrogate is not UTF-8.
    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        return char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
    }
}
