using System.Xml.Linq;
using Shouldly;
using TenderBuilder.Documents.Notices.Validation;
using Xunit;

namespace TenderBuilder.Documents.Tests.Notices;

/// <summary>The XSD check on the SDK's own examples: it passes the valid ones and catches broken ones.</summary>
public sealed class NoticeSchemaTests
{
    private static string Example(string name) => Path.Combine(Repository.EformsSdk, "examples", "notices", name);

    private static string? SubtypeOf(string file)
    {
        XNamespace cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
        return XDocument.Load(file).Descendants(cbc + "SubTypeCode").FirstOrDefault()?.Value;
    }

    private static string ContractNoticeSchema => NoticeInputs.Sdk.DocumentTypes["CN"].SchemaFile;

    /// <summary>Every valid example of subtypes 16 and 19 in the SDK (the schematron tests read the same list).</summary>
    public static TheoryData<string> ValidExamples => [.. Directory.GetFiles(Path.Combine(Repository.EformsSdk, "examples", "notices"), "*.xml")
        .Select(Path.GetFileName).OfType<string>()
        .Where(name => !name.StartsWith("INVALID_", StringComparison.Ordinal))
        .Where(name => SubtypeOf(Example(name)) is "16" or "19")
        .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ValidExamples))]
    public void The_SDKs_valid_contract_and_concession_notices_pass(string example) =>
        NoticeSchema.Check(XDocument.Load(Example(example)), ContractNoticeSchema).ShouldBeEmpty();

    [Fact]
    public void An_element_out_of_its_XSD_order_is_reported_with_where_it_is()
    {
        var notice = XDocument.Load(Example("cn_23.xml"));
        XNamespace cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
        var version = notice.Root!.Element(cbc + "UBLVersionID")!;
        version.Remove();
        notice.Root.Add(version);

        var problems = NoticeSchema.Check(notice, ContractNoticeSchema);

        problems.ShouldNotBeEmpty();
        problems[0].Location.ShouldStartWith("/ContractNotice/");
    }

    [Fact]
    public void A_text_in_place_of_a_date_is_reported()
    {
        var notice = XDocument.Load(Example("cn_23.xml"));
        XNamespace cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
        notice.Root!.Element(cbc + "IssueDate")!.Value = "next Tuesday";

        NoticeSchema.Check(notice, ContractNoticeSchema).ShouldContain(p => p.Location.Contains("cbc:IssueDate", StringComparison.Ordinal));
    }
}
