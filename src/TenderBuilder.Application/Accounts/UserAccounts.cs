using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TenderBuilder.Data;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Data.Organisations;

namespace TenderBuilder.Application.Accounts;

/// <summary>
/// Organisations and users: what administrators manage and first-time setup creates. Each
/// operation runs in a scope of its own, because Identity's stores hold a database context and a
/// circuit lives far longer than one operation should. Callers authorise (the pages require the
/// Administrator role; setup requires its token).
/// </summary>
/// <remarks>
/// Problems are said in the interface language of the person acting (the culture of the request
/// or circuit when the result is built), from Resources/Accounts/UserAccounts.resx; Identity's own
/// problems (password rules, a taken e-mail) come in the words of its error describer.
/// </remarks>
public sealed class UserAccounts(IServiceScopeFactory scopes, IStringLocalizer<UserAccounts> words)
{
    public async Task<IReadOnlyList<OrganisationSummary>> ListOrganisationsAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenderBuilderDbContext>();
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().GroupBy(u => u.OrganisationId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        // Draft counts cross organisations on purpose: administrators see how much each holds, never what.
        var drafts = await db.TenderDrafts.IgnoreQueryFilters().AsNoTracking().GroupBy(d => d.OrganisationId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. organisations.Select(o => new OrganisationSummary(o.Id, o.Name, o.Kind, users.GetValueOrDefault(o.Id), drafts.GetValueOrDefault(o.Id), o.FourEyesRequired))];
    }

    /// <summary>Creates an organisation, or says why not (the field and the reason).</summary>
    public async Task<AccountResult<Guid>> CreateOrganisationAsync(string name, OrganisationKind kind, CancellationToken cancellationToken = default)
    {
        var clean = name.Trim();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenderBuilderDbContext>();
        if (await NameProblemAsync(db, clean, except: null, cancellationToken) is { } problem)
        {
            return AccountResult<Guid>.Failure("Name", problem);
        }

        var organisation = new Organisation { Name = clean, Kind = kind };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        return AccountResult<Guid>.Success(organisation.Id);
    }

    public async Task<AccountResult<Guid>> RenameOrganisationAsync(Guid id, string name, CancellationToken cancellationToken = default)
    {
        var clean = name.Trim();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenderBuilderDbContext>();
        if (await NameProblemAsync(db, clean, except: id, cancellationToken) is { } problem)
        {
            return AccountResult<Guid>.Failure("Name", problem);
        }

        var changed = await db.Organisations.Where(o => o.Id == id).ExecuteUpdateAsync(o => o.SetProperty(x => x.Name, clean), cancellationToken);
        return changed == 1 ? AccountResult<Guid>.Success(id) : AccountResult<Guid>.Failure("Organisation", words["OrganisationGone"].Value);
    }

    /// <summary>
    /// Switches four-eyes approval on or off for an organisation. Off is meant for an organisation
    /// with a single officer, who then approves their own drafts; each such approval says so.
    /// </summary>
    public async Task<AccountResult<Guid>> SetFourEyesRequiredAsync(Guid id, bool required, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenderBuilderDbContext>();
        var changed = await db.Organisations.Where(o => o.Id == id).ExecuteUpdateAsync(o => o.SetProperty(x => x.FourEyesRequired, required), cancellationToken);
        return changed == 1 ? AccountResult<Guid>.Success(id) : AccountResult<Guid>.Failure("Organisation", words["OrganisationGone"].Value);
    }

