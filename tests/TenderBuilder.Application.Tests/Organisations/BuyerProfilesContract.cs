using Microsoft.EntityFrameworkCore;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.Organisations;
using TenderBuilder.Application.Templates;
using TenderBuilder.Core.Input;
using TenderBuilder.Data;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Data.Audit;
using TenderBuilder.Data.Organisations;

namespace TenderBuilder.Application.Tests.Organisations;

/// <summary>
/// An organisation's buyer profile (ADR 0020): kept by its own administrators, refused to everyone
/// else, every change in the audit trail; and copied into the empty buyer fields of every new
/// draft, from scratch, from a template or from a file, never over what the draft already holds.
/// On SQLite and PostgreSQL.
/// </summary>
public abstract class BuyerProfilesContract(HostFixture fixture)
{
    private static readonly BuyerProfile s_utrecht = new()
    {
        OfficialName = "Gemeente Utrecht",
        Country = "NL",
        AuthorityType = "municipality",
        RegistrationId = "30280353",
        Address = new PostalAddress { Street = "Stadsplateau 1", PostalCode = "3521 AZ", City = "Utrecht", Nuts = "NL310" },
        Contact = new ContactDetails { Name = "Inkoop", Email = "inkoop@utrecht.example", Phone = "+31 30 286 0000", Website = "https://www.utrecht.example" },
        ReviewBody = new OrganisationDetails
        {
            Name = "Rechtbank Midden-Nederland",
            Country = "NL",
            Address = new PostalAddress { City = "Utrecht", PostalCode = "3511 EP" },
            Contact = new ContactDetails { Email = "griffie@rechtbank.example", Website = "https://www.rechtbank.example" },
        },
        ReviewDeadlines = "Within 20 days of the award decision.",
        TenderLanguages = ["nl", "en"],
    };

    private ApplicationHost Host => fixture.Host;

    [Fact]
    public async Task An_administrator_saves_their_organisations_profile_cleaned_and_every_change_goes_into_the_trail()
    {
        var organisation = People.Organisation("Utrecht");
        var administrator = await Host.UserAsync("Ada Administrator", organisation, TenderBuilderRoles.Administrator);
        var typed = s_utrecht with
        {
            OfficialName = "  Gemeente Utrecht ",
            Country = "nl",
            Address = s_utrecht.Address with { Nuts = " nl310" },
            Contact = s_utrecht.Contact with { Name = "   " },
            TenderLanguages = ["NL", "en", "nl"],
        };

        var saved = await Host.AsAsync(administrator, (BuyerProfiles profiles) => profiles.UpdateAsync(administrator.OrganisationId!.Value, typed));

        saved.Succeeded.ShouldBeTrue(string.Join(" ", saved.Problems.Select(p => p.Message)));
        var read = await Host.AsAsync(administrator, (BuyerProfiles profiles) => profiles.GetAsync());
        read.OrganisationName.ShouldBe(organisation);
        read.Profile.OfficialName.ShouldBe("Gemeente Utrecht");
        read.Profile.Country.ShouldBe("NL");
        read.Profile.Address.Nuts.ShouldBe("NL310");
        read.Profile.Contact.Name.ShouldBeNull("a blank is nothing, not spaces");
        read.Profile.TenderLanguages.ShouldBe(["nl", "en"]);
        read.Profile.ReviewBody.Name.ShouldBe("Rechtbank Midden-Nederland");
        var trail = await TrailAsync(administrator.OrganisationId!.Value);
        trail.ShouldAllBe(e => e.Kind == AuditEntry.BuyerProfileKind && e.UserName == "Ada Administrator" && e.Before == null);
        trail.Single(e => e.Subject == BuyerProfileFields.Nuts).After.ShouldBe("NL310");
        trail.Single(e => e.Subject == BuyerProfileFields.TenderLanguages).After.ShouldBe("nl, en");
        trail.ShouldNotContain(e => e.Subject == BuyerProfileFields.ContactName);

        Host.Clock.Advance(TimeSpan.FromMinutes(5));
        var moved = read.Profile with { Address = read.Profile.Address with { Street = "Stadsplateau 2" } };
        (await Host.AsAsync(administrator, (BuyerProfiles profiles) => profiles.UpdateAsync(administrator.OrganisationId!.Value, moved))).Succeeded.ShouldBeTrue();
        (await Host.AsAsync(administrator, (BuyerProfiles profiles) => profiles.UpdateAsync(administrator.OrganisationId!.Value, moved))).Succeeded.ShouldBeTrue();

        var change = (await TrailAsync(administrator.OrganisationId!.Value)).Where(e => trail.All(t => t.Id != e.Id))
            .ShouldHaveSingleItem("one field changed, once; saving it again changes nothing");
        (change.Subject, change.Before, change.After).ShouldBe((BuyerProfileFields.Street, "Stadsplateau 1", "Stadsplateau 2"));
        change.AtUtc.ShouldBe(Host.Clock.GetUtcNow().UtcDateTime);
    }

