using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.History;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Data;
using TenderBuilder.Data.Organisations;

namespace TenderBuilder.Application.Organisations;

/// <summary>
/// An organisation's buyer profile (ADR 0020): read by its people, changed by its administrators
/// alone, every change recorded in the audit trail with who, when, before and after; and copied
/// into the empty buyer fields of every new draft (<see cref="BuyerDefaults"/>).
/// </summary>
/// <remarks>
/// Administrators manage every organisation's name and four-eyes setting, but what an organisation
/// says about itself as a buyer — the name, address and contact a notice publishes, the review body
/// bidders appeal to — is for its own administrators to say, so another organisation's
/// administrator is refused (<see cref="ContentPermissions.MayChangeBuyerProfile"/>). What it says
/// to the person acting (refusals, a field's problem naming the field) is in their interface
/// language, from Resources/Organisations/BuyerProfiles.resx; the recorded values are data.
/// </remarks>
public sealed class BuyerProfiles(
    IDbContextFactory<TenderBuilderDbContext> contexts, TimeProvider clock, ICurrentUser user, IStringLocalizer<BuyerProfiles> words,
    Catalogue? catalogue = null)
{
    private readonly ContentPermissions _may = new(user);

    private readonly Catalogue _catalogue = catalogue ?? CatalogueLoader.Default;

    /// <summary>Whether the user may change their own organisation's profile (the page shows its form and the navigation its link by it).</summary>
    public bool MayChange => user.OrganisationId is { } own && _may.MayChangeBuyerProfile(own);

    /// <summary>The profile of the user's own organisation.</summary>
    /// <exception cref="AccessDeniedException">The user belongs to no organisation.</exception>
    public Task<OrganisationBuyerProfile> GetAsync(CancellationToken cancellationToken = default) =>
        GetAsync(user.OrganisationId ?? Guid.Empty, cancellationToken);

    /// <summary>An organisation's profile, for its own people.</summary>
    /// <exception cref="AccessDeniedException">The organisation is not the user's, or no longer exists.</exception>
    public async Task<OrganisationBuyerProfile> GetAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        if (organisationId == Guid.Empty || user.OrganisationId != organisationId)
        {
            throw new AccessDeniedException(words["OwnOrganisationOnly"].Value);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new { o.Name, o.BuyerProfileJson }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new AccessDeniedException(words["OrganisationGone"].Value);
        return new OrganisationBuyerProfile(organisationId, organisation.Name, BuyerProfile.FromJson(organisation.BuyerProfileJson));
    }

    /// <summary>
    /// Replaces an organisation's profile with a cleaned copy of the one given (trimmed, blanks
    /// removed, codes in upper case), or says which fields are wrong and changes nothing. Each
    /// changed field goes into the audit trail in the same save.
    /// </summary>
    /// <returns>The profile as stored, or the problems by field (<see cref="BuyerProfileFields"/> paths).</returns>
    /// <exception cref="AccessDeniedException">The user is not an administrator of that organisation.</exception>
    public async Task<AccountResult<BuyerProfile>> UpdateAsync(Guid organisationId, BuyerProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!_may.MayChangeBuyerProfile(organisationId))
        {
            throw new AccessDeniedException(words["OnlyItsAdministrators"].Value);
        }

        var clean = Cleaned(profile);
        if (Check(clean) is { Count: > 0 } problems)
        {
            return new AccountResult<BuyerProfile>(null, problems);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        if (organisation is null)
        {
            return AccountResult<BuyerProfile>.Failure("", words["OrganisationGone"].Value);
        }

        var before = BuyerProfile.FromJson(organisation.BuyerProfileJson);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (field, was, becomes) in Changes(before, clean))
        {
            AuditTrail.RecordBuyerProfileChange(db, organisationId, field, was, becomes, user, now);
        }

        organisation.BuyerProfileJson = clean.ToJson();
        await db.SaveChangesAsync(cancellationToken);
        return AccountResult<BuyerProfile>.Success(clean);
    }

    /// <summary>Every problem of a profile, by field, each sentence naming its field; empty when it can be stored.</summary>
    public IReadOnlyList<AccountProblem> Check(BuyerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var problems = new List<AccountProblem>();
        foreach (var field in BuyerProfileFields.All)
        {
            if (ProblemWith(field.Path, field.Get(profile)) is { } problem)
            {
                problems.Add(new AccountProblem(field.Path, problem));
            }
        }

        if (profile.TenderLanguages.FirstOrDefault(l => !BuyerProfileFields.EuLanguages.Contains(Language(l))) is { } unknown)
        {
            problems.Add(new AccountProblem(BuyerProfileFields.TenderLanguages, words["NotAnEuLanguage", FieldName(BuyerProfileFields.TenderLanguages), unknown].Value));
        }

        return problems;
    }

    /// <summary>What is wrong with a value of a text field, in a sentence naming the field; null when nothing is.</summary>
    /// <param name="path">The field (<see cref="BuyerProfileFields"/>).</param>
    /// <param name="value">The value as typed.</param>
    public string? ProblemWith(string path, string? value)
    {
        var field = BuyerProfileFields.Find(path);
        if (BuyerProfileFields.Clean(field, value) is not { } clean)
        {
            return null;
        }

        var name = FieldName(path);
        if (clean.Length > field.MaxLength && field.Kind is not (BuyerProfileFieldKind.Nuts or BuyerProfileFieldKind.Country or BuyerProfileFieldKind.AuthorityType))
        {
            return words["TooLong", name, field.MaxLength].Value;
        }

        return field.Kind switch
        {
            BuyerProfileFieldKind.Email when !BuyerProfileFields.HasShape(field.Kind, clean) => words["NotAnEmail", name].Value,
            BuyerProfileFieldKind.WebAddress when !BuyerProfileFields.HasShape(field.Kind, clean) => words["NotAWebAddress", name].Value,
            BuyerProfileFieldKind.Telephone when !BuyerProfileFields.HasShape(field.Kind, clean) => words["NotATelephone", name].Value,
            BuyerProfileFieldKind.Nuts when !BuyerProfileFields.HasShape(field.Kind, clean) => words["NotANuts", name].Value,
            BuyerProfileFieldKind.Country when !BuyerProfileFields.Countries(_catalogue).Contains(clean) => words["NotACountry", name].Value,
            BuyerProfileFieldKind.AuthorityType when !BuyerProfileFields.AuthorityTypes(_catalogue).Contains(clean) => words["NotAnAuthorityType", name].Value,
            _ => null,
        };
    }

    /// <summary>A field's name in the interface language, as the page labels it and the problems name it.</summary>
    public string FieldName(string path) => words[FieldKey(path)].Value;

    /// <summary>The profile as it is stored: every text cleaned, the languages as lower-case codes, each once.</summary>
    public static BuyerProfile Cleaned(BuyerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var clean = BuyerProfileFields.All.Aggregate(profile, (p, field) => field.Set(p, BuyerProfileFields.Clean(field, field.Get(p))));
        return clean with { TenderLanguages = [.. profile.TenderLanguages.Select(Language).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal)] };
    }

    // Field by field, what changed: the trail records what an administrator would say they changed.
    private static IEnumerable<(string Field, string? Before, string? After)> Changes(BuyerProfile before, BuyerProfile after)
    {
        foreach (var field in BuyerProfileFields.All)
        {
            if (!string.Equals(field.Get(before), field.Get(after), StringComparison.Ordinal))
            {
                yield return (field.Path, field.Get(before), field.Get(after));
            }
        }

        if (!before.TenderLanguages.SequenceEqual(after.TenderLanguages, StringComparer.Ordinal))
        {
            yield return (BuyerProfileFields.TenderLanguages, Joined(before.TenderLanguages), Joined(after.TenderLanguages));
        }

        static string? Joined(IReadOnlyList<string> languages) => languages.Count == 0 ? null : string.Join(", ", languages);
    }

    private static string Language(string code) => code.Trim().ToLowerInvariant();

    // A field's name is in the resources under its path ("Field.contact.email"); the languages are the one list among the texts.
    private static string FieldKey(string path) =>
        "Field." + (path == BuyerProfileFields.TenderLanguages ? path : BuyerProfileFields.Find(path).Path);
}

/// <summary>An organisation's buyer profile with the name it defaults to.</summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="OrganisationName">Its name, the authority's name in a new draft when the profile gives no official name.</param>
/// <param name="Profile">What its administrators entered (empty until they do).</param>
public sealed record OrganisationBuyerProfile(Guid OrganisationId, string OrganisationName, BuyerProfile Profile);
