using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.Notices;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Input;
using TenderBuilder.Documents.Notices.Validation;
using TenderBuilder.Testing;
using Xunit.Abstractions;

namespace TenderBuilder.Application.Tests.Notices;

/// <summary>
/// What the export step says about a draft's EU notice: whether the package holds one, of which
/// kind and why; every field it lacks with the question that gives it, in the officer's language;
/// and, on demand, the EU's own rules. Read as the acting user, like the package. The notice is a
/// matter of the package, not of the database, so SQLite alone.
/// </summary>
public sealed class DraftNoticesTests(SqliteFixture fixture, ITestOutputHelper output) : IClassFixture<SqliteFixture>
{
    private const string BuyerRegistration = "authority.registrationId";

    private ApplicationHost Host => fixture.Host;

    [Fact]
    public async Task A_concession_without_the_buyers_registration_number_holds_a_concession_notice_that_asks_the_question_for_BT_501()
    {
        var author = await Host.UserAsync("Anna Author", People.Organisation("Utrecht"));
        var draft = await CreateAsync(author, WithoutBuyerRegistration(Example("utrecht-like-concession")), "Utrecht-like");

        var status = (await Host.AsAsync(author, (DraftNotices notices) => notices.GetAsync(draft, "en"))).ShouldNotBeNull();

        status.State.ShouldBe(NoticeState.Produced);
        status.Decision.ShouldBe(new NoticeDecision(true, NoticeSubtype.ConcessionNotice, NoticeGround.Required));
        status.FileName.ShouldBe("eforms-notice-19.xml");
        status.SdkVersion.ShouldBe("1.15.1");
        status.IsComplete.ShouldBeFalse();
        var buyer = status.Problems.ShouldHaveSingleItem();
        buyer.Kind.ShouldBe(NoticeProblemKind.Missing);
        buyer.Source.ShouldBe(BuyerRegistration);
        buyer.FieldId.ShouldBe("BT-501-Organization-Company");
        buyer.BusinessTerm.ShouldBe("BT-501");
        buyer.FieldLabel.ShouldBe("Registration number");
        buyer.Question.ShouldNotBeNull().Field.ShouldBe(BuyerRegistration);
        buyer.Question.Id.ShouldBe("notice.buyer_registration_id");
    }

    [Fact]
    public async Task With_the_buyers_registration_number_the_examples_notice_is_complete()
    {
        var author = await Host.UserAsync("Anna Author", People.Organisation("Utrecht"));
        var input = Example("utrecht-like-concession");
        input.Tender.Authority.RegistrationId.ShouldNotBeNull("the example gives the number");
        var draft = await CreateAsync(author, input, "Utrecht-like");

        var status = (await Host.AsAsync(author, (DraftNotices notices) => notices.GetAsync(draft, "en"))).ShouldNotBeNull();

        status.State.ShouldBe(NoticeState.Produced);
        status.Problems.ShouldBeEmpty();
        status.IsComplete.ShouldBeTrue();
    }

    [Fact]
    public async Task The_fields_are_named_in_the_officers_language_whatever_the_draft_is_written_in()
    {
        var author = await Host.UserAsync("Anna Author", People.Organisation("Utrecht"));
        var input = Example("utrecht-like-concession");
        input = WithoutBuyerRegistration(input);
        var draft = await CreateAsync(author, input with { Tender = input.Tender with { Language = "en" } }, "Utrecht-like, in English");

        var status = (await Host.AsAsync(author, (DraftNotices notices) => notices.GetAsync(draft, "nl-NL"))).ShouldNotBeNull();

        var buyer = status.Problems.ShouldHaveSingleItem();
        buyer.FieldLabel.ShouldBe("Registratienummer");
        buyer.Question.ShouldNotBeNull().Label.ShouldBe(Core.Catalogues.CatalogueLoader.Default.In("nl-NL").Questionnaire.Find("notice.buyer_registration_id")!.Label);
        buyer.Question.Label.ShouldNotBe(Core.Catalogues.CatalogueLoader.Default.Questionnaire.Find("notice.buyer_registration_id")!.Label);
    }

