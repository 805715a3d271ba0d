using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TenderBuilder.Testing;
using TenderBuilder.Web.Components.Layout;

namespace TenderBuilder.Web.Tests.Localization;

/// <summary>
/// The interface's words (ADR 0018): every English resource has its Dutch, Swedish and German
/// translation with the same keys and placeholders, every key a component asks for exists, and
/// the translations reach the running app. The same holds for the Application's resources (texts
/// it builds for the interface, such as the draft history's lines).
/// </summary>
public sealed partial class InterfaceResourcesTests
{
    private static readonly string[] s_languages = ["nl", "sv", "de"];
    private static readonly string s_web = Path.Combine(RepositoryFiles.Root, "src", "TenderBuilder.Web");
    private static readonly string s_application = Path.Combine(RepositoryFiles.Root, "src", "TenderBuilder.Application");

    // Every project whose resources the interface reads, by its folder.
    private static readonly string[] s_projects = [s_web, s_application];

    public static TheoryData<string> EnglishResources()
    {
        var data = new TheoryData<string>();
        foreach (var resource in NeutralResources())
        {
            data.Add(resource);
        }

        return data;
    }

    // The English resources of every project, relative to the repository.
    private static IEnumerable<string> NeutralResources() =>
        s_projects.SelectMany(p => Directory.EnumerateFiles(Path.Combine(p, "Resources"), "*.resx", SearchOption.AllDirectories))
            .Where(IsNeutral).Order(StringComparer.Ordinal).Select(file => Path.GetRelativePath(RepositoryFiles.Root, file));

    [Fact]
    public void The_applications_resources_are_checked_too()
    {
        Assert.Contains(Path.Combine("src", "TenderBuilder.Application", "Resources", "History", "ChangeDescriber.resx"), NeutralResources());
    }

    [Theory]
    [MemberData(nameof(EnglishResources))]
    public void Each_language_has_every_key_with_the_same_placeholders_and_no_empty_text(string resource)
    {
        resource = Path.Combine(RepositoryFiles.Root, resource);
        var english = Read(resource);
        Assert.All(english, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), $"{resource}: {e.Key} is empty"));
        foreach (var language in s_languages)
        {
            var path = Path.ChangeExtension(resource, $".{language}.resx");
            Assert.True(File.Exists(path), $"{resource} has no {language} translation ({Path.GetFileName(path)})");
            var translated = Read(path);
            Assert.Equal(english.Keys.Order(StringComparer.Ordinal), translated.Keys.Order(StringComparer.Ordinal));
            foreach (var (key, text) in english)
            {
                Assert.False(string.IsNullOrWhiteSpace(translated[key]), $"{resource} [{language}]: {key} is empty");
                Assert.True(Placeholders(text).SetEquals(Placeholders(translated[key])), $"{resource} [{language}]: {key} changes the placeholders of \"{text}\" in \"{translated[key]}\"");
            }
        }
    }

    // A control shows "Reset" and is named "Reset Connector type" for screen readers: someone who
    // speaks to their computer says what they see, so the name must hold the visible words
    // (WCAG 2.5.3) in every language, not only in the English the end-to-end axe runs mostly see.
    [Theory]
    [MemberData(nameof(EnglishResources))]
    public void A_controls_spoken_name_holds_its_visible_words_in_every_language(string resource)
    {
        resource = Path.Combine(RepositoryFiles.Root, resource);
        var english = Read(resource);
        var pairs = english.Keys
            .Select(key => (Name: key, Visible: key.EndsWith("Label", StringComparison.Ordinal) ? key[..^"Label".Length] : ""))
            .Where(pair => pair.Visible.Length > 0 && english.ContainsKey(pair.Visible) && !english[pair.Visible].Contains('{', StringComparison.Ordinal)
                && english[pair.Name].Contains(english[pair.Visible], StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var language in s_languages)
        {
            var translated = Read(Path.ChangeExtension(resource, $".{language}.resx"));
            foreach (var (name, visible) in pairs)
            {
                Assert.True(translated[name].Contains(translated[visible], StringComparison.OrdinalIgnoreCase),
                    $"{resource} [{language}]: {name} \"{translated[name]}\" does not hold what {visible} shows, \"{translated[visible]}\"");
            }
        }
    }

    [Fact]
    public void Every_translation_has_its_english_original()
    {
        var orphans = s_projects.SelectMany(p => Directory.EnumerateFiles(Path.Combine(p, "Resources"), "*.resx", SearchOption.AllDirectories))
            .Where(f => !IsNeutral(f))
            .Where(f => !File.Exists(Path.Combine(Path.GetDirectoryName(f)!, Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(f)) + ".resx")))
            .ToList();
        Assert.Empty(orphans);
    }

    [Fact]
    public void Every_key_a_component_asks_for_is_in_its_resources()
    {
        var missing = new List<string>();
        var checkedComponents = 0;
        foreach (var file in s_projects.SelectMany(p => Directory.EnumerateFiles(p, "*.*", SearchOption.AllDirectories)).Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var source = File.ReadAllText(file);
            foreach (Match injected in Injected().Matches(source))
            {
                var (type, name) = (injected.Groups["type"].Value, injected.Groups["name"].Value);
                // A component may ask for another project's resources (the history page for the Application's sentences).
                var resources = s_projects.SelectMany(p => Directory.EnumerateFiles(Path.Combine(p, "Resources"), type + ".resx", SearchOption.AllDirectories)).ToList();
                if (resources.Count != 1)
                {
                    missing.Add($"{Path.GetRelativePath(RepositoryFiles.Root, file)}: {resources.Count} resource files named {type}.resx");
                    continue;
                }

                checkedComponents++;
                var keys = Read(resources[0]).Keys.ToHashSet(StringComparer.Ordinal);
                // L["Key"], L["Key", arg] and L[cond ? "One" : "Other"]: both keys of a choice are asked for.
                foreach (Match used in new Regex(@"\b" + Regex.Escape(name) + @"\[(?:[^\]""]*\?\s*)?""(?<key>[^""]+)""(?:\s*:\s*""(?<other>[^""]+)"")?").Matches(source))
                {
                    foreach (var key in new[] { used.Groups["key"].Value, used.Groups["other"].Value }.Where(k => k.Length > 0 && !keys.Contains(k)))
                    {
                        missing.Add($"{Path.GetRelativePath(RepositoryFiles.Root, file)}: {key} is not in {type}.resx");
                    }
                }
            }
        }

        Assert.True(checkedComponents > 0, "no component injects a string localizer");
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("en-GB", "Drafts")]
    [InlineData("nl-NL", "Concepten")]
    [InlineData("sv-SE", "Utkast")]
    [InlineData("de-DE", "Entwürfe")]
    public void The_app_reads_the_words_of_the_interface_language(string culture, string expected)
    {
        var services = new ServiceCollection().AddLogging().AddLocalization(o => o.ResourcesPath = "Resources").BuildServiceProvider();
        var localizer = services.GetRequiredService<IStringLocalizer<NavMenu>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var drafts = localizer["Drafts"];
            Assert.False(drafts.ResourceNotFound);
            Assert.Equal(expected, drafts.Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static bool IsNeutral(string file) => !Path.GetFileNameWithoutExtension(file).Contains('.', StringComparison.Ordinal);

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"IStringLocalizer<(?<type>\w+)>\s+(?<name>\w+)")]
    private static partial Regex Injected();
}
