using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Application.Notices;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Input;
using TenderBuilder.Documents.Notices;
using TenderBuilder.Documents.Notices.Sdk;
using TenderBuilder.Documents.Notices.Validation;
using TenderBuilder.Web.Features.Wizard;
using static TenderBuilder.Web.Tests.Features.Wizard.WizardData;

namespace TenderBuilder.Web.Tests.Features.Wizard;

/// <summary>
/// The export step's EU notice: whether the package holds one and why, each missing field with a
/// link to the question that gives it, the EU rules' button only where the server can run them,
/// the file to download, all in the officer's language.
/// </summary>
public sealed class NoticeSectionTests : IAsyncLifetime
{
    private const string Registration = "notice.buyer_registration_id";
    private static readonly Lazy<EformsSdk> s_sdk = new(() => EformsSdkLocation.Load(new EformsOptions()));
    private BunitContext _context = null!;

    public Task InitializeAsync()
    {
        _context = MudTestContext.Create(services => services.AddSingleton(ShippedCatalogue));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public void A_notice_that_lacks_the_buyers_registration_number_says_so_with_a_link_to_the_question()
    {
        var section = Render(StatusOf(WithoutRegistration(Utrecht), "en", rulesAvailable: true), download: "export/drafts/x/eforms-notice-19.xml");

        section.Find("[data-testid='notice-in-package']").TextContent.ShouldBe("Yes: eforms-notice-19.xml");
        section.Find("[data-testid='notice-kind']").TextContent.ShouldBe("Concession notice (eForms subtype 19)");
        section.Find("[data-testid='notice-ground']").TextContent.ShouldStartWith("The procurement directive applies");
        section.Find("[data-testid='notice-incomplete']").TextContent.ShouldBe("1 problem to fix before the notice is sent:");
        var problem = section.Find("li[data-field='BT-501-Organization-Company']");
        problem.TextContent.ShouldBe($"The notice needs “Registration number” (BT-501): answer “{Question(Registration).Label}”.");
        var link = problem.QuerySelector("a")!;
        link.GetAttribute("href").ShouldBe(Href(Registration));
        link.TextContent.ShouldBe(Question(Registration).Label);
        section.Find("a.tb-download-notice").GetAttribute("href").ShouldBe("export/drafts/x/eforms-notice-19.xml");
        section.FindAll("[data-testid='notice-complete']").ShouldBeEmpty();
    }

    [Fact]
    public void A_complete_notice_says_it_passes_the_XSD_and_has_every_mandatory_field()
    {
        var section = Render(StatusOf(Utrecht, "en", rulesAvailable: false), download: "export/drafts/x/eforms-notice-19.xml");

        section.Find("[data-testid='notice-complete']").TextContent.Trim().ShouldBe("Complete: passes the XSD and has every mandatory field.");
        section.FindAll("li[data-field]").ShouldBeEmpty();
    }

    [Fact]
    public void The_rules_button_shows_only_where_the_server_can_run_them_and_otherwise_says_where_they_run()
    {
        var without = Render(StatusOf(Utrecht, "en", rulesAvailable: false));
        without.FindAll(".tb-check-rules").ShouldBeEmpty();
        without.Find("[data-testid='rules-elsewhere']").TextContent.ShouldContain("Your eSender checks the notice against the EU's rules");

        var with = Render(StatusOf(Utrecht, "en", rulesAvailable: true));
        with.Find(".tb-check-rules").TextContent.Trim().ShouldBe("Check against the EU rules");
        with.FindAll("[data-testid='rules-elsewhere']").ShouldBeEmpty();
        with.Find("[data-testid='rules-status']").GetAttribute("role").ShouldBe("status", "the result is announced when the check ends");
    }

    [Fact]
    public void The_rules_check_lists_each_failed_rule_with_its_id_and_a_link_to_its_question()
    {
        var input = WithoutRegistration(Utrecht);
        input = input with { Tender = input.Tender with { Authority = input.Tender.Authority with { Contact = input.Tender.Authority.Contact with { Email = null } } } };
        var notice = NoticeOf(input);
        var email = NoticeProblems.Of(notice, ShippedCatalogue, s_sdk.Value, "en", [("BR-BT-00506-0025", "rule|text|BR-BT-00506-0025", ["BT-506-Organization-Company"])])
            .Single(p => p.Kind == NoticeProblemKind.Rule);
        var check = new NoticeRulesCheck(NoticeRulesOutcome.Failed, [email], Errors: 2, Warnings: 0);
        var section = Render(StatusOf(input, "en", rulesAvailable: true), rules: _ => Task.FromResult<NoticeRulesCheck?>(check));

        section.Find(".tb-check-rules").Click();

        section.Find("[data-testid='rules-status']").TextContent.ShouldBe("2 EU rules fail:");
        var rule = section.Find("[data-testid='rules-failed'] li[data-rule='BR-BT-00506-0025']");
        var question = email.Question.ShouldNotBeNull();
        rule.TextContent.ShouldBe($"“{email.FieldLabel}” (BT-506) breaks rule BR-BT-00506-0025: check “{question.Label}”.");
        rule.QuerySelector("a")!.GetAttribute("href").ShouldBe(Href(question.Id));
        section.Markup.ShouldContain("1 more fails because of a field listed above as missing.");
    }

    [Fact]
    public void A_check_that_passes_says_so_in_the_status_region()
    {
        var section = Render(StatusOf(Utrecht, "en", rulesAvailable: true),
            rules: _ => Task.FromResult<NoticeRulesCheck?>(new NoticeRulesCheck(NoticeRulesOutcome.Passed, [], 0, 1)));

        section.Find(".tb-check-rules").Click();

        section.Find("[data-testid='rules-status']").TextContent
            .ShouldBe("No EU rule fails: your eSender should accept the notice as it is. 1 rule only warns; your eSender shows the warning and sends the notice anyway.");
        section.FindAll("[data-testid='rules-failed']").ShouldBeEmpty();
    }

    [Fact]
    public void A_permit_has_no_notice_and_says_why_and_which_question_asks_for_one()
    {
        var permit = Example("permit-scarce-kerb-space.yaml");
        var package = Evaluate(permit);
        var status = new NoticeStatus(NoticeState.NotCalledFor, NoticeDecision.For(permit, package.Framing, Today), "1.15.1", null, [], RulesAvailable: true);

        var section = Render(status, rules: _ => throw new InvalidOperationException("no notice, no check"));

        section.Find("[data-testid='notice-in-package']").TextContent.ShouldBe("No");
        section.FindAll("[data-testid='notice-kind']").ShouldBeEmpty();
        var ground = section.Find("[data-testid='notice-ground']");
        ground.GetAttribute("data-ground").ShouldBe(nameof(NoticeGround.NotProcurement));
        ground.TextContent.ShouldBe($"A permit or land lease is not a procurement, so the procurement directives ask for no notice. To publish one voluntarily, answer yes to “{Question("notice.wanted").Label}”.");
        ground.QuerySelector("a")!.GetAttribute("href").ShouldBe(Href("notice.wanted"));
        section.FindAll(".tb-check-rules").ShouldBeEmpty();
        section.FindAll(".tb-download-notice").ShouldBeEmpty();
    }

    [Fact]
    public void Without_a_download_the_notice_waits_for_the_errors_to_be_fixed()
    {
        var section = Render(StatusOf(Utrecht, "en", rulesAvailable: false), download: null);

        section.FindAll(".tb-download-notice").ShouldBeEmpty();
        section.Find("[data-testid='notice-after-fix']").TextContent.ShouldBe("You can download the notice once the errors above are fixed.");
    }

    [Fact]
    public void Without_the_SDK_on_the_server_the_section_says_the_package_holds_no_notice_and_who_installs_it()
    {
        var status = new NoticeStatus(NoticeState.SdkMissing, new NoticeDecision(true, NoticeSubtype.ContractNotice, NoticeGround.Required), "1.15.1", null, [], RulesAvailable: false);

        var section = Render(status, download: "export/drafts/x/eforms-notice-16.xml");

        section.Find("[data-testid='notice-in-package']").TextContent.ShouldBe("No");
        section.Find("[data-testid='notice-kind']").TextContent.ShouldBe("Contract notice (eForms subtype 16)");
        section.Find("[data-testid='notice-sdk-missing']").TextContent.Trim()
            .ShouldBe("The eForms SDK 1.15.1 is not installed on this server, so the package holds no notice. An administrator installs it: see the deployment guide, “EU notices (eForms)”.");
        section.FindAll(".tb-check-rules").ShouldBeEmpty();
        section.FindAll(".tb-download-notice").ShouldBeEmpty();
    }

    [Fact]
    public void A_notice_that_could_not_be_read_says_so_instead_of_waiting_for_ever()
    {
        var section = _context.Render<NoticeSection>(p => p.Add(x => x.Failed, true).Add(x => x.QuestionHref, Href));

        section.Find("[data-testid='notice-failed']").TextContent.ShouldContain("The EU notice could not be read just now");
        section.FindAll(".mud-progress-linear").ShouldBeEmpty();
    }

    [Fact]
    public void In_Dutch_the_section_the_fields_and_the_questions_speak_Dutch() =>
        Localization.InterfaceWords.In("nl-NL", () =>
        {
            var dutch = ShippedCatalogue.In("nl-NL").Questionnaire.Find(Registration)!;
            var section = Render(StatusOf(WithoutRegistration(Utrecht), "nl-NL", rulesAvailable: true));

            section.Find("#tb-notice-heading").TextContent.ShouldBe("EU-aankondiging");
            section.Find("[data-testid='notice-kind']").TextContent.ShouldBe("Concessieaankondiging (eForms-subtype 19)");
            section.Find("li[data-field='BT-501-Organization-Company']").TextContent
                .ShouldBe($"De aankondiging heeft ‘Registratienummer’ (BT-501) nodig: beantwoord ‘{dutch.Label}’.");
            dutch.Label.ShouldNotBe(Question(Registration).Label);
            section.Find(".tb-check-rules").TextContent.Trim().ShouldBe("Controleren aan de EU-regels");
        });

    private IRenderedComponent<NoticeSection> Render(NoticeStatus status, string? download = null, Func<CancellationToken, Task<NoticeRulesCheck?>>? rules = null) =>
        _context.Render<NoticeSection>(p => p
            .Add(x => x.Status, status)
            .Add(x => x.CheckRules, rules ?? (_ => Task.FromResult<NoticeRulesCheck?>(null)))
            .Add(x => x.QuestionHref, Href)
            .Add(x => x.DownloadHref, download));

    private static string Href(string questionId) => $"drafts/x/step#{QuestionField.AnchorId(questionId)}";

    // What DraftNotices says of a draft with this input: the same notice and problems, without a database.
    private static NoticeStatus StatusOf(TenderInput input, string language, bool rulesAvailable)
    {
        var notice = NoticeOf(input);
        return new NoticeStatus(NoticeState.Produced, new NoticeDecision(true, notice.Composed.Subtype.Id == "16" ? NoticeSubtype.ContractNotice : NoticeSubtype.ConcessionNotice, NoticeGround.Required),
            s_sdk.Value.Version, notice.FileName, NoticeProblems.Of(notice, ShippedCatalogue.In(language), s_sdk.Value, language), rulesAvailable);
    }

    private static EformsNotice NoticeOf(TenderInput input)
    {
        var package = Evaluate(input);
        return EformsNotice.Build(package, NoticeDecision.For(input, package.Framing, Today).Subtype, s_sdk.Value);
    }

    private static TenderInput WithoutRegistration(TenderInput input) =>
        input with { Tender = input.Tender with { Authority = input.Tender.Authority with { RegistrationId = null } } };
}
