using System.Reflection;
using TenderBuilder.Core.Catalogues.Translations;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Core.Tests.Words;

/// <summary>The localisation table: every section complete in English and marked in the pseudo-language.</summary>
public sealed class WordTablesTests
{
    public static TheoryData<Type> Sections => [.. WordSectionTypes(typeof(ScopeWords).Assembly)];

    [Theory]
    [MemberData(nameof(Sections))]
    public void Every_section_loads_complete_in_english_with_no_empty_word(Type section)
    {
        var table = WordTables.Load(section, DocumentLanguages.English);

        Assert.All(WordTables.WordsOf(table), word => Assert.False(string.IsNullOrWhiteSpace(word.Value), $"{section.Name}.{word.Key} is empty"));
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Every_word_of_a_section_is_marked_in_the_pseudo_language(Type section)
    {
        var table = WordTables.Load(section, PseudoText.Language);

        Assert.All(WordTables.WordsOf(table), word => Assert.True(PseudoText.IsMarked(word.Value) || !word.Value.Any(char.IsLetter), $"{section.Name}.{word.Key}: {word.Value}"));
    }

    public static TheoryData<Type, string> SectionsInLanguages
    {
        get
        {
            var data = new TheoryData<Type, string>();
            foreach (var section in WordSectionTypes(typeof(ScopeWords).Assembly))
            {
                foreach (var language in DocumentLanguages.All.Where(l => l != DocumentLanguages.English))
                {
                    data.Add(section, language);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(SectionsInLanguages))]
    public void Every_section_loads_complete_in_every_document_language(Type section, string language)
    {
        // The loader fails on a missing key, an extra key or a changed placeholder.
        var table = WordTables.Load(section, language);

        Assert.All(WordTables.WordsOf(table), word => Assert.False(string.IsNullOrWhiteSpace(word.Value), $"{language} {section.Name}.{word.Key} is empty"));
    }

    [Fact]
    public void Every_language_has_the_files_of_the_english_table_and_no_other()
    {
        var files = typeof(WordTables).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Words/", StringComparison.Ordinal))
            .Select(n => n.Split('/'))
            .ToLookup(parts => parts[1], parts => parts[2]);

        Assert.All(DocumentLanguages.All, language => Assert.Equal(files["en"].Order(), files[language].Order()));
    }

    [Fact]
    public void The_scope_section_reads_its_english_words()
    {
        Assert.Equal("Subject matter and scope", ScopeWords.English.Heading);
        Assert.Equal("Lot {0}: {1}", ScopeWords.For("en").LotLine);
    }

    internal static IEnumerable<Type> WordSectionTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => t.GetCustomAttribute<WordSectionAttribute>() is not null);


}
