using System.Reflection;
using System.Text.RegularExpressions;
using TenderBuilder.Core.Catalogues.Translations;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Words;
using TenderBuilder.Documents.Words;

namespace TenderBuilder.Documents.Tests.Words;

/// <summary>The Documents assembly's sections of the localisation table: complete in English, marked in the pseudo-language.</summary>
public sealed partial class DocumentWordTablesTests
{
    public static TheoryData<Type> Sections => [.. SectionTypes()];

    [Fact]
    public void The_documents_have_their_four_sections() =>
        Assert.Equal(["documents", "matrix", "memo", "package"], SectionTypes().Select(t => t.GetCustomAttribute<WordSectionAttribute>()!.Name).Order());

    private static IEnumerable<Type> SectionTypes() =>
        typeof(DocumentWords).Assembly.GetTypes().Where(t => t.GetCustomAttribute<WordSectionAttribute>() is not null);

    public static TheoryData<Type, string> SectionsInLanguages
    {
        get
        {
            var data = new TheoryData<Type, string>();
            foreach (var section in SectionTypes())
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
        var table = WordTables.Load(section, language);

        Assert.All(WordTables.WordsOf(table), word => Assert.False(string.IsNullOrWhiteSpace(word.Value), $"{language} {section.Name}.{word.Key} is empty"));
    }

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

    [Fact]
    public void The_page_footer_and_the_sheet_names_keep_their_shape()
    {
        // Word's and Excel's footers put their page fields where {0} and {1} are; Excel's sheet
        // names are at most 31 characters without : \ / ? * [ ].
        Assert.Equal("Page {0} of {1}", DocumentWords.English.PageOfPages);
        Assert.Equal("Page {0} of {1}", MatrixWords.English.PageOfPages);
        foreach (var language in DocumentLanguages.All.Append(PseudoText.Language))
        {
            var words = MatrixWords.For(language);
            Assert.All([words.MatrixSheet, words.ScoringSheet, words.PriceSheet, ScopeWords.For(language).SheetName], name =>
                Assert.Matches(SheetName(), name));
        }
    }

    [GeneratedRegex(@"^[^:\\/?*\[\]]{1,31}$")]
    private static partial Regex SheetName();


}
