using Microsoft.EntityFrameworkCore;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.ApiKeys;
using TenderBuilder.Data;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Data.ApiKeys;
using TenderBuilder.Data.Audit;
using TenderBuilder.Testing;
using Keys = TenderBuilder.Application.ApiKeys.ApiKeys;

namespace TenderBuilder.Application.Tests.ApiKeys;

/// <summary>
/// An organisation's API keys as its administrators manage them: a key is shown once and works as
/// its organisation with its scopes until it expires or is revoked; the database holds only its
/// hash; nobody else sees, revokes or reads the log of it; creation and revocation are in the audit
/// trail without the secret. On SQLite and PostgreSQL.
/// </summary>
public abstract class ApiKeysContract(HostFixture fixture)
{
    private ApplicationHost Host => fixture.Host;

    private DateOnly Today => DateOnly.FromDateTime(Host.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task A_new_key_is_accepted_as_its_organisation_with_its_scopes_and_listed_as_active()
    {
        var administrator = await AdministratorAsync("Utrecht");

        var created = await CreateAsync(administrator, "Negometrix sync", ApiKeyScopes.Read | ApiKeyScopes.Build, Today.AddYears(1));

        created.Key.ShouldStartWith(ApiKeyFormat.Prefix);
        var check = await CheckAsync(created.Key);
        check.Status.ShouldBe(ApiKeyStatus.Valid);
        (check.OrganisationId, check.Name, check.Scopes).ShouldBe((administrator.OrganisationId!.Value, "Negometrix sync", ApiKeyScopes.Read | ApiKeyScopes.Build));
        check.KeyId.ShouldBe(created.Summary.Id);
        var listed = (await ListAsync(administrator)).ShouldHaveSingleItem();
        listed.Name.ShouldBe("Negometrix sync");
        listed.ScopeNames.ShouldBe(["read", "build"]);
        listed.Status.ShouldBe(ApiKeyState.Active);
        listed.CreatedBy.ShouldBe("Ada Administrator");
        listed.CreatedAtUtc.ShouldBe(Host.Clock.GetUtcNow().UtcDateTime);
        listed.ExpiresOn.ShouldBe(Today.AddYears(1));
        listed.LastUsedAtUtc.ShouldBe(Host.Clock.GetUtcNow().UtcDateTime, "the check just now used it");
        created.Key.ShouldStartWith(listed.Prefix + "_", Case.Sensitive, "the list shows the public beginning by which a holder tells keys apart");
        created.ToString().ShouldNotContain(created.Key);
    }

    [Fact]
    public async Task Only_the_hash_is_stored_the_key_itself_is_nowhere_in_its_row()
    {
        var administrator = await AdministratorAsync("Utrecht");

        var created = await CreateAsync(administrator, "Document system", ApiKeyScopes.Build, null);

        var row = await RowAsync(created.Summary.Id);
        row.SecretHash.ShouldBe(ApiKeyFormat.Hash(created.Key));
        var secret = created.Key[(created.Key.LastIndexOf('_') + 1)..];
        foreach (var text in new[] { row.Name, row.LookupId, row.SecretHash, row.CreatedBy, row.RevokedBy ?? "" })
        {
            text.ShouldNotContain(secret);
        }

        row.ExpiresAtUtc.ShouldBeNull("no expiry was chosen");
        (await CheckAsync(created.Key)).Status.ShouldBe(ApiKeyStatus.Valid);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_and_listed_as_revoked_and_revoking_it_again_changes_nothing()
    {
        var administrator = await AdministratorAsync("Utrecht");
        var created = await CreateAsync(administrator, "Platform", ApiKeyScopes.Read | ApiKeyScopes.Write, Today.AddDays(30));
        Host.Clock.Advance(TimeSpan.FromHours(1));

        var revoked = await Host.AsAsync(administrator, (Keys keys) => keys.RevokeAsync(created.Summary.Id));
        var revokedAt = Host.Clock.GetUtcNow().UtcDateTime;
        Host.Clock.Advance(TimeSpan.FromHours(1));
        var again = await Host.AsAsync(administrator, (Keys keys) => keys.RevokeAsync(created.Summary.Id));

        revoked.Succeeded.ShouldBeTrue();
        again.Succeeded.ShouldBeTrue();
        (await CheckAsync(created.Key)).Status.ShouldBe(ApiKeyStatus.Revoked);
        var listed = (await ListAsync(administrator)).ShouldHaveSingleItem();
        (listed.Status, listed.RevokedAtUtc, listed.RevokedBy).ShouldBe((ApiKeyState.Revoked, revokedAt, "Ada Administrator"));
        (await TrailAsync(administrator.OrganisationId!.Value)).Count(e => e.Subject == "revoked").ShouldBe(1, "the second revocation records nothing");
    }

    [Fact]
    public async Task A_key_works_all_its_last_day_and_is_refused_as_expired_from_the_next()
    {
        var administrator = await AdministratorAsync("Utrecht");
        var lastDay = Today.AddDays(1);
        var created = await CreateAsync(administrator, "Short-lived", ApiKeyScopes.Read, lastDay);

        Host.Clock.SetUtcNow(new DateTimeOffset(lastDay.ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero));
        (await CheckAsync(created.Key)).Status.ShouldBe(ApiKeyStatus.Valid);
        Host.Clock.Advance(TimeSpan.FromMinutes(1));

        (await CheckAsync(created.Key)).Status.ShouldBe(ApiKeyStatus.Expired);
        (await ListAsync(administrator)).ShouldHaveSingleItem().Status.ShouldBe(ApiKeyState.Expired);
    }

    [Fact]
    public async Task A_key_with_a_changed_secret_or_of_the_wrong_shape_is_unknown()
    {
        var administrator = await AdministratorAsync("Utrecht");
        var created = await CreateAsync(administrator, "Platform", ApiKeyScopes.Read, null);
        var last = created.Key[^1];
        var tampered = created.Key[..^1] + (last == 'A' ? 'B' : 'A');

        (await CheckAsync(tampered)).ShouldBe(ApiKeyCheck.Unknown);
        (await CheckAsync(created.Key[..^1])).ShouldBe(ApiKeyCheck.Unknown);
        (await CheckAsync("Bearer " + created.Key)).ShouldBe(ApiKeyCheck.Unknown);
        (await CheckAsync(null)).ShouldBe(ApiKeyCheck.Unknown);
        (await RowAsync(created.Summary.Id)).LastUsedAtUtc.ShouldBeNull("a refused key was not used");
    }

    [Fact]
    public async Task Another_organisations_administrator_neither_sees_nor_revokes_the_key_nor_reads_its_log()
    {
        var utrecht = await AdministratorAsync("Utrecht");
        var stockholm = await Host.UserAsync("Sven Administrator", People.Organisation("Stockholm"), TenderBuilderRoles.Administrator);
        var created = await CreateAsync(utrecht, "Negometrix sync", ApiKeyScopes.Read, null);
        await RecordAsync(utrecht, created, "GET", "/api/v1/drafts", 200);

        (await ListAsync(stockholm)).ShouldBeEmpty();
        var revoked = await Host.AsAsync(stockholm, (Keys keys) => keys.RevokeAsync(created.Summary.Id));
        var log = await Host.AsAsync(stockholm, (Keys keys) => keys.AccessLogAsync(created.Summary.Id));

        revoked.Succeeded.ShouldBeFalse();
        revoked.Problems.ShouldHaveSingleItem().Message.ShouldBe("Your organisation has no such API key.");
        log.ShouldBeEmpty();
        (await CheckAsync(created.Key)).Status.ShouldBe(ApiKeyStatus.Valid);
        (await TrailAsync(utrecht.OrganisationId!.Value)).ShouldNotContain(e => e.Subject == "revoked");
    }

    [Theory]
    [InlineData(TenderBuilderRoles.Author)]
    [InlineData(TenderBuilderRoles.Reviewer)]
    public async Task Someone_who_is_not_an_administrator_of_the_organisation_is_refused_everything(string role)
    {
        var organisation = People.Organisation("Utrecht");
        var administrator = await Host.UserAsync("Ada Administrator", organisation, TenderBuilderRoles.Administrator);
        var officer = await Host.UserAsync("Olga Officer", organisation, role);
        var created = await CreateAsync(administrator, "Platform", ApiKeyScopes.Read, null);
        const string Refusal = "Only an administrator of the organisation may manage its API keys.";

        (await Should.ThrowAsync<AccessDeniedException>(() => ListAsync(officer))).Message.ShouldBe(Refusal);
        (await Should.ThrowAsync<AccessDeniedException>(() =>
            Host.AsAsync(officer, (Keys keys) => keys.CreateAsync("Mine", ApiKeyScopes.Write, null)))).Message.ShouldBe(Refusal);
        (await Should.ThrowAsync<AccessDeniedException>(() =>
            Host.AsAsync(officer, (Keys keys) => keys.RevokeAsync(created.Summary.Id)))).Message.ShouldBe(Refusal);
        (await Should.ThrowAsync<AccessDeniedException>(() =>
            Host.AsAsync(officer, (Keys keys) => keys.AccessLogAsync(created.Summary.Id)))).Message.ShouldBe(Refusal);
        await using var scope = Host.ScopeFor(officer);
        scope.ServiceProvider.GetRequiredService<Keys>().MayManage.ShouldBeFalse();
        (await ListAsync(administrator)).ShouldHaveSingleItem().Status.ShouldBe(ApiKeyState.Active);
    }

    [Fact]
    public async Task Each_problem_names_its_field_and_no_key_is_made()
    {
        var administrator = await AdministratorAsync("Utrecht");

        var empty = await TryCreateAsync(administrator, " \t ", ApiKeyScopes.None, Today);
        var tooLong = await TryCreateAsync(administrator, new string('k', ApiKey.NameMaxLength + 1), ApiKeyScopes.Read, Today.AddYears(2).AddDays(1));

        empty.ProblemWith(ApiKeyFields.Name).ShouldBe("Name: enter a name that says which system uses the key.");
        empty.ProblemWith(ApiKeyFields.Scopes).ShouldBe("Permissions: choose at least one.");
        empty.ProblemWith(ApiKeyFields.ExpiresOn).ShouldBe("Valid until: choose a day after today.");
        empty.Problems.Count.ShouldBe(3);
        tooLong.ProblemWith(ApiKeyFields.Name).ShouldBe("Name: at most 100 characters.");
        tooLong.ProblemWith(ApiKeyFields.ExpiresOn).ShouldBe("Valid until: choose a day at most 2 years from today.");
        (await TryCreateAsync(administrator, "Unknown scope", (ApiKeyScopes)8, null)).ProblemWith(ApiKeyFields.Scopes).ShouldNotBeNull();
        (await ListAsync(administrator)).ShouldBeEmpty();
        (await TrailAsync(administrator.OrganisationId!.Value)).ShouldBeEmpty();
        (await TryCreateAsync(administrator, "Two years", ApiKeyScopes.Read, Today.AddYears(2))).Succeeded.ShouldBeTrue("two years ahead is the limit, not past it");
    }

    [Fact]
    public async Task A_Dutch_administrator_reads_the_problems_in_Dutch()
    {
        var administrator = await AdministratorAsync("Utrecht");

        var result = await InterfaceCulture.InAsync("nl-NL", () => TryCreateAsync(administrator, "", ApiKeyScopes.None, null));

        result.ProblemWith(ApiKeyFields.Name).ShouldBe("Naam: vul een naam in die zegt welk systeem de sleutel gebruikt.");
        result.ProblemWith(ApiKeyFields.Scopes).ShouldBe("Rechten: kies er ten minste één.");
    }

    [Fact]
    public async Task A_name_loses_its_control_characters_and_is_unique_among_the_active_keys_only()
    {
        var administrator = await AdministratorAsync("Utrecht");
        var first = await CreateAsync(administrator, "  Negometrix\u0000  sync\n", ApiKeyScopes.Read, null);

        var taken = await TryCreateAsync(administrator, "NEGOMETRIX SYNC", ApiKeyScopes.Write, null);
        await Host.AsAsync(administrator, (Keys keys) => keys.RevokeAsync(first.Summary.Id));
        var again = await TryCreateAsync(administrator, "Negometrix sync", ApiKeyScopes.Write, null);

        first.Summary.Name.ShouldBe("Negometrix sync");
        taken.ProblemWith(ApiKeyFields.Name).ShouldBe("Name: an active key of your organisation is already called “NEGOMETRIX SYNC”; choose another name.");
        again.Succeeded.ShouldBeTrue("a revoked key's name may be used again");
        var other = await AdministratorAsync("Stockholm");
        (await TryCreateAsync(other, "Negometrix sync", ApiKeyScopes.Read, null)).Succeeded.ShouldBeTrue("names are unique within an organisation");
        (await ListAsync(administrator)).Select(k => (k.Name, k.Status)).ShouldBe([("Negometrix sync", ApiKeyState.Active), ("Negometrix sync", ApiKeyState.Revoked)], ignoreOrder: true);
    }

    [Fact]
    public async Task Creation_and_revocation_are_in_the_trail_under_the_administrator_without_the_key_or_its_hash()
    {
        var administrator = await AdministratorAsync("Utrecht");
        var created = await CreateAsync(administrator, "Negometrix sync", ApiKeyScopes.Read | ApiKeyScopes.Write, new DateOnly(2027, 6, 30));
        Host.Clock.Advance(TimeSpan.FromMinutes(3));
        await Host.AsAsync(administrator, (Keys keys) => keys.RevokeAsync(created.Summary.Id));

        var trail = await TrailAsync(administrator.OrganisationId!.Value);

        trail.Select(e => e.Subject).ShouldBe(["created", "revoked"]);
        trail.ShouldAllBe(e => e.Kind == AuditEntry.ApiKeyKind && e.UserName == "Ada Administrator" && e.OrganisationId == administrator.OrganisationId);
        trail[0].After.ShouldBe($"Negometrix sync ({created.Summary.Prefix}…; scopes: read, write; expires: 2027-06-30)");
        var secret = created.Key[(created.Key.LastIndexOf('_') + 1)..];
        foreach (var text in trail.SelectMany(e => new[] { e.Subject, e.Before, e.After }).OfType<string>())
        {
            text.ShouldNotContain(secret);
            text.ShouldNotContain(ApiKeyFormat.Hash(created.Key));
        }
    }

    [Fact]
    public async Task The_access_log_of_a_key_reads_back_newest_first_for_its_organisation()
    {
        var administrator = await AdministratorAsync("Utrecht");
        var created = await CreateAsync(administrator, "Platform", ApiKeyScopes.Read | ApiKeyScopes.Build, null);
        var other = await CreateAsync(administrator, "Other system", ApiKeyScopes.Read, null);
        await RecordAsync(administrator, created, "GET", "/api/v1/drafts", 200);
        Host.Clock.Advance(TimeSpan.FromSeconds(5));
        await RecordAsync(administrator, other, "GET", "/api/v1/templates", 200);
        Host.Clock.Advance(TimeSpan.FromSeconds(5));
        await RecordAsync(administrator, created, "POST", "/api/v1/drafts/" + new string('x', 500), 403);

        var log = await Host.AsAsync(administrator, (Keys keys) => keys.AccessLogAsync(created.Summary.Id));
        var latest = await Host.AsAsync(administrator, (Keys keys) => keys.AccessLogAsync(created.Summary.Id, take: 1));

        log.Select(r => (r.Method, r.Status)).ShouldBe([("POST", 403), ("GET", 200)]);
        log[0].Path.Length.ShouldBe(ApiAccessRecord.PathMaxLength);
        log[0].AtUtc.ShouldBe(Host.Clock.GetUtcNow().UtcDateTime);
        log[1].Path.ShouldBe("/api/v1/drafts");
        latest.ShouldHaveSingleItem().Method.ShouldBe("POST");
    }

    [Fact]
    public async Task A_request_with_an_overlong_method_or_path_is_logged_cut_rather_than_failing()
    {
        var administrator = await AdministratorAsync("Utrecht");
        var created = await CreateAsync(administrator, "Platform", ApiKeyScopes.Read, null);
        // A character outside the BMP across the limit: cut whole, never in half (a lone surrogate is not UTF-8).
        var path = "/api/v1/" + new string('x', ApiAccessRecord.PathMaxLength - 9) + "😀/rest";

        await RecordAsync(administrator, created, "PROPPATCHEXTENDED", path, 405);

        var logged = (await Host.AsAsync(administrator, (Keys keys) => keys.AccessLogAsync(created.Summary.Id))).ShouldHaveSingleItem();
        logged.Method.ShouldBe("PROPPATCHE");
        logged.Path.ShouldBe(path[..(ApiAccessRecord.PathMaxLength - 1)]);
    }

    private Task<TestUser> AdministratorAsync(string organisation) =>
        Host.UserAsync("Ada Administrator", People.Organisation(organisation), TenderBuilderRoles.Administrator);

    private Task<AccountResult<CreatedApiKey>> TryCreateAsync(TestUser administrator, string name, ApiKeyScopes scopes, DateOnly? expiresOn) =>
        Host.AsAsync(administrator, (Keys keys) => keys.CreateAsync(name, scopes, expiresOn));

    private async Task<CreatedApiKey> CreateAsync(TestUser administrator, string name, ApiKeyScopes scopes, DateOnly? expiresOn)
    {
        var result = await TryCreateAsync(administrator, name, scopes, expiresOn);
        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Problems.Select(p => p.Message)));
        return result.Value!;
    }

