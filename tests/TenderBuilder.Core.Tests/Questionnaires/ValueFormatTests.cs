using System.Text.Json;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Tests.TestSupport;
using TenderBuilder.Core.Text;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Core.Tests.Questionnaires;

/// <summary>
/// The values an EU notice checks: a time of day, web addresses, e-mail addresses, telephone numbers,
/// NUTS 3 codes and time zones. A value of the wrong kind is an error beside its question that names
/// the question and says what the value should look like, in the findings' language.
/// </summary>
public sealed class ValueFormatTests
{
    private static readonly DateOnly s_today = new(2026, 11, 29);
    private static readonly Catalogue s_catalogue = CatalogueLoader.Default;

    [Theory]
    [InlineData("14:00", 14, 0)]
    [InlineData("14.00", 14, 0)]
    [InlineData("9:30", 9, 30)]
    [InlineData("09:30", 9, 30)]
    [InlineData(" 23:59 ", 23, 59)]
    [InlineData("0:00", 0, 0)]
    [InlineData("14:00:00", 14, 0)]
    [InlineData("14:00 Uhr", 14, 0)]
    [InlineData("14.00 u", 14, 0)]
    public void A_time_of_day_is_read_as_officers_type_it(string typed, int hours, int minutes)
    {
        TimeOfDay.TryParse(typed, out var time).ShouldBeTrue(typed);
        time.ShouldBe(new TimeOnly(hours, minutes));
        TimeOfDay.Store(time).ShouldBe($"{hours:00}:{minutes:00}");
    }

    [Theory]
    [InlineData("24:00")]
    [InlineData("14:60")]
    [InlineData("9")]
    [InlineData("930")]
    [InlineData("2 PM")]
    [InlineData("14:0")]
    [InlineData("")]
    [InlineData(null)]
    public void What_is_not_a_time_of_day_is_refused(string? typed) =>
        TimeOfDay.TryParse(typed, out _).ShouldBeFalse(typed);

    [Theory]
    [InlineData("en", "14:00")]
    [InlineData("nl-NL", "14:00")]
    [InlineData("sv-SE", "14:00")]
    [InlineData("de-DE", "14:00")]
    public void A_time_reads_on_the_24_hour_clock_of_the_language(string language, string expected) =>
        ValueText.Time(new TimeOnly(14, 0), language).ShouldBe(expected);

    [Fact]
    public void The_deadline_time_is_a_time_question_bound_to_the_input_s_time_field()
    {
        var question = s_catalogue.Questionnaire.Find("notice.deadline_time")!;
        var answers = RulesEngine.Evaluate(Inputs.Example("two-lots-with-sites.yaml"), s_catalogue, s_today).Answers;

        question.Type.ShouldBe(QuestionType.Time);
        question.Field.ShouldBe("dates.submissionDeadlineTime");
        answers.Answer("notice.deadline_time").ShouldBe(new AnswerValue.Time(new TimeOnly(12, 0)));
        question.Describe(new AnswerValue.Time(new TimeOnly(9, 30))).ShouldBe("09:30");
        question.Read(Inputs.Json("14.00")).Value.ShouldBe(new AnswerValue.Time(new TimeOnly(14, 0)));
        question.Read(Inputs.Json("noon")).Problem.ShouldBe("\"noon\" is not a time of day written HH:mm on the 24-hour clock, such as 14:00");
    }

    [Theory]
    [InlineData(TextFormat.Url, "https://tenders.example.eu/EXAMPLE-1/documents", true)]
    [InlineData(TextFormat.Url, "http://www.example.org", true)]
    [InlineData(TextFormat.Url, "www.example.org/tenders?id=12&lot=2", true)]
    [InlineData(TextFormat.Url, "example.org/tenders", false)]
    [InlineData(TextFormat.Url, "https://example.org/a tender", false)]
    [InlineData(TextFormat.Url, "mailto:tenders@example.org", false)]
    [InlineData(TextFormat.Email, "tenders@example.eu", true)]
    [InlineData(TextFormat.Email, "laddupphandling@stad.example.se", true)]
    [InlineData(TextFormat.Email, "tenders(at)example.eu", false)]
    [InlineData(TextFormat.Email, "tenders@example", false)]
    [InlineData(TextFormat.Email, "two@at@example.eu", false)]
    [InlineData(TextFormat.Phone, "+31 30 123 4567", true)]
    [InlineData(TextFormat.Phone, "+49 (0)30 1234567", true)]
    [InlineData(TextFormat.Phone, "030-1234567", true)]
    [InlineData(TextFormat.Phone, "call the desk", false)]
    [InlineData(TextFormat.Phone, "+31 30 123 4567 ext. 12", false)]
    [InlineData(TextFormat.Nuts, "NL350", true)]
    [InlineData(TextFormat.Nuts, "SE110", true)]
    [InlineData(TextFormat.Nuts, "EL303", true)]
    [InlineData(TextFormat.Nuts, "NL310", false)]
    [InlineData(TextFormat.Nuts, "nl350", false)]
    [InlineData(TextFormat.Nuts, "CH031", false)]
    [InlineData(TextFormat.Nuts, "NL35", false)]
    public void A_value_fits_its_format_as_the_EU_notice_checks_it(TextFormat format, string text, bool fits) =>
        TextFormats.Fits(format, text).ShouldBe(fits, text);

