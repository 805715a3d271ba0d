using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.History;
using TenderBuilder.Core.Input;
using TenderBuilder.Data;
using TenderBuilder.Data.ApiKeys;

namespace TenderBuilder.Application.ApiKeys;

/// <summary>
/// An organisation's API keys, as its administrators manage them: created with a name, scopes and
/// an expiry, shown once, revoked, and each key's access log read back. Only the hash of a key is
/// stored (<see cref="ApiKeyFormat"/>); creation and revocation go into the audit trail with the
/// organisation in place of the draft, never with the key or its hash.
/// </summary>
/// <remarks>
/// A key acts as its organisation, so only that organisation's administrators hand one out
/// (<see cref="ContentPermissions.MayManageApiKeys"/>); to anyone else every call is refused, and
/// another organisation's key is simply not found. Keys are not filtered by the database (the API
/// finds a key before anyone acts), so every query here names the organisation itself. What it says
/// to the person acting is in their interface language, from Resources/ApiKeys/ApiKeys.resx.
/// </remarks>
public sealed class ApiKeys(IDbContextFactory<TenderBuilderDbContext> contexts, TimeProvider clock, ICurrentUser user, IStringLocalizer<ApiKeys> words)
{
    /// <summary>How far ahead a key may expire: a key that never has to be renewed is a key nobody remembers handing out.</summary>
    public const int MaxYearsAhead = 2;

    /// <summary>The most access records one read returns.</summary>
    public const int MaxAccessRecords = 1000;

    private readonly ContentPermissions _may = new(user);

    /// <summary>Whether the user may manage their own organisation's keys (the page and the navigation ask it).</summary>
    public bool MayManage => user.OrganisationId is { } own && _may.MayManageApiKeys(own);

    /// <summary>The last day a new key may work, in the server's time zone.</summary>
    public DateOnly LatestExpiry => Today.AddYears(MaxYearsAhead);