    [Fact]
    public async Task A_permit_gets_no_notice_and_says_it_is_not_a_procurement()
    {
        var author = await Host.UserAsync("Anna Author", People.Organisation("Example City"));
        var draft = await CreateAsync(author, Example("permit-scarce-kerb-space"), "Permits");

        var status = (await Host.AsAsync(author, (DraftNotices notices) => notices.GetAsync(draft, "en"))).ShouldNotBeNull();
        var check = (await Host.AsAsync(author, (DraftNotices notices) => notices.CheckRulesAsync(draft, "en"))).ShouldNotBeNull();

        status.State.ShouldBe(NoticeState.NotCalledFor);
        status.Decision.Produce.ShouldBeFalse();
        status.Decision.Ground.ShouldBe(NoticeGround.NotProcurement);
        status.FileName.ShouldBeNull();
        status.Problems.ShouldBeEmpty();
        check.Outcome.ShouldBe(NoticeRulesOutcome.NoNotice);
    }

    [Fact]
    public async Task Another_organisations_draft_has_no_notice_to_read_or_check()
    {
        var author = await Host.UserAsync("Anna Author", People.Organisation("Utrecht"));
        var stranger = await Host.UserAsync("Sven Stranger", People.Organisation("Stockholm"));
        var draft = await CreateAsync(author, Example("utrecht-like-concession"), "Utrecht-like");

        (await Host.AsAsync(stranger, (DraftNotices notices) => notices.GetAsync(draft, "en"))).ShouldBeNull();
        (await Host.AsAsync(stranger, (DraftNotices notices) => notices.CheckRulesAsync(draft, "en"))).ShouldBeNull();
    }

    [Fact]
    public async Task The_EU_rules_check_the_packages_notice_and_name_each_failed_rule_with_its_rule_id_and_question()
    {
        var author = await Host.UserAsync("Anna Author", People.Organisation("Utrecht"));
        // Without the buyer's e-mail address, which no field of the SDK makes mandatory but a rule of subtype 19 asks for.
        var input = WithoutBuyerRegistration(Example("utrecht-like-concession"));
        input = input with { Tender = input.Tender with { Authority = input.Tender.Authority with { Contact = input.Tender.Authority.Contact with { Email = null } } } };
        // A timetable ahead of the host's day: a notice is dated the day it is built, and a deadline
        // before it would be a third failed rule.
        var today = DateOnly.FromDateTime(Host.Clock.GetUtcNow().UtcDateTime);
        input = input with { Tender = input.Tender with { Dates = input.Tender.Dates with { Publication = null, SubmissionDeadline = today.AddDays(60), ContractStart = today.AddDays(150) } } };
        var draft = await CreateAsync(author, input, "Utrecht-like");
        var status = (await Host.AsAsync(author, (DraftNotices notices) => notices.GetAsync(draft, "en"))).ShouldNotBeNull();
        if (!status.RulesAvailable)
        {
            // The README's test command installs Node.js and the runner; a bare checkout may lack them.
            Directory.Exists(Path.Combine(RepositoryFiles.Root, "tools", "eforms-schematron", "node_modules"))
                .ShouldBeFalse("the runner is installed, so the rules must be available");
            output.WriteLine("Not checked: the eForms schematron runner is not installed (npm ci --prefix tools/eforms-schematron).");
            return;
        }

        var check = (await Host.AsAsync(author, (DraftNotices notices) => notices.CheckRulesAsync(draft, "en"))).ShouldNotBeNull();

        check.Outcome.ShouldBe(NoticeRulesOutcome.Failed);
        check.Errors.ShouldBe(2);
        var email = check.Problems.ShouldHaveSingleItem("the registration number's rule is the missing field the status lists already");
        check.CoveredByMissing.ShouldBe(1);
        email.Kind.ShouldBe(NoticeProblemKind.Rule);
        DraftNotices.RuleId(email).ShouldBe("BR-BT-00506-0025");
        email.FieldId.ShouldBe("BT-506-Organization-Company");
        email.BusinessTerm.ShouldBe("BT-506");
        email.Question.ShouldNotBeNull().Field.ShouldBe("authority.contact.email");
    }

    private static TenderInput WithoutBuyerRegistration(TenderInput input) =>
        input with { Tender = input.Tender with { Authority = input.Tender.Authority with { RegistrationId = null } } };

    private static TenderInput Example(string name) => TenderInputReader.Read(File.ReadAllText(RepositoryFiles.Example(name))).Input;

    private Task<Guid> CreateAsync(TestUser author, TenderInput input, string title) =>
        Host.AsAsync(author, (DraftsService drafts) => drafts.CreateFromAsync(input, title));
}
