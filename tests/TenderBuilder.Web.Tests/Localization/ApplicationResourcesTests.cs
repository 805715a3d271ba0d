using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.Templates;
using TenderBuilder.Testing;

namespace TenderBuilder.Web.Tests.Localization;

/// <summary>
/// The words the application's services say (their .resx families under
/// src/TenderBuilder.Application/Resources): the web app's localisation setting finds them, in the
/// interface language, and the messages people meet read in it. (Every key in every language,
/// placeholders, orphans and every key a service asks for: <see cref="InterfaceResourcesTests"/>,
/// for both projects.)
/// </summary>
public sealed partial class ApplicationResourcesTests
{
    private static readonly string[] s_languages = ["nl", "sv", "de"];
    private static readonly string s_application = Path.Combine(RepositoryFiles.Root, "src", "TenderBuilder.Application");
    private static readonly string s_resources = Path.Combine(s_application, "Resources");

    [Theory]
    [InlineData("en-GB", "Enter the person's name.")]
    [InlineData("nl-NL", "Vul de naam van de persoon in.")]
    [InlineData("sv-SE", "Ange personens namn.")]
    [InlineData("de-DE", "Geben Sie den Namen der Person ein.")]
    public void The_web_apps_localisation_reads_the_services_words_in_the_interface_language(string culture, string expected)
    {
        // As the web app registers it (WebHostingExtensions): one resources path for both projects.
        var services = new ServiceCollection().AddLogging().AddLocalization(o => o.ResourcesPath = "Resources").BuildServiceProvider();
        var localizer = services.GetRequiredService<IStringLocalizer<UserAccounts>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var text = localizer["EnterPersonName"];
            Assert.False(text.ResourceNotFound);
            Assert.Equal(expected, text.Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void A_Dutch_administrator_reads_under_the_name_field_what_is_missing()
    {
        // The check comes before any database work, so the service needs none here.
        var accounts = new UserAccounts(null!, InterfaceWords.For<UserAccounts>());
        AccountResult<Guid>? result = null;
        InterfaceWords.In("nl-NL", () => result = accounts.CreateUserAsync(new NewUser(" ", "a@example.org", Guid.NewGuid(), ["Author"], null)).GetAwaiter().GetResult());

        Assert.Equal("Vul de naam van de persoon in.", result!.ProblemWith("Name"));
    }

    [Fact]
    public void A_German_author_reads_which_field_of_the_template_form_is_wrong_in_German()
    {
        var words = InterfaceWords.For<TemplatesService>();
        TemplateFormException? problem = null;
        InterfaceWords.In("de-DE", () => problem = Assert.Throws<TemplateFormException>(() => new TemplateForm { Name = "  " }.Validate(words)));

        Assert.Equal(TemplateFormField.Name, problem!.Field);
        Assert.Equal("Name: Eine Vorlage braucht einen Namen.", problem.Message);

        InterfaceWords.In("de-DE", () => problem = Assert.Throws<TemplateFormException>(() =>
            new TemplateForm { Name = "Regional", Sharing = Core.Templates.TemplateSharing.NamedOrganisations }.Validate(words)));
        Assert.Equal(TemplateFormField.SharedWith, problem!.Field);
        Assert.StartsWith("Geteilt mit: Wählen Sie mindestens eine Organisation", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_in_the_services_words_are_written_in_the_interface_culture()
    {
        var words = InterfaceWords.For<DraftArchive>();
        var until = new DateTime(2026, 12, 3, 9, 30, 0, DateTimeKind.Utc);
        string? text = null;
        InterfaceWords.In("de-DE", () => text = words["RetentionOver", "Ladepunkte Nord", until].Value);

        var german = CultureInfo.GetCultureInfo("de-DE");
        Assert.Equal($"„Ladepunkte Nord“ konnte bis {until.ToString("d MMM yyyy, HH:mm", german)} UTC wiederhergestellt werden; die Aufbewahrungsfrist ist abgelaufen, daher bleibt der Entwurf im Archiv.", text);
        Assert.Contains("Dez", text, StringComparison.Ordinal);
    }

    private static bool IsNeutral(string file) => !Path.GetFileNameWithoutExtension(file).Contains('.', StringComparison.Ordinal);

    private static bool IsSource(string file) =>
        !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"IStringLocalizer<(?<type>\w+)>\s+(?<name>\w+)")]
    private static partial Regex Injected();
}
