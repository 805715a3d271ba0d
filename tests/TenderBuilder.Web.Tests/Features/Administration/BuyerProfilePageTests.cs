using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TenderBuilder.Application.Organisations;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Data;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Data.Organisations;
using TenderBuilder.Testing;
using TenderBuilder.Web.Features.Administration;
using TenderBuilder.Web.Hosting;
using TenderBuilder.Web.Tests.Localization;

namespace TenderBuilder.Web.Tests.Features.Administration;

/// <summary>
/// The buyer profile page on a real (SQLite) database, as its organisation's administrator sees it:
/// every field labelled, a problem under its field naming it, and a save that goes through the
/// service and says so.
/// </summary>
public sealed class BuyerProfilePageTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tenderbuilder-profile-").FullName;
    private IHost _data = null!;
    private BunitContext _context = null!;
    private BuyerProfiles _profiles = null!;
    private Guid _organisation;

    public async Task InitializeAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "tenderbuilder.db")}",
        });
        builder.AddTenderBuilderData();
        _data = builder.Build();
        await _data.Services.InitializeDatabaseAsync();

        var options = _data.Services.GetRequiredService<DbContextOptions<TenderBuilderDbContext>>();
        await using (var db = new TenderBuilderDbContext(options, FixedOrganisationScope.None))
        {
            var organisation = new Organisation { Name = "Utrecht", Kind = OrganisationKind.City };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            _organisation = organisation.Id;
        }

        var user = new SignedInUser { Principal = TestPrincipals.For(_organisation, TenderBuilderRoles.Administrator) };
        _profiles = new BuyerProfiles(new OrganisationContexts(options, user), TimeProvider.System, user, InterfaceWords.For<BuyerProfiles>());
        _context = MudTestContext.Create(services =>
        {
            services.AddSingleton(_profiles);
            services.AddSingleton(CatalogueLoader.Default);
        }, roles: [TenderBuilderRoles.Administrator]);
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        _data.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Every_field_is_labelled_and_shows_what_is_stored()
    {
        (await _profiles.UpdateAsync(_organisation, new BuyerProfile
        {
            Country = "NL",
            Contact = new ContactDetails { Email = "inkoop@utrecht.example" },
            TenderLanguages = ["nl"],
        })).Succeeded.ShouldBeTrue();

        var page = Open();

        var labels = page.FindAll("label").Select(l => l.TextContent.Trim()).ToList();
        labels.ShouldContain("Official name");
        labels.ShouldContain("Registration number");
        labels.ShouldContain("NUTS 3 region");
        labels.ShouldContain("Contact e-mail");
        labels.ShouldContain("Review body's name");
        labels.ShouldContain("Review deadlines");
        page.Find("#bp-tenderLanguages > legend").TextContent.ShouldBe("Languages of tenders");
        page.Markup.ShouldContain("Left empty, new drafts use the organisation's name, Utrecht.");
        foreach (var field in BuyerProfileFields.All.Where(f => f.Path is not (BuyerProfileFields.ReviewBodyNuts or BuyerProfileFields.ReviewBodyContactName)))
        {
            var input = page.Find($"#bp-{field.Path.Replace('.', '-')}");
            page.FindAll($"label[for='{input.Id}']").ShouldHaveSingleItem($"{field.Path} has one label").TextContent.Trim().ShouldBe(_profiles.FieldName(field.Path));
        }

        page.Find("#bp-contact-email").GetAttribute("value").ShouldBe("inkoop@utrecht.example");
        var country = page.Find("#bp-country");
        country.GetAttribute("value").ShouldBe("NL");
        country.QuerySelectorAll("option").Select(o => o.TextContent).ShouldContain("Netherlands");
        page.FindAll("input[type=checkbox][data-language]").Count.ShouldBe(24);
        page.Find("input[data-language='nl']").HasAttribute("checked").ShouldBeTrue();
        page.Find("input[data-language='de']").HasAttribute("checked").ShouldBeFalse();
        LanguageLabel(page, "de").ShouldBe("German");
    }

    [Fact]
    public async Task A_bad_e_mail_address_is_named_under_its_field_and_nothing_is_saved()
    {
        var page = Open();

        page.Find("#bp-contact-email").Change("inkoop at utrecht");
        page.Find("#buyer-profile-save").Click();

        page.WaitForAssertion(() => page.Markup.ShouldContain("Contact e-mail: enter an e-mail address such as name@example.org."));
        page.Find("#buyer-profile-problems").TextContent.ShouldContain("Some fields need correcting");
        page.Find("#buyer-profile-status").TextContent.ShouldBeEmpty();
        (await _profiles.GetAsync()).Profile.ShouldBe(BuyerProfile.Empty);
    }

    [Fact]
    public async Task Saving_stores_the_profile_through_the_service_and_confirms_it()
    {
        var page = Open();

        page.Find("#bp-officialName").Change("Gemeente Utrecht");
        page.Find("#bp-country").Change("NL");
        page.Find("#bp-authorityType").Change("municipality");
        page.Find("#bp-address-nuts").Change("nl310");
        page.Find("#bp-contact-website").Change("https://www.utrecht.example");
        page.Find("#bp-reviewDeadlines").Change("Within 20 days of the award decision.");
        page.Find("input[data-language='nl']").Change(true);
        page.Find("input[data-language='en']").Change(true);
        page.Find("#buyer-profile-save").Click();

        page.WaitForAssertion(() => page.Find("#buyer-profile-status").TextContent.ShouldBe("The buyer profile is saved; new drafts take it from now on."));
        var stored = (await _profiles.GetAsync()).Profile;
        (stored.OfficialName, stored.Country, stored.AuthorityType, stored.Address.Nuts).ShouldBe(("Gemeente Utrecht", "NL", "municipality", "NL310"));
        stored.Contact.Website.ShouldBe("https://www.utrecht.example");
        stored.ReviewDeadlines.ShouldBe("Within 20 days of the award decision.");
        stored.TenderLanguages.ShouldBe(["en", "nl"], "in the EU's order of codes, whatever order they were ticked in");
        page.Find("#bp-address-nuts").GetAttribute("value").ShouldBe("NL310", "the form shows what was stored");
        page.FindAll("#buyer-profile-problems").ShouldBeEmpty();
    }

    [Fact]
    public void A_Dutch_administrator_reads_the_fields_and_their_problems_in_Dutch()
    {
        InterfaceWords.In("nl-NL", () =>
        {
            var page = Open();

            page.Find("label[for='bp-contact-email']").TextContent.Trim().ShouldBe("E-mail contactpunt");
            page.Find("#bp-contact-email").Change("inkoop@");
            page.Find("#buyer-profile-save").Click();

            page.WaitForAssertion(() => page.Markup.ShouldContain("E-mail contactpunt: vul een e-mailadres in, zoals naam@voorbeeld.nl."));
            LanguageLabel(page, "nl").ShouldBe("Nederlands");
            LanguageLabel(page, "sv").ShouldBe("Zweeds");
        });
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("nl-NL")]
    [InlineData("sv-SE")]
    [InlineData("de-DE")]
    public void Every_official_language_of_the_EU_has_its_name_in_each_interface_language(string culture)
    {
        var words = InterfaceWords.For<BuyerProfilePage>();
        InterfaceWords.In(culture, () =>
        {
            var names = BuyerProfileFields.EuLanguages.Select(code => words[BuyerProfilePage.LanguageKey(code)]).ToList();
            names.ShouldAllBe(name => !name.ResourceNotFound);
            names.Select(n => n.Value).Distinct().Count().ShouldBe(24);
        });
    }

    // What a language's checkbox says: its name in the interface language.
    private static string LanguageLabel(IRenderedComponent<BuyerProfilePage> page, string code) =>
        page.FindAll("label.mud-checkbox").Single(l => l.QuerySelector($"input[data-language='{code}']") is not null).TextContent.Trim();

    private IRenderedComponent<BuyerProfilePage> Open()
    {
        var page = _context.Render<BuyerProfilePage>();
        page.WaitForElement("#buyer-profile-save");
        return page;
    }
}
