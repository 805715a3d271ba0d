using TenderBuilder.Data.Accounts;
using TenderBuilder.Data.Organisations;
using TenderBuilder.Testing;
using TenderBuilder.Web.Features.Administration;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.Drafts;
using Microsoft.Extensions.DependencyInjection;

namespace TenderBuilder.Web.Tests.Features.Accounts;

/// <summary>What an administrator meets when adding people and organisations: each problem names its field.</summary>
public sealed class UserAccountsTests(TenderBuilderAppFactory app) : IClassFixture<TenderBuilderAppFactory>
{
    private UserAccounts Accounts
    {
        get
        {
            _ = app.Server;
            return app.Services.GetRequiredService<UserAccounts>();
        }
    }

    [Fact]
    public async Task A_new_user_needs_a_name_a_unique_address_a_long_password_an_organisation_and_a_role()
    {
        var organisation = (await Accounts.CreateOrganisationAsync("Gemeente Amersfoort", OrganisationKind.City)).Value;

        (await Accounts.CreateUserAsync(new NewUser(" ", "a@amersfoort.test", organisation, ["Author"], "long enough password"))).ProblemWith("Name")
            .ShouldBe("Enter the person's name.");
        (await Accounts.CreateUserAsync(new NewUser("Anna", "a@amersfoort.test", organisation, [], "long enough password"))).ProblemWith("Roles")
            .ShouldNotBeNull();
        (await Accounts.CreateUserAsync(new NewUser("Anna", "a@amersfoort.test", Guid.NewGuid(), ["Author"], "long enough password"))).ProblemWith("Organisation")
            .ShouldBe("Choose the person's organisation.");
        (await Accounts.CreateUserAsync(new NewUser("Anna", "a@amersfoort.test", organisation, ["Author"], "short"))).ProblemWith("Password")!
            .ShouldContain("at least 12 characters");
        (await Accounts.CreateUserAsync(new NewUser("Anna", "not an address", organisation, ["Author"], "long enough password"))).ProblemWith("Email")
            .ShouldNotBeNull();

        (await Accounts.CreateUserAsync(new NewUser("Anna", "a@amersfoort.test", organisation, ["Author"], "long enough password"))).Succeeded.ShouldBeTrue();
        (await Accounts.CreateUserAsync(new NewUser("Anne", "A@Amersfoort.test", organisation, ["Author"], "long enough password"))).ProblemWith("Email")
            .ShouldNotBeNull("addresses are unique whatever their case");
        (await Accounts.ListUsersAsync()).Count(u => u.Email.Equals("a@amersfoort.test", StringComparison.OrdinalIgnoreCase)).ShouldBe(1);
    }

    [Fact]
    public async Task Organisation_names_are_unique_and_hostile_text_is_kept_as_text()
    {
        const string hostile = "<script>alert(1)</script> =SUM(A1) مدينة";
        (await Accounts.CreateOrganisationAsync(hostile, OrganisationKind.Region)).Succeeded.ShouldBeTrue();

        (await Accounts.CreateOrganisationAsync($"  {hostile} ", OrganisationKind.City)).ProblemWith("Name").ShouldBe($"An organisation called \"{hostile}\" already exists.");
        (await Accounts.CreateOrganisationAsync("", OrganisationKind.City)).ProblemWith("Name").ShouldBe("Enter the organisation's name.");
        (await Accounts.CreateOrganisationAsync(new string('x', 201), OrganisationKind.City)).ProblemWith("Name").ShouldBe("Use at most 200 characters.");
        (await Accounts.ListOrganisationsAsync()).ShouldContain(o => o.Name == hostile && o.Kind == OrganisationKind.Region);
    }

    [Fact]
    public async Task The_last_administrator_cannot_give_up_the_role()
    {
        var administrators = (await Accounts.ListUsersAsync()).Where(u => u.Roles.Contains(TenderBuilderRoles.Administrator)).ToList();
        var only = administrators.ShouldHaveSingleItem();

        var result = await Accounts.SetRolesAsync(only.Id, [TenderBuilderRoles.Author]);

        result.ProblemWith("Roles").ShouldBe("This is the last administrator; make someone else an administrator first.");
        (await Accounts.ListUsersAsync()).Single(u => u.Id == only.Id).Roles.ShouldContain(TenderBuilderRoles.Administrator);
    }

    [Theory]
    [InlineData("nl-NL", "Gebruik een wachtwoord van ten minste 12 tekens.")]
    [InlineData("sv-SE", "Använd ett lösenord med minst 12 tecken.")]
    [InlineData("de-DE", "Verwenden Sie ein Passwort mit mindestens 12 Zeichen.")]
    public async Task An_administrator_hears_in_their_language_that_a_new_password_is_too_short(string culture, string expected)
    {
        var account = await app.Services.CreateAccountAsync("Utrecht", "Author");
        var result = await InterfaceCulture.InAsync(culture, () => Accounts.ResetPasswordAsync(account.UserId, "short"));

        result.ProblemWith("Password").ShouldBe(expected);
    }

    [Fact]
    public async Task Roles_can_be_changed_and_a_new_password_replaces_the_old_one()
    {
        var account = await app.Services.CreateAccountAsync("Utrecht", "Author");

        (await Accounts.SetRolesAsync(account.UserId, [TenderBuilderRoles.Reviewer])).Succeeded.ShouldBeTrue();
        (await Accounts.ResetPasswordAsync(account.UserId, "short")).ProblemWith("Password")!.ShouldContain("at least 12 characters");
        (await Accounts.ResetPasswordAsync(account.UserId, "another long password")).Succeeded.ShouldBeTrue();

        (await Accounts.ListUsersAsync()).Single(u => u.Id == account.UserId).Roles.ShouldBe([TenderBuilderRoles.Reviewer]);
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await client.SignInAsync(account.Email, account.Password)).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, "the old password no longer works");
        (await client.SignInAsync(account.Email, "another long password")).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
    }
}
