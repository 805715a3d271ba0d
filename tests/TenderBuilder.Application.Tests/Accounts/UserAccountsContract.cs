using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Data.Organisations;

namespace TenderBuilder.Application.Tests.Accounts;

/// <summary>
/// The rules the accounts service itself keeps about roles (its callers check that an
/// administrator asks): only the three roles exist, someone always remains an administrator, and
/// administrators see how much each organisation holds, never what. On SQLite and PostgreSQL.
/// </summary>
public abstract class UserAccountsContract(HostFixture fixture)
{
    // Single sign-on users: the password rules are the web app's Identity settings, not the service's.
    private const string? Password = null;

    private ApplicationHost Host => fixture.Host;

    private UserAccounts Accounts => Host.Services.GetRequiredService<UserAccounts>();

    [Fact]
    public async Task A_user_gets_at_least_one_of_the_three_roles_and_no_other()
    {
        var organisation = await OrganisationAsync("Utrecht");

        var none = await Accounts.CreateUserAsync(new NewUser("Nora None", "nora@utrecht.test", organisation, [], Password));
        var unknown = await Accounts.CreateUserAsync(new NewUser("Owen Owner", "owen@utrecht.test", organisation, ["Owner"], Password));

        none.ProblemWith("Roles").ShouldBe("Choose at least one role: Author, Reviewer or Administrator.");
        unknown.ProblemWith("Roles").ShouldBe("Choose at least one role: Author, Reviewer or Administrator.");
        var author = await Accounts.CreateUserAsync(new NewUser("Anna Author", "anna@utrecht.test", organisation, [TenderBuilderRoles.Author], Password));
        author.Succeeded.ShouldBeTrue();
        (await Accounts.SetRolesAsync(author.Value, ["Superuser"])).ProblemWith("Roles").ShouldNotBeNull();
        (await Accounts.ListUsersAsync()).Single(u => u.Id == author.Value).Roles.ShouldBe([TenderBuilderRoles.Author]);
    }

    [Fact]
    public async Task The_last_administrator_keeps_the_role_until_someone_else_has_it()
    {
        var organisation = await OrganisationAsync("Region");
        (await Accounts.AnyAdministratorAsync()).ShouldBeFalse("or this test proves nothing");
        var made = await Accounts.CreateUserAsync(new NewUser("Ada Administrator", "ada@region.test", organisation, [TenderBuilderRoles.Administrator], Password));
        made.Succeeded.ShouldBeTrue();
        var ada = made.Value;

        var refused = await Accounts.SetRolesAsync(ada, [TenderBuilderRoles.Author]);

        refused.ProblemWith("Roles").ShouldBe("This is the last administrator; make someone else an administrator first.");
        (await Accounts.ListUsersAsync()).Single(u => u.Id == ada).Roles.ShouldBe([TenderBuilderRoles.Administrator]);
        (await Accounts.CreateUserAsync(new NewUser("Alan Administrator", "alan@region.test", organisation, [TenderBuilderRoles.Administrator], Password))).Succeeded.ShouldBeTrue();
        (await Accounts.SetRolesAsync(ada, [TenderBuilderRoles.Author])).Succeeded.ShouldBeTrue();
        (await Accounts.ListUsersAsync()).Single(u => u.Id == ada).Roles.ShouldBe([TenderBuilderRoles.Author]);
    }

    [Fact]
    public async Task Administrators_see_how_many_drafts_each_organisation_holds_and_that_alone()
    {
        var utrecht = await Host.UserAsync("Anna Author", People.Organisation("Utrecht"), TenderBuilderRoles.Author);
        var stockholm = await Host.UserAsync("Sven Stockholm", People.Organisation("Stockholm"), TenderBuilderRoles.Author);
        await Host.AsAsync(utrecht, (DraftsService drafts) => drafts.CreateAsync("Utrecht hubs"));
        await Host.AsAsync(utrecht, (DraftsService drafts) => drafts.CreateAsync("Utrecht streets"));
        await Host.AsAsync(stockholm, (DraftsService drafts) => drafts.CreateAsync("Stockholm depots"));

        var organisations = await Accounts.ListOrganisationsAsync();

        organisations.Single(o => o.Id == utrecht.OrganisationId).Drafts.ShouldBe(2);
        organisations.Single(o => o.Id == stockholm.OrganisationId).Drafts.ShouldBe(1);
        var administrator = utrecht with { DisplayName = "Ada Administrator", Roles = [TenderBuilderRoles.Administrator] };
        (await Host.AsAsync(administrator, (DraftsService drafts) => drafts.ListAsync())).ShouldBeEmpty();
    }

    private async Task<Guid> OrganisationAsync(string name)
    {
        var made = await Accounts.CreateOrganisationAsync(People.Organisation(name), OrganisationKind.City);
        made.Succeeded.ShouldBeTrue();
        return made.Value;
    }
}

public sealed class SqliteUserAccountsTests(SqliteFixture fixture) : UserAccountsContract(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresUserAccountsTests(PostgresFixture fixture) : UserAccountsContract(fixture), IClassFixture<PostgresFixture>;
