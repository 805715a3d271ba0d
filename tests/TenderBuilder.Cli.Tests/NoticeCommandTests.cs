using System.Xml.Linq;

namespace TenderBuilder.Cli.Tests;

/// <summary><c>tenderbuilder notice</c>: the EU notice of a tender, and what to fix in plain words.</summary>
public sealed class NoticeCommandTests
{
    private const string Date = "2026-11-29";

    [Fact]
    public async Task Without_the_buyers_registration_number_it_exits_1_naming_the_field_and_where_to_give_it()
    {
        using var temp = new TempFolder();
        var text = File.ReadAllText(Path.Combine(CliProcess.Examples, "utrecht-like-concession.yaml"));
        var input = temp.File("concession.yaml", System.Text.RegularExpressions.Regex.Replace(text, @"(?m)^\s+registrationId:.*\n", ""));
        var target = Path.Combine(temp.Path, "notice.xml");

        var result = await CliProcess.RunAsync("notice", input, "--out", target, "--date", Date);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("“Registration number” (BT-501)");
        result.Error.ShouldContain("authority");
        result.Error.ShouldNotContain("/*/");
        result.Output.ShouldContain("concession notice (eForms subtype 19");
        XDocument.Load(target).Root!.Name.LocalName.ShouldBe("ContractNotice");
    }

    [Fact]
    public async Task A_permit_gets_no_notice_and_is_told_why()
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "notice.xml");

        var result = await CliProcess.RunAsync("notice", Path.Combine(CliProcess.Examples, "permit-scarce-kerb-space.yaml"), "--out", target, "--date", Date);

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldContain("no EU notice");
        result.Output.ShouldContain("not awarded under the procurement directives");
        File.Exists(target).ShouldBeFalse();
    }

    [Fact]
    public async Task An_SDK_folder_that_is_not_there_exits_2_saying_so()
    {
        var result = await CliProcess.RunAsync("notice", Path.Combine(CliProcess.Examples, "utrecht-like-concession.yaml"), "--sdk", "/nowhere/eforms-sdk", "--date", Date);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("eForms SDK");
    }
}