    [Theory]
    [InlineData(TenderBuilderRoles.Author)]
    [InlineData(TenderBuilderRoles.Reviewer)]
    public async Task Someone_of_the_organisation_who_is_not_its_administrator_reads_the_profile_but_may_not_change_it(string role)
    {
        var organisation = People.Organisation("Utrecht");
        var administrator = await Host.UserAsync("Ada Administrator", organisation, TenderBuilderRoles.Administrator);
        var officer = await Host.UserAsync("Olga Officer", organisation, role);
        await SaveAsync(administrator, s_utrecht);

        var refused = await Should.ThrowAsync<AccessDeniedException>(() =>
            Host.AsAsync(officer, (BuyerProfiles profiles) => profiles.UpdateAsync(officer.OrganisationId!.Value, s_utrecht with { OfficialName = "Changed" })));

        refused.Message.ShouldBe("Only an administrator of the organisation may change its buyer profile.");
        (await Host.AsAsync(officer, (BuyerProfiles profiles) => profiles.GetAsync())).Profile.OfficialName.ShouldBe("Gemeente Utrecht");
        (await TrailAsync(officer.OrganisationId!.Value)).ShouldNotContain(e => e.After == "Changed");
        await using var scope = Host.ScopeFor(officer);
        scope.ServiceProvider.GetRequiredService<BuyerProfiles>().MayChange.ShouldBeFalse();
    }

    [Fact]
    public async Task Another_organisations_administrator_may_neither_change_nor_read_the_profile()
    {
        var utrecht = await Host.UserAsync("Ada Administrator", People.Organisation("Utrecht"), TenderBuilderRoles.Administrator);
        var stockholm = await Host.UserAsync("Sven Administrator", People.Organisation("Stockholm"), TenderBuilderRoles.Administrator);
        await SaveAsync(utrecht, s_utrecht);

        var refused = await Should.ThrowAsync<AccessDeniedException>(() =>
            Host.AsAsync(stockholm, (BuyerProfiles profiles) => profiles.UpdateAsync(utrecht.OrganisationId!.Value, s_utrecht with { OfficialName = "Stockholms stad" })));
        await Should.ThrowAsync<AccessDeniedException>(() => Host.AsAsync(stockholm, (BuyerProfiles profiles) => profiles.GetAsync(utrecht.OrganisationId!.Value)));

        refused.Message.ShouldBe("Only an administrator of the organisation may change its buyer profile.");
        (await Host.AsAsync(utrecht, (BuyerProfiles profiles) => profiles.GetAsync())).Profile.OfficialName.ShouldBe("Gemeente Utrecht");
        (await Host.AsAsync(stockholm, (BuyerProfiles profiles) => profiles.GetAsync())).Profile.ShouldBe(BuyerProfile.Empty, "its own is still empty");
    }

