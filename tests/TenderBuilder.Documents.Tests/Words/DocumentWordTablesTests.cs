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
        var table = Load(section, language);

        Assert.All(Words(table), word => Assert.False(string.IsNullOrWhiteSpace(word.Value), $"{language} {section.Name}.{word.Key} is empty"));
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Every_section_loads_complete_in_english_with_no_empty_word(Type section)
    {
        var table = Load(section, DocumentLanguages.English);

        Assert.All(Words(table), word => Assert.False(string.IsNullOrWhiteSpace(word.Value), $"{section.Name}.{word.Key} is empty"));
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Every_word_of_a_section_is_marked_in_the_pseudo_language(Type section)
    {
        var table = Load(section, PseudoText.Language);

        Assert.All(Words(table), word => Assert.True(PseudoText.IsMarked(word.Value) || !word.Value.Any(char.IsLetter), $"{section.Name}.{word.Key}: {word.Value}"));
    }

    [Fact]
    public void The_page_footer_and_the_sheet_names_keep_their_shape()
    {
        // Word's and Excel's footers put their page fields where {0} and {1} are; Excel's sheet
        // names are at most 31 characters without : \ / ? * [ ].
        Assert.Equal("Page {0} of {1}", DocumentWords.English.PageOfPages);
        Assert.Equal("Page {0} of {1}", MatrixWords.English.PageOfPages);
        foreach (var language in new[] { DocumentLanguages.English, PseudoText.Language })
        {
            var words = MatrixWords.For(language);
            Assert.All([words.MatrixSheet, words.ScoringSheet, words.PriceSheet, ScopeWords.For(language).SheetName], name =>
                Assert.Matches(SheetName(), name));
        }
    }

    [GeneratedRegex(@"^[^:\\/?*\[\]]{1,31}$")]
    private static partial Regex SheetName();

    private static object Load(Type section, string language)
    {
        var name = section.GetCustomAttribute<WordSectionAttribute>()!.Name;
        var load = typeof(WordTables).GetMethod(nameof(WordTables.Load))!.MakeGenericMethod(section);
        try
        {
            return load.Invoke(null, [name, language])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> Words(object table) =>
        table.GetType().GetProperties().SelectMany(p => p.GetValue(table) switch
        {
            string text => [new KeyValuePair<string, string>(p.Name, text)],
            IReadOnlyDictionary<string, string> map => map.Select(e => new KeyValuePair<string, string>($"{p.Name}.{e.Key}", e.Value)),
            IReadOnlyList<string> list => list.Select((w, i) => new KeyValuePair<string, string>($"{p.Name}[{i}]", w)),
            _ => [],
        });
}