    [Fact]
    public void A_long_wrong_telephone_number_is_refused_at_once()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();

        TextFormats.Fits(TextFormat.Phone, new string('1', 29) + "x").ShouldBeFalse();
        TextFormats.Fits(TextFormat.Phone, string.Concat(Enumerable.Repeat("1 ", 500)) + "x").ShouldBeFalse();

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1));
    }

    public static TheoryData<string, string, string> WrongValues => new()
    {
        { "notice.contact_email", "tenders(at)example.eu", "\"tenders(at)example.eu\" is not an e-mail address" },
        { "notice.documents_url", "example.org/docs", "\"example.org/docs\" is not a web address" },
        { "notice.contact_phone", "ask for Anna", "\"ask for Anna\" is not a telephone number" },
        { "notice.buyer_nuts", "NL310", "\"NL310\" is not a NUTS 3 region code of the list EU notices use" },
        { "notice.place_of_performance_nuts", "Utrecht", "\"Utrecht\" is not a NUTS 3 region code" },
        { "notice.time_zone", "Europe/London", "\"Europe/London\" is not a time zone TenderBuilder offers" },
    };

    [Theory]
    [MemberData(nameof(WrongValues))]
    public void A_value_of_the_wrong_kind_is_an_error_naming_the_question_and_the_value(string questionId, string value, string expected)
    {
        var question = s_catalogue.Questionnaire.Find(questionId)!;
        var input = Inputs.Example("utrecht-like-concession.yaml").WithAnswer(question, Inputs.Json(value));

        var package = RulesEngine.Evaluate(input, s_catalogue, s_today);

        var finding = package.Findings.Where(f => f.Code == "input.invalid-answer").ShouldHaveSingleItem();
        finding.Severity.ShouldBe(FindingSeverity.Error);
        finding.Path.ShouldBe(question.InputPath);
        finding.Message.ShouldStartWith($"{questionId} (“{question.Label}”): {expected}");
        package.Answers[questionId].Malformed.ShouldBeTrue();
    }

    [Fact]
    public void The_message_is_in_the_language_of_the_findings()
    {
        var question = s_catalogue.Questionnaire.Find("notice.contact_email")!;
        var input = Inputs.Example("utrecht-like-concession.yaml").WithAnswer(question, Inputs.Json("tenders(at)example.eu"));
        input = input with { Tender = input.Tender with { Language = "de-DE" } };

        var finding = RulesEngine.Evaluate(input, s_catalogue, s_today).Findings.Single(f => f.Code == "input.invalid-answer");

        finding.Message.ShouldContain("„tenders(at)example.eu“ ist keine E-Mail-Adresse");
    }

    [Fact]
    public void A_format_is_for_text_questions_and_an_unknown_one_is_refused()
    {
        var onNumber = MiniCatalogue.Model.Replace("    unit: years\n", "    unit: years\n    format: url\n", StringComparison.Ordinal);
        var unknown = MiniCatalogue.Model.Replace("    unit: years\n", "    unit: years\n    format: postcode\n", StringComparison.Ordinal);

        Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(model: onNumber)).Errors
            .ShouldHaveSingleItem().ShouldContain("model.duration_years: `format:` is for text questions, not Number");
        Should.Throw<CatalogueLoadException>(() => MiniCatalogue.Load(model: unknown)).Errors
            .ShouldHaveSingleItem().ShouldContain("\"format\" must be one of: url, email, phone, nuts");
    }

    [Fact]
    public void The_NUTS_list_holds_the_EU_and_EEA_regions_of_the_notice_s_code_list()
    {
        TextFormats.NutsCodes.Count.ShouldBe(1215);
        TextFormats.NutsCodes.Select(code => code[..2]).Distinct().Count().ShouldBe(30, "the 27 Member States (Greece as EL) and the three EEA countries");
        TextFormats.NutsCodes.ShouldAllBe(code => code.Length == 5);
    }

    [Fact]
    public void The_time_zones_offered_are_real_zones_of_EU_and_EEA_countries()
    {
        var zones = s_catalogue.Questionnaire.Find("notice.time_zone")!.Options.Select(o => o.Value).ToList();

        zones.ShouldContain("Europe/Amsterdam");
        zones.ShouldContain("Atlantic/Canary");
        zones.ShouldAllBe(zone => TimeZoneInfo.FindSystemTimeZoneById(zone) != null);
        zones.ShouldNotContain("Europe/London");
    }

    [Fact]
    public void The_tender_languages_are_the_24_official_languages_of_the_EU_by_their_two_letter_codes()
    {
        var languages = s_catalogue.Questionnaire.Find("notice.tender_languages")!.Options.Select(o => o.Value).ToList();

        languages.Count.ShouldBe(24);
        languages.ShouldAllBe(code => code.Length == 2 && code == code.ToLowerInvariant());
        languages.ShouldBe(["bg", "hr", "cs", "da", "nl", "en", "et", "fi", "fr", "de", "el", "hu", "ga", "it", "lv", "lt", "mt", "pl", "pt", "ro", "sk", "sl", "es", "sv"], ignoreOrder: true);
    }
}