    [Fact]
    public async Task Each_problem_names_its_field_and_nothing_is_stored()
    {
        var administrator = await Host.UserAsync("Ada Administrator", People.Organisation("Utrecht"), TenderBuilderRoles.Administrator);
        var wrong = s_utrecht with
        {
            Country = "CH",
            AuthorityType = "ministry",
            Address = s_utrecht.Address with { Nuts = "Utrecht" },
            Contact = s_utrecht.Contact with { Email = "inkoop at utrecht", Phone = "call us", Website = "www.utrecht.example" },
            ReviewBody = s_utrecht.ReviewBody with { Contact = s_utrecht.ReviewBody.Contact with { Email = "griffie@" } },
            TenderLanguages = ["nl", "no"],
        };

        var result = await Host.AsAsync(administrator, (BuyerProfiles profiles) => profiles.UpdateAsync(administrator.OrganisationId!.Value, wrong));

        result.Succeeded.ShouldBeFalse();
        result.ProblemWith(BuyerProfileFields.Country).ShouldBe("Country: choose a country of the EU or the EEA.");
        result.ProblemWith(BuyerProfileFields.AuthorityType).ShouldBe("Kind of public body: choose one of the kinds of public body offered.");
        result.ProblemWith(BuyerProfileFields.Nuts).ShouldBe("NUTS 3 region: enter a NUTS 3 code: two letters followed by up to three letters or digits, such as NL310.");
        result.ProblemWith(BuyerProfileFields.ContactEmail).ShouldBe("Contact e-mail: enter an e-mail address such as name@example.org.");
        result.ProblemWith(BuyerProfileFields.ContactPhone).ShouldStartWith("Contact telephone: enter a telephone number");
        result.ProblemWith(BuyerProfileFields.ContactWebsite).ShouldStartWith("Website: enter a web address starting with https://");
        result.ProblemWith(BuyerProfileFields.ReviewBodyEmail).ShouldBe("Review body's e-mail: enter an e-mail address such as name@example.org.");
        result.ProblemWith(BuyerProfileFields.TenderLanguages).ShouldBe("Languages of tenders: “no” is not an official language of the EU.");
        result.Problems.Count.ShouldBe(8);
        (await Host.AsAsync(administrator, (BuyerProfiles profiles) => profiles.GetAsync())).Profile.ShouldBe(BuyerProfile.Empty);
        (await TrailAsync(administrator.OrganisationId!.Value)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_new_draft_takes_the_whole_profile_and_without_an_official_name_the_organisations_name()
    {
        var organisation = People.Organisation("Utrecht");
        var administrator = await Host.UserAsync("Ada Administrator", organisation, TenderBuilderRoles.Administrator);
        var author = await Host.UserAsync("Anna Author", organisation, TenderBuilderRoles.Author);
        var unnamed = await DraftAsync(author, await Host.AsAsync(author, (DraftsService drafts) => drafts.CreateAsync("Before the profile")));
        await SaveAsync(administrator, s_utrecht);

        var tender = await DraftAsync(author, await Host.AsAsync(author, (DraftsService drafts) => drafts.CreateAsync("Charging for residents", "nl-NL")));

        unnamed.Tender.Authority.Name.ShouldBe(organisation, "with no profile, the organisation's name");
        var authority = tender.Tender.Authority;
        (authority.Name, authority.Country, authority.Type, authority.RegistrationId).ShouldBe(("Gemeente Utrecht", "NL", "municipality", "30280353"));
        authority.Address.ShouldBe(s_utrecht.Address);
        authority.Contact.ShouldBe(s_utrecht.Contact);
        tender.Tender.Notice.ReviewBody.ShouldBe(s_utrecht.ReviewBody);
        tender.Tender.Notice.ReviewDeadlines.ShouldBe("Within 20 days of the award decision.");
        tender.Tender.Notice.TenderLanguages.ShouldBe(["nl", "en"]);
        (tender.Tender.Title, tender.Tender.Language).ShouldBe(("Charging for residents", "nl-NL"));
    }

    [Fact]
    public async Task A_draft_from_a_template_keeps_what_the_template_gives_and_takes_the_rest_from_the_profile()
    {
        var organisation = People.Organisation("Utrecht");
        var administrator = await Host.UserAsync("Ada Administrator", organisation, TenderBuilderRoles.Administrator);
        var author = await Host.UserAsync("Anna Author", organisation, TenderBuilderRoles.Author);
        await SaveAsync(administrator, s_utrecht);
        var regional = new TenderInput
        {
            Tender = new TenderMetadata
            {
                Title = "Regional charging",
                Authority = new AuthorityInfo { Name = "Regio Utrecht", Address = new PostalAddress { Street = "Archimedeslaan 6" } },
                Notice = new NoticeInfo { TenderLanguages = ["nl"] },
            },
        };
        var source = await Host.AsAsync(author, (DraftsService drafts) => drafts.CreateFromAsync(regional, "Regional charging"));
        var template = await Host.AsAsync(author, (TemplatesService templates) => templates.CreateFromDraftAsync(source, new TemplateForm { Name = People.Organisation("Regional") }));

        var started = await DraftAsync(author, await Host.AsAsync(author, (TemplatesService templates) => templates.StartDraftAsync(template, "Utrecht from the template")));

        started.Tender.Authority.Name.ShouldBe("Regio Utrecht");
        started.Tender.Authority.Address.ShouldBe(new PostalAddress { Street = "Archimedeslaan 6" }, "an address is taken whole or not at all");
        started.Tender.Notice.TenderLanguages.ShouldBe(["nl"]);
        started.Tender.Authority.Country.ShouldBe("NL");
        started.Tender.Authority.Contact.ShouldBe(s_utrecht.Contact);
        started.Tender.Notice.ReviewBody.ShouldBe(s_utrecht.ReviewBody);
        (await DraftAsync(author, source)).Tender.Authority.Contact.ShouldBe(new ContactDetails(), "a draft made from a whole input is kept as given");
    }

    [Fact]
    public async Task An_imported_file_keeps_its_own_buyer_data_and_gets_what_it_lacks()
    {
        var organisation = People.Organisation("Utrecht");
        var administrator = await Host.UserAsync("Ada Administrator", organisation, TenderBuilderRoles.Administrator);
        var author = await Host.UserAsync("Anna Author", organisation, TenderBuilderRoles.Author);
        await SaveAsync(administrator, s_utrecht);
        const string File = """
            schemaVersion: 2
            tender:
              title: From a consultant
              authority:
                name: Provincie Utrecht
                type: region
                contact:
                  email: aanbesteding@provincie.example
            """;

        var imported = await DraftAsync(author, await Host.AsAsync(author, (DraftsService drafts) => drafts.ImportAsync(File, "consultant.yaml")));

        (imported.Tender.Authority.Name, imported.Tender.Authority.Type).ShouldBe(("Provincie Utrecht", "region"));
        imported.Tender.Authority.Contact.ShouldBe(new ContactDetails { Email = "aanbesteding@provincie.example" });
        imported.Tender.Authority.Address.ShouldBe(s_utrecht.Address);
        imported.Tender.Authority.RegistrationId.ShouldBe("30280353");
    }

    private async Task SaveAsync(TestUser administrator, BuyerProfile profile)
    {
        var saved = await Host.AsAsync(administrator, (BuyerProfiles profiles) => profiles.UpdateAsync(administrator.OrganisationId!.Value, profile));
        saved.Succeeded.ShouldBeTrue(string.Join(" ", saved.Problems.Select(p => p.Message)));
    }

    private async Task<TenderInput> DraftAsync(TestUser author, Guid id) =>
        (await Host.AsAsync(author, (DraftsService drafts) => drafts.OpenAsync(id))).Input;

    // The profile's entries as stored, oldest first: the organisation stands where a draft would.
    private async Task<IReadOnlyList<AuditEntry>> TrailAsync(Guid organisation)
    {
        await using var scope = Host.ScopeFor(TestUser.Nobody);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TenderBuilderDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.IgnoreQueryFilters().AsNoTracking().Where(e => e.DraftId == organisation)
            .OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync();
    }
}

public sealed class SqliteBuyerProfilesTests(SqliteFixture fixture) : BuyerProfilesContract(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresBuyerProfilesTests(PostgresFixture fixture) : BuyerProfilesContract(fixture), IClassFixture<PostgresFixture>;