    private Task<IReadOnlyList<ApiKeySummary>> ListAsync(TestUser user) => Host.AsAsync(user, (Keys keys) => keys.ListAsync());

    // As the API does: before anyone acts, the key alone says who it is.
    private Task<ApiKeyCheck> CheckAsync(string? presented) =>
        Host.AsAsync(TestUser.Nobody, (ApiKeyAuthenticator authenticator) => authenticator.CheckAsync(presented));

    // As the API does after answering a request made with a valid key of the administrator's organisation.
    private Task RecordAsync(TestUser administrator, CreatedApiKey key, string method, string path, int status) =>
        Host.AsAsync(TestUser.Nobody, (ApiKeyAuthenticator authenticator) =>
            authenticator.RecordAccessAsync(key.Summary.Id, administrator.OrganisationId!.Value, method, path, status));

    private async Task<ApiKey> RowAsync(Guid id)
    {
        await using var scope = Host.ScopeFor(TestUser.Nobody);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TenderBuilderDbContext>>().CreateDbContextAsync();
        return await db.ApiKeys.AsNoTracking().SingleAsync(k => k.Id == id);
    }

    // The organisation's key entries as stored, oldest first: the organisation stands where a draft would.
    private async Task<IReadOnlyList<AuditEntry>> TrailAsync(Guid organisation)
    {
        await using var scope = Host.ScopeFor(TestUser.Nobody);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TenderBuilderDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.IgnoreQueryFilters().AsNoTracking().Where(e => e.DraftId == organisation && e.Kind == AuditEntry.ApiKeyKind)
            .OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync();
    }
}

public sealed class SqliteApiKeysTests(SqliteFixture fixture) : ApiKeysContract(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresApiKeysTests(PostgresFixture fixture) : ApiKeysContract(fixture), IClassFixture<PostgresFixture>;
