using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Review;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Templates;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Core.Tests.Words;

/// <summary>
/// The one table of terms: complete for every labelled value, so no page, document or translation
/// falls back to an enum's code name.
/// </summary>
public sealed class VocabularyTests
{
    private static readonly Type[] s_labelled =
    [
        typeof(Strength), typeof(ClauseKind), typeof(Deliverable), typeof(VerificationMethod), typeof(VerificationStatus),
        typeof(FindingSeverity), typeof(ParameterOrigin), typeof(ParameterType), typeof(DraftStatus), typeof(TemplateSharing),
        typeof(PowerClass), typeof(Connector), typeof(AnswerOrigin),
    ];

    public static TheoryData<Type> LabelledEnums => new(s_labelled);

    [Theory]
    [MemberData(nameof(LabelledEnums))]
    public void Every_value_of_a_labelled_enum_has_a_term_with_a_label(Type type)
    {
        foreach (Enum value in Enum.GetValues(type))
        {
            var term = (Term)typeof(Vocabulary).GetMethod(nameof(Vocabulary.Of))!.MakeGenericMethod(type).Invoke(Vocabulary.English, [value])!;
            term.Label.ShouldNotBeNullOrWhiteSpace($"{type.Name}.{value}");
        }
    }

    [Fact]
    public void The_table_labels_no_enum_the_test_does_not_check()
    {
        Vocabulary.English.LabelledTypes.ShouldBe(s_labelled, ignoreOrder: true);
    }

    [Fact]
    public void Every_history_kind_an_input_change_can_store_reads_as_words()
    {
        foreach (var kind in Enum.GetNames<InputChangeKind>())
        {
            // Words, not the code name: "Tender detail", not "TenderDetail".
            Vocabulary.English.HistoryKind(kind).Label.ShouldMatch("^[A-Z][a-z ]+$", kind);
        }
    }

    [Fact]
    public void A_strength_reads_with_its_help_in_documents_as_the_catalogue_page_shows_it()
    {
        Vocabulary.English.Of(Strength.Recommended).LabelWithHelp.ShouldBe("Recommended (in by default; removable with a justification)");
        Vocabulary.English.Of(Strength.Mandatory).Help.ShouldBe("required by law; cannot be removed");
    }

    [Fact]
    public void A_verified_citation_names_its_section_of_the_verified_facts_and_an_unverified_one_says_to_verify()
    {
        Vocabulary.English.Status(new Citation("afir", "Art. 5(1)", "§3.11")).ShouldBe("verified (verified facts §3.11)");
        Vocabulary.English.Status(new Citation("afir", "Art. 5(1)", null)).ShouldBe("to verify");
    }

    [Fact]
    public void An_unknown_role_reads_as_its_name_and_a_known_one_says_what_it_allows()
    {
        Vocabulary.English.Role("Auditor").ShouldBe(new Term("Auditor"));
        Vocabulary.English.Role("Author").Help.ShouldBe("writes and exports drafts");
    }

    [Fact]
    public void The_english_power_class_labels_are_the_classes_as_the_rules_describe_them()
    {
        foreach (var powerClass in Enum.GetValues<PowerClass>())
        {
            Vocabulary.English.Label(powerClass).ShouldBe(PowerClasses.Describe(powerClass));
        }
    }

    [Fact]
    public void The_pseudo_language_table_labels_every_value_with_marked_words()
    {
        var pseudo = Vocabulary.For(TenderBuilder.Core.Catalogues.Translations.PseudoText.Language);

        pseudo.Language.ShouldBe(TenderBuilder.Core.Catalogues.Translations.PseudoText.Language);
        foreach (var type in s_labelled)
        {
            foreach (Enum value in Enum.GetValues(type))
            {
                var term = (Term)typeof(Vocabulary).GetMethod(nameof(Vocabulary.Of))!.MakeGenericMethod(type).Invoke(pseudo, [value])!;
                TenderBuilder.Core.Catalogues.Translations.PseudoText.IsMarked(term.Label).ShouldBeTrue($"{type.Name}.{value}: {term.Label}");
            }
        }

        pseudo.Role("Author").Help.ShouldNotBeNull();
        pseudo.HistoryKind("TenderDetail").Label.ShouldNotBe("TenderDetail");
    }

    [Fact]
    public void A_language_the_documents_are_not_written_in_reads_as_english()
    {
        Vocabulary.For("xx").ShouldBeSameAs(Vocabulary.English);
        Vocabulary.For(null).ShouldBeSameAs(Vocabulary.English);
    }
}