    public async Task<IReadOnlyList<UserSummary>> ListUsersAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenderBuilderDbContext>();
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name!, cancellationToken);
        var memberships = (await db.UserRoles.AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(m => m.UserId, m => roles[m.RoleId]);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        return
        [
            .. users.Select(u => new UserSummary(u.Id, u.DisplayName, u.Email ?? "", u.OrganisationId,
                organisations.GetValueOrDefault(u.OrganisationId, ""), [.. memberships[u.Id].Order()],
                u.LockoutEnd is { } end && end > now ? end : null)),
        ];
    }

    /// <summary>Creates a user with a first password, or says which field is wrong.</summary>
    public async Task<AccountResult<Guid>> CreateUserAsync(NewUser user, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(user.Name))
        {
            return AccountResult<Guid>.Failure("Name", words["EnterPersonName"].Value);
        }

        if (user.Roles.Count == 0 || user.Roles.Any(r => !TenderBuilderRoles.All.Contains(r)))
        {
            return AccountResult<Guid>.Failure("Roles", words["ChooseRole"].Value);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenderBuilderDbContext>();
        if (!await db.Organisations.AnyAsync(o => o.Id == user.OrganisationId, cancellationToken))
        {
            return AccountResult<Guid>.Failure("Organisation", words["ChooseOrganisation"].Value);
        }

        var manager = scope.ServiceProvider.GetRequiredService<UserManager<TenderBuilderUser>>();
        var account = new TenderBuilderUser
        {
            UserName = user.Email.Trim(),
            Email = user.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = Truncate(user.Name.Trim(), TenderBuilderUser.DisplayNameMaxLength),
            OrganisationId = user.OrganisationId,
        };
        var created = user.Password is null ? await manager.CreateAsync(account) : await manager.CreateAsync(account, user.Password);
        if (!created.Succeeded)
        {
            return Failed<Guid>(created);
        }

        var roles = await manager.AddToRolesAsync(account, user.Roles);
        return roles.Succeeded ? AccountResult<Guid>.Success(account.Id) : Failed<Guid>(roles);
    }

    /// <summary>
    /// Saves the language a person chose for the interface (a culture name the caller has checked
    /// it supports), or forgets it (null) so the browser's language is used again.
    /// </summary>
    public async Task<AccountResult<Guid>> SetInterfaceLanguageAsync(Guid userId, string? language, CancellationToken cancellationToken = default)
    {
        if (language is { Length: > TenderBuilderUser.InterfaceLanguageMaxLength })
        {
            return AccountResult<Guid>.Failure("Language", words["NotALanguage"].Value);
        }

        await using var scope = scopes.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<UserManager<TenderBuilderUser>>();
        if (await manager.FindByIdAsync(userId.ToString()) is not { } account)
        {
            return AccountResult<Guid>.Failure("User", words["UserGone"].Value);
        }

        account.InterfaceLanguage = language;
        var updated = await manager.UpdateAsync(account);
        return updated.Succeeded ? AccountResult<Guid>.Success(userId) : Failed<Guid>(updated);
    }

    /// <summary>Sets a new password (there is no e-mail to send a reset link) and lifts a lockout.</summary>
    public async Task<AccountResult<Guid>> ResetPasswordAsync(Guid userId, string password, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<UserManager<TenderBuilderUser>>();
        if (await manager.FindByIdAsync(userId.ToString()) is not { } account)
        {
            return AccountResult<Guid>.Failure("User", words["UserGone"].Value);
        }

        foreach (var validator in manager.PasswordValidators)
        {
            if (await validator.ValidateAsync(manager, account, password) is { Succeeded: false } invalid)
            {
                return Failed<Guid>(invalid);
            }
        }

        var token = await manager.GeneratePasswordResetTokenAsync(account);
        var reset = await manager.ResetPasswordAsync(account, token, password);
        if (!reset.Succeeded)
        {
            return Failed<Guid>(reset);
        }

        await manager.SetLockoutEndDateAsync(account, null);
        await manager.ResetAccessFailedCountAsync(account);
        return AccountResult<Guid>.Success(userId);
    }

    /// <summary>Replaces a user's roles.</summary>
    public async Task<AccountResult<Guid>> SetRolesAsync(Guid userId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        if (roles.Count == 0 || roles.Any(r => !TenderBuilderRoles.All.Contains(r)))
        {
            return AccountResult<Guid>.Failure("Roles", words["ChooseRole"].Value);
        }

        await using var scope = scopes.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<UserManager<TenderBuilderUser>>();
        if (await manager.FindByIdAsync(userId.ToString()) is not { } account)
        {
            return AccountResult<Guid>.Failure("User", words["UserGone"].Value);
        }

        var current = await manager.GetRolesAsync(account);
        if (current.Contains(TenderBuilderRoles.Administrator) && !roles.Contains(TenderBuilderRoles.Administrator)
            && (await manager.GetUsersInRoleAsync(TenderBuilderRoles.Administrator)).Count == 1)
        {
            return AccountResult<Guid>.Failure("Roles", words["LastAdministrator"].Value);
        }

        var removed = await manager.RemoveFromRolesAsync(account, current.Except(roles));
        if (!removed.Succeeded)
        {
            return Failed<Guid>(removed);
        }

        var added = await manager.AddToRolesAsync(account, roles.Except(current));
        if (!added.Succeeded)
        {
            return Failed<Guid>(added);
        }

        // Signs the user's other sessions out at their next check, so old roles do not linger.
        await manager.UpdateSecurityStampAsync(account);
        return AccountResult<Guid>.Success(userId);
    }

    /// <summary>Whether any administrator exists (setup is open only while none does).</summary>
    public async Task<bool> AnyAdministratorAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<UserManager<TenderBuilderUser>>();
        return (await manager.GetUsersInRoleAsync(TenderBuilderRoles.Administrator)).Count > 0;
    }

    /// <summary>The organisation's id by name, creating it when there is none.</summary>
    public async Task<AccountResult<Guid>> EnsureOrganisationAsync(string name, OrganisationKind kind, CancellationToken cancellationToken = default)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TenderBuilderDbContext>();
            var existing = await db.Organisations.AsNoTracking().Where(o => o.Name == name.Trim()).Select(o => (Guid?)o.Id).SingleOrDefaultAsync(cancellationToken);
            if (existing is { } id)
            {
                return AccountResult<Guid>.Success(id);
            }
        }

        return await CreateOrganisationAsync(name, kind, cancellationToken);
    }

    // What is wrong with an organisation's (trimmed) name, if anything; another organisation than
    // `except` may not have it already.
    private async Task<string?> NameProblemAsync(TenderBuilderDbContext db, string name, Guid? except, CancellationToken cancellationToken) =>
        name.Length switch
        {
            0 => words["EnterOrganisationName"].Value,
            > Organisation.NameMaxLength => words["NameTooLong", Organisation.NameMaxLength].Value,
            _ when await db.Organisations.AnyAsync(o => o.Name == name && o.Id != except, cancellationToken) =>
                words["OrganisationExists", name].Value,
            _ => null,
        };

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    // Identity's error codes name the field they are about; the officer sees which one to fix.
    private static AccountResult<T> Failed<T>(IdentityResult result) =>
        new(default, [.. result.Errors.Select(e => new AccountProblem(FieldOf(e.Code), e.Description))]);

    private static string FieldOf(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? "Password"
        : code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) ? "Email"
        : code.Contains("Role", StringComparison.Ordinal) ? "Roles"
        : "";
}

/// <summary>A user to create.</summary>
/// <param name="Password">The first password; null for a user who only signs in through single sign-on.</param>
public sealed record NewUser(string Name, string Email, Guid OrganisationId, IReadOnlyCollection<string> Roles, string? Password);

public sealed record OrganisationSummary(Guid Id, string Name, OrganisationKind Kind, int Users, int Drafts, bool FourEyesRequired = true);

/// <param name="LockedUntil">Set while the user is locked out after failed sign-ins.</param>
public sealed record UserSummary(Guid Id, string Name, string Email, Guid OrganisationId, string Organisation,
    IReadOnlyList<string> Roles, DateTimeOffset? LockedUntil);

/// <summary>What is wrong with an account change, by field.</summary>
public sealed record AccountProblem(string Field, string Message);

/// <summary>The outcome of an account change: a value, or the problems by field.</summary>
public sealed record AccountResult<T>(T? Value, IReadOnlyList<AccountProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static AccountResult<T> Success(T value) => new(value, []);

    public static AccountResult<T> Failure(string field, string message) => new(default, [new AccountProblem(field, message)]);

    public string? ProblemWith(string field) =>
        Problems.FirstOrDefault(p => p.Field == field)?.Message;
}
