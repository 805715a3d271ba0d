using System.Text.RegularExpressions;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Catalogues.Translations;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Tests.TestSupport;

namespace TenderBuilder.Core.Tests.Catalogues;

/// <summary>
/// A language's translation files laid over the English catalogue: the translated words reach the
/// clauses and questions, and a missing, extra, stale or placeholder-dropping translation is a
/// load error naming its key, never a silent English word.
/// </summary>
public sealed partial class CatalogueTranslationTests
{
    private const string Dutch = "nl-NL";

    [Fact]
    public void A_complete_translation_puts_its_words_in_every_clause_and_question()
    {
        var catalogue = CatalogueLoader.Load(Translated(), Dutch);

        var clause = catalogue.Clauses.Single(c => c.Id == "demo.concession-duration");
        Assert.Equal("NL Duration", clause.DisplayTitle);
        Assert.Equal("NL The concession runs {years}.", clause.DisplayText);
        Assert.Equal("NL The contract states it.", clause.Verification.Text);
        Assert.Equal("NL Which model?", catalogue.Questionnaire.Find("model.type")!.Label);
        Assert.Equal(Dutch, catalogue.Language);
        Assert.Equal(TranslationStatus.Draft, catalogue.TranslationStatusOf("demo.always"));
    }

    [Fact]
    public void The_english_catalogue_reaches_its_translation_through_In()
    {
        var english = CatalogueLoader.Load(Translated());

        Assert.Equal("Always there", english.Clauses[0].DisplayTitle);
        Assert.Equal("NL Always there", english.In(Dutch).Clauses[0].DisplayTitle);
        Assert.Null(english.TranslationStatusOf("demo.always"));
    }

    [Fact]
    public void A_text_without_translation_is_an_error_naming_its_key()
    {
        var files = Translated(text => text.Replace("    nl: \"NL Hub signage\"", "    nl: \"\"", StringComparison.Ordinal));

        var error = Assert.Throws<CatalogueLoadException>(() => CatalogueLoader.Load(files, Dutch));

        Assert.Contains(error.Errors, e => e.Contains("clauses/demo.hub-only/title", StringComparison.Ordinal) && e.Contains("no translation", StringComparison.Ordinal));
    }

