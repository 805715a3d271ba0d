using Shouldly;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Input;
using TenderBuilder.Documents.Notices;
using Xunit;
using Xunit.Abstractions;

namespace TenderBuilder.Documents.Tests.Notices;

public sealed class EformsNoticeTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> ExamplesUnderModels()
    {
        var data = new TheoryData<string, string>();
        foreach (var example in NoticeInputs.Examples)
        {
            data.Add(example, "purchase_own");
            data.Add(example, "concession");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExamplesUnderModels))]
    public void Every_example_gives_a_notice_valid_against_the_XSD(string example, string model)
    {
        var input = NoticeInputs.Input(example, model);
        var package = NoticeInputs.Package(input);
        var subtype = model == "concession" ? NoticeSubtype.ConcessionNotice : NoticeSubtype.ContractNotice;

        var notice = EformsNotice.Build(package, subtype, NoticeInputs.Sdk);

        output.WriteLine(notice.Text());
        notice.SchemaProblems.Select(p => $"{p.Location}: {p.Message}").ShouldBeEmpty();
        // Every field the SDK makes mandatory is written, or traced to the question that gives it.
        notice.Missing.Where(m => m.Source is null).Select(m => m.FieldId).ShouldBeEmpty();
    }

    [Fact]
    public void Without_the_buyers_registration_number_the_notice_names_the_field_and_where_to_give_it()
    {
        var input = NoticeInputs.Input("utrecht-like-concession.yaml");
        input = input with { Tender = input.Tender with { Authority = input.Tender.Authority with { RegistrationId = null } } };

        var notice = EformsNotice.Build(NoticeInputs.Package(input), NoticeSubtype.ConcessionNotice, NoticeInputs.Sdk);

        notice.Missing.ShouldContain(new Documents.Notices.Validation.MissingField("BT-501-Organization-Company", "authority.registrationId"));
        NoticeInputs.Sdk.FieldLabel("BT-501-Organization-Company", "nl-NL").ShouldNotBe(NoticeInputs.Sdk.FieldLabel("BT-501-Organization-Company", "en"));
    }
}