    /// <summary>The day a new key works until when nobody chooses another: a year from today.</summary>
    public DateOnly DefaultExpiry => Today.AddYears(1);

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, clock.LocalTimeZone));

    /// <summary>The organisation's keys, newest first, active or not.</summary>
    /// <exception cref="AccessDeniedException">The user is not an administrator of an organisation.</exception>
    public async Task<IReadOnlyList<ApiKeySummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var organisation = Own();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.OrganisationId == organisation)
            .OrderByDescending(k => k.CreatedAtUtc).ThenBy(k => k.Name).ToListAsync(cancellationToken);
        var now = Now;
        return [.. keys.Select(k => Summary(k, now))];
    }

    /// <summary>
    /// Creates a key for the user's organisation, or says which fields are wrong and creates nothing.
    /// The key's text is in the result and nowhere else: it cannot be read back later.
    /// </summary>
    /// <param name="name">What the key is called (the system that uses it); control characters are removed, spaces collapsed.</param>
    /// <param name="scopes">What it may do; at least one.</param>
    /// <param name="expiresOn">The last day it works (in the server's time zone), after today and at most <see cref="MaxYearsAhead"/> years ahead; null for never.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The key and its summary, or the problems by field (<see cref="ApiKeyFields"/>), each naming its field.</returns>
    /// <exception cref="AccessDeniedException">The user is not an administrator of an organisation.</exception>
    public async Task<AccountResult<CreatedApiKey>> CreateAsync(string name, ApiKeyScopes scopes, DateOnly? expiresOn, CancellationToken cancellationToken = default)
    {
        var organisation = Own();
        var clean = CleanName(name);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = Now;
        var problems = new List<AccountProblem>();
        if (ProblemWithName(clean) is { } nameProblem)
        {
            problems.Add(new AccountProblem(ApiKeyFields.Name, nameProblem));
        }
        else
        {
            var active = await db.ApiKeys.AsNoTracking().Where(k => k.OrganisationId == organisation && k.RevokedAtUtc == null)
                .Select(k => new { k.Name, k.ExpiresAtUtc }).ToListAsync(cancellationToken);
            if (active.Any(k => (k.ExpiresAtUtc is null || k.ExpiresAtUtc > now) && string.Equals(k.Name, clean, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(new AccountProblem(ApiKeyFields.Name, words["NameTaken", FieldName(ApiKeyFields.Name), clean].Value));
            }
        }

        if (ProblemWithScopes(scopes) is { } scopeProblem)
        {
            problems.Add(new AccountProblem(ApiKeyFields.Scopes, scopeProblem));
        }

        if (ProblemWithExpiry(expiresOn) is { } expiryProblem)
        {
            problems.Add(new AccountProblem(ApiKeyFields.ExpiresOn, expiryProblem));
        }

        if (problems.Count > 0)
        {
            return new AccountResult<CreatedApiKey>(null, problems);
        }

        var (text, lookup, hash) = ApiKeyFormat.Generate();
        var key = new ApiKey
        {
            OrganisationId = organisation,
            Name = clean,
            LookupId = lookup,
            SecretHash = hash,
            Scopes = scopes,
            CreatedAtUtc = now,
            CreatedBy = ByName(),
            ExpiresAtUtc = expiresOn is { } day ? EndOf(day) : null,
        };
        db.ApiKeys.Add(key);
        AuditTrail.RecordApiKeyEvent(db, organisation, CreatedEvent, Describe(key), user, now);
        await db.SaveChangesAsync(cancellationToken);
        return AccountResult<CreatedApiKey>.Success(new CreatedApiKey(text, Summary(key, now)));
    }

    /// <summary>
    /// Revokes one of the organisation's keys: from now on the API refuses it. A key already revoked
    /// stays as it was (who revoked it and when), and nothing more is recorded.
    /// </summary>
    /// <returns>The key as it is now, or a problem when the organisation has no such key (another organisation's included).</returns>
    /// <exception cref="AccessDeniedException">The user is not an administrator of an organisation.</exception>
    public async Task<AccountResult<ApiKeySummary>> RevokeAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var organisation = Own();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id && k.OrganisationId == organisation, cancellationToken);
        if (key is null)
        {
            return AccountResult<ApiKeySummary>.Failure("", words["KeyNotFound"].Value);
        }

        var now = Now;
        if (key.RevokedAtUtc is null)
        {
            key.RevokedAtUtc = now;
            key.RevokedBy = ByName();
            AuditTrail.RecordApiKeyEvent(db, organisation, RevokedEvent, Describe(key), user, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return AccountResult<ApiKeySummary>.Success(Summary(key, now));
    }

    /// <summary>The latest requests made with one of the organisation's keys, newest first; none for a key it does not have.</summary>
    /// <param name="keyId">The key.</param>
    /// <param name="take">How many, at most (1 to <see cref="MaxAccessRecords"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="AccessDeniedException">The user is not an administrator of an organisation.</exception>
    public async Task<IReadOnlyList<ApiAccessEntry>> AccessLogAsync(Guid keyId, int take = 100, CancellationToken cancellationToken = default)
    {
        var organisation = Own();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The log is filtered by the acting organisation already; naming it again keeps this right
        // should that filter ever change, since the key id alone comes from the caller.
        var records = await db.ApiAccessLog.AsNoTracking().Where(r => r.KeyId == keyId && r.OrganisationId == organisation)
            .OrderByDescending(r => r.AtUtc).ThenByDescending(r => r.Id).Take(Math.Clamp(take, 1, MaxAccessRecords)).ToListAsync(cancellationToken);
        return [.. records.Select(r => new ApiAccessEntry(r.AtUtc, r.Method, r.Path, r.Status))];
    }

    /// <summary>What is wrong with a name as typed, in a sentence naming the field; null when nothing is.</summary>
    public string? ProblemWithName(string? name)
    {
        var clean = CleanName(name);
        if (clean.Length == 0)
        {
            return words["NameRequired", FieldName(ApiKeyFields.Name)].Value;
        }

        return clean.Length > ApiKey.NameMaxLength ? words["TooLong", FieldName(ApiKeyFields.Name), ApiKey.NameMaxLength].Value : null;
    }

    /// <summary>What is wrong with the scopes chosen, in a sentence naming the field; null when nothing is.</summary>
    public string? ProblemWithScopes(ApiKeyScopes scopes) =>
        scopes == ApiKeyScopes.None || (scopes & ~AllScopes) != 0 ? words["ChooseScope", FieldName(ApiKeyFields.Scopes)].Value : null;

    /// <summary>What is wrong with the expiry chosen, in a sentence naming the field; null when nothing is.</summary>
    public string? ProblemWithExpiry(DateOnly? expiresOn) => expiresOn switch
    {
        { } day when day <= Today => words["ExpiryNotAfterToday", FieldName(ApiKeyFields.ExpiresOn)].Value,
        { } day when day > LatestExpiry => words["ExpiryTooFar", FieldName(ApiKeyFields.ExpiresOn), MaxYearsAhead].Value,
        _ => null,
    };

    /// <summary>A field's name in the interface language, as the page labels it and the problems name it.</summary>
    public string FieldName(string field) => words[FieldKey(field)].Value;

    /// <summary>The name as it is stored: control characters removed, runs of white space one space, trimmed.</summary>
    public static string CleanName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }

        var text = ControlCharacters.Remove(name).Text;
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                clean.Append(c);
            }
            else if (clean.Length > 0 && clean[^1] != ' ')
            {
                clean.Append(' ');
            }
        }

        return clean.ToString().TrimEnd();
    }

    /// <summary>The trail's subject when a key is created.</summary>
    internal const string CreatedEvent = "created";

    /// <summary>The trail's subject when a key is revoked.</summary>
    internal const string RevokedEvent = "revoked";

    private const ApiKeyScopes AllScopes = ApiKeyScopes.Read | ApiKeyScopes.Write | ApiKeyScopes.Build;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    // A field's name is in the resources under its key ("Field.name").
    private static string FieldKey(string field) => "Field." + field;

    private Guid Own() =>
        user.OrganisationId is { } own && _may.MayManageApiKeys(own) ? own : throw new AccessDeniedException(words["OnlyItsAdministrators"].Value);

    private string ByName() => user.DisplayName.Length <= 200 ? user.DisplayName : user.DisplayName[..200];

    // A key chosen to work "until 7 December" works all that day where the server is, and stops at the next midnight.
    private DateTime EndOf(DateOnly day)
    {
        var midnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var zone = clock.LocalTimeZone;
        // A zone that skips midnight for summer time: the first moment of the next day that exists.
        while (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(midnight, zone);
    }

    // The last day a key works, as the administrator chose it.
    private DateOnly? LastDay(DateTime? expiresAtUtc) =>
        expiresAtUtc is { } end ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(end, clock.LocalTimeZone).AddTicks(-1)) : null;

    private ApiKeySummary Summary(ApiKey key, DateTime now) => new(
        key.Id, key.Name, ApiKeyFormat.Prefix + key.LookupId, key.Scopes, key.CreatedAtUtc, key.CreatedBy, key.ExpiresAtUtc, LastDay(key.ExpiresAtUtc),
        key.RevokedAtUtc, key.RevokedBy, key.LastUsedAtUtc,
        key.RevokedAtUtc is not null ? ApiKeyState.Revoked : key.ExpiresAtUtc is { } end && end <= now ? ApiKeyState.Expired : ApiKeyState.Active);

    // What the trail keeps of a key: a record, in the words of the API (not translated), that lets an
    // administrator match a key someone found to its entry by the public lookup id.
    private string Describe(ApiKey key) =>
        $"{key.Name} ({ApiKeyFormat.Prefix}{key.LookupId}…; scopes: {string.Join(", ", ApiKeyScopeNames.Of(key.Scopes))}; "
        + $"expires: {(LastDay(key.ExpiresAtUtc) is { } day ? day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "never")})";
}

