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
    }
}