    [Fact]
    public void A_translation_of_a_text_the_english_no_longer_has_is_an_error()
    {
        var files = Translated(text => text + "  \"clauses/demo.gone/title\":\n    en: \"Gone\"\n    nl: \"Weg\"\n");

        var error = Assert.Throws<CatalogueLoadException>(() => CatalogueLoader.Load(files, Dutch));

        Assert.Contains(error.Errors, e => e.Contains("\"clauses/demo.gone/title\" is not a text of clauses/demo.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_translation_made_before_the_english_changed_is_stale()
    {
        var files = Translated();
        var clauses = files.FindIndex(f => f.Path == "clauses/demo.yaml");
        files[clauses] = files[clauses] with { Text = files[clauses].Text.Replace("title: Hub signage", "title: Signage at hubs", StringComparison.Ordinal) };

        var error = Assert.Throws<CatalogueLoadException>(() => CatalogueLoader.Load(files, Dutch));

        Assert.Contains(error.Errors, e => e.StartsWith("translations/nl-NL/clauses/demo.yaml:", StringComparison.Ordinal)
            && e.Contains("stale", StringComparison.Ordinal) && e.Contains("Signage at hubs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_translation_that_drops_a_placeholder_is_an_error()
    {
        var files = Translated(text => text.Replace("NL The concession runs {years}.", "NL The concession runs long.", StringComparison.Ordinal));

        var error = Assert.Throws<CatalogueLoadException>(() => CatalogueLoader.Load(files, Dutch));

        Assert.Contains(error.Errors, e => e.Contains("must keep the placeholders {years}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_translation_file_is_an_error_naming_the_file()
    {
        var files = Translated().Where(f => f.Path != "translations/nl-NL/questions/sites.yaml").ToList();

        var error = Assert.Throws<CatalogueLoadException>(() => CatalogueLoader.Load(files, Dutch));

        Assert.Contains(error.Errors, e => e.Contains("translations/nl-NL/questions/sites.yaml is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reviewed_clause_says_so_and_an_unknown_reviewed_id_is_an_error()
    {
        var reviewed = CatalogueLoader.Load(Translated(text => text.Replace("reviewed: []", "reviewed: [\"demo.always\"]", StringComparison.Ordinal)), Dutch);
        Assert.Equal(TranslationStatus.Reviewed, reviewed.TranslationStatusOf("demo.always"));
        Assert.Equal(TranslationStatus.Draft, reviewed.TranslationStatusOf("demo.hub-only"));

        var error = Assert.Throws<CatalogueLoadException>(() =>
            CatalogueLoader.Load(Translated(text => text.Replace("reviewed: []", "reviewed: [\"demo.nothing\"]", StringComparison.Ordinal)), Dutch));
        Assert.Contains(error.Errors, e => e.Contains("\"demo.nothing\" is listed as reviewed", StringComparison.Ordinal));
    }

    [Fact]
    public void Updating_keeps_translations_and_adds_the_new_texts_empty()
    {
        var files = Translated();
        var clauses = files.FindIndex(f => f.Path == "clauses/demo.yaml");
        files[clauses] = files[clauses] with { Text = files[clauses].Text.Replace("title: Hub signage", "title: Signage at hubs", StringComparison.Ordinal) };

        var updated = CatalogueTranslations.Update(files, Dutch).Single(f => f.Path == "translations/nl-NL/clauses/demo.yaml").Text;

        Assert.Contains("nl: \"NL Always there\"", updated, StringComparison.Ordinal);
        // A stale entry keeps the English it was made from, so the loader still reports it.
        Assert.Contains("en: \"Hub signage\"", updated, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pseudo_language_marks_every_text_and_keeps_placeholders()
    {
        var pseudo = CatalogueLoader.Load(MiniCatalogue.Files(), PseudoText.Language);

        var clause = pseudo.Clauses.Single(c => c.Id == "demo.concession-duration");
        Assert.Equal(PseudoText.Mark("The concession runs {years}."), clause.DisplayText);
        Assert.Contains("{years}", clause.DisplayText, StringComparison.Ordinal);
        Assert.All(clause.DisplayText.Replace("{years}", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter)), word => Assert.True(PseudoText.IsMarked(word), word));
    }

    /// <summary>The mini catalogue with a complete Dutch translation: each text "NL " + its English.</summary>
    private static List<CatalogueFile> Translated(Func<string, string>? editClauses = null)
    {
        var files = MiniCatalogue.Files();
        var translations = CatalogueTranslations.Update(files, Dutch)
            .Select(f => f with { Text = EnglishPrefixed(f.Text) })
            .Select(f => f.Path == "translations/nl-NL/clauses/demo.yaml" && editClauses is not null ? f with { Text = editClauses(f.Text) } : f);
        return [.. files, .. translations];
    }

    private static string EnglishPrefixed(string skeleton) =>
        EntryPattern().Replace(skeleton, m => m.Groups["list"].Success
            ? $"    en: {m.Groups["en"].Value}\n    nl: {m.Groups["en"].Value}"
            : $"    en: \"{m.Groups["text"].Value}\"\n    nl: \"NL {m.Groups["text"].Value}\"");

    [GeneratedRegex("    en: (?<en>\"(?<text>(?:[^\"\\\\]|\\\\.)*)\"|(?<list>\\[.*\\]))\n    nl: .*")]
    private static partial Regex EntryPattern();
}

/// <summary>The shipped catalogue in every document language: complete, current and checked like the English.</summary>
public sealed class ShippedTranslationTests
{
    public static TheoryData<string> Languages => [.. DocumentLanguages.All.Where(l => l != DocumentLanguages.English)];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_of_the_catalogue_is_translated_current_and_keeps_its_placeholders(string language)
    {
        // The loader reports every missing, extra or stale key and every dropped placeholder at once.
        var catalogue = CatalogueLoader.Load(CatalogueLoader.EmbeddedFiles(), language);

        Assert.Equal(language, catalogue.Language);
        Assert.Equal(CatalogueLoader.Default.Clauses.Select(c => c.Id), catalogue.Clauses.Select(c => c.Id));
        Assert.All(catalogue.Clauses, clause => Assert.NotNull(catalogue.TranslationStatusOf(clause.Id)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_translation_changes_the_words_not_the_rules(string language)
    {
        var english = CatalogueLoader.Default;
        var translated = CatalogueLoader.For(language);

        Assert.Equal(english.Version, translated.Version);
        Assert.Equal(
            english.Questionnaire.Questions.Select(q => (q.Id, q.Type, string.Join(",", q.Options.Select(o => o.Value)))),
            translated.Questionnaire.Questions.Select(q => (q.Id, q.Type, string.Join(",", q.Options.Select(o => o.Value)))));
        Assert.Equal(english.Clauses.Select(c => (c.Id, c.Strength, c.Kind)), translated.Clauses.Select(c => (c.Id, c.Strength, c.Kind)));
        // Most titles differ from the English: a file copied untranslated would not.
        Assert.True(english.Clauses.Zip(translated.Clauses).Count(p => p.First.DisplayTitle != p.Second.DisplayTitle) > english.Clauses.Length * 9 / 10);
    }
}