/// <summary>The fields of a new key, as problems name them.</summary>
public static class ApiKeyFields
{
    public const string Name = "name";

    public const string Scopes = "scopes";

    public const string ExpiresOn = "expiresOn";
}

/// <summary>Whether a key works.</summary>
public enum ApiKeyState
{
    Active,

    /// <summary>Its last day is past.</summary>
    Expired,

    /// <summary>An administrator revoked it (whether or not it had expired too).</summary>
    Revoked,
}

/// <summary>One of an organisation's keys, as its administrators see it: everything but the key itself.</summary>
/// <param name="Id">The key's id.</param>
/// <param name="Name">What the administrator called it.</param>
/// <param name="Prefix">The key's public beginning (<c>tbk_</c> and its lookup id), by which someone holding a key can tell which it is.</param>
/// <param name="Scopes">What it may do.</param>
/// <param name="CreatedAtUtc">When it was created.</param>
/// <param name="CreatedBy">Who created it, by name as it was then.</param>
/// <param name="ExpiresAtUtc">When it stops working; null for never.</param>
/// <param name="ExpiresOn">The last day it works, as chosen (server's time zone); null for never.</param>
/// <param name="RevokedAtUtc">When it was revoked, if it was.</param>
/// <param name="RevokedBy">Who revoked it.</param>
/// <param name="LastUsedAtUtc">When the API last accepted it, to the minute.</param>
/// <param name="Status">Whether it works now.</param>
public sealed record ApiKeySummary(
    Guid Id, string Name, string Prefix, ApiKeyScopes Scopes, DateTime CreatedAtUtc, string CreatedBy, DateTime? ExpiresAtUtc, DateOnly? ExpiresOn,
    DateTime? RevokedAtUtc, string? RevokedBy, DateTime? LastUsedAtUtc, ApiKeyState Status)
{
    /// <summary>The scopes' names as the API spells them ("read", "write", "build").</summary>
    public IReadOnlyList<string> ScopeNames => [.. ApiKeyScopeNames.Of(Scopes)];
}

/// <summary>A key just created: its text, shown this once, and its summary.</summary>
/// <param name="Key">The whole key, to hand to the other system; it cannot be read back later.</param>
/// <param name="Summary">The key as the list shows it.</param>
public sealed record CreatedApiKey(string Key, ApiKeySummary Summary)
{
    // A record prints its members; the key must not reach a log that way.
    public override string ToString() => $"CreatedApiKey {{ Summary = {Summary} }}";
}

/// <summary>One request made with a key.</summary>
/// <param name="AtUtc">When.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path asked for, without its query.</param>
/// <param name="Status">The HTTP status answered.</param>
public sealed record ApiAccessEntry(DateTime AtUtc, string Method, string Path, int Status);
