using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Tests.Composition;
using TenderBuilder.Documents.Tests.Writers.Xlsx;
using TenderBuilder.Documents.Writers.OpenData;
using TenderBuilder.Documents.Writers.Xlsx;

namespace TenderBuilder.Documents.Tests.Framing;

/// <summary>
/// What a bidder reads speaks the law of the procurement model (docs/legal-framing.md): every
/// example built under every model, its four bidder documents and its compliance matrix read as
/// text. Only the model's directive, one name for the other party, no set-off where the authority
/// owes nothing, no criterion at 0 %, no award criteria for permits, and a permit's documents
/// speak of applications and applicants where the others speak of tenders and tenderers.
/// </summary>
public sealed class BidderDocumentsFramingTests
{
    private static readonly (string Name, string Model, bool? DemandRisk, LegalRegime Regime)[] s_models =
    [
        ("purchase_own", "purchase_own", null, LegalRegime.PublicContract),
        ("services", "services", null, LegalRegime.PublicContract),
        ("concession", "concession", null, LegalRegime.Concession),
        ("hybrid with demand risk", "hybrid", true, LegalRegime.Concession),
        ("hybrid without demand risk", "hybrid", false, LegalRegime.PublicContract),
        ("permit", "permit", null, LegalRegime.Permit),
    ];

    // Whole words only, so the product name TenderBuilder is not one of them.
    private static readonly Regex s_procurementOfferWords = new(@"\b(tender|tenders|tenderer|tenderers|bid|bids|bidder|bidders)\b", RegexOptions.IgnoreCase);
    private static readonly Regex s_permitOfferWords = new(@"\b(applicant|applicants)\b", RegexOptions.IgnoreCase);

    public static TheoryData<string, string> ExamplesUnderEveryModel()
    {
        var data = new TheoryData<string, string>();
        foreach (var example in Examples.Files)
        {
            foreach (var model in s_models)
            {
                data.Add(example, model.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExamplesUnderEveryModel))]
    public void Bidders_read_one_law_one_party_and_a_money_flow_that_exists(string example, string modelName)
    {
        var model = s_models.Single(m => m.Name == modelName);
        var package = Build(example, model.Model, model.DemandRisk);
        var documents = TenderDocuments.Compose(package).Where(d => d.Metadata.Audience == Audience.Bidders).ToList();
        using var matrix = new MatrixFile(ComplianceMatrixWriter.Write(package));
        var texts = documents.Select(d => (d.Metadata.Title, Text: TenderDocumentsTests.AllText(d)))
            .Append(("compliance matrix", string.Join("\n", matrix.AllStrings)))
            .ToList();

        string[] forbidden = model.Regime switch
        {
            LegalRegime.PublicContract => ["2014/23", "concessionaire", "permit holder"],
            LegalRegime.Concession => ["2014/24", "contractor", "permit holder"],
            _ => ["2014/24", "2014/23", "contractor", "concessionaire"],
        };
        foreach (var (title, text) in texts)
        {
            foreach (var word in forbidden)
            {
                Regex.IsMatch(text, $@"\b{Regex.Escape(word)}", RegexOptions.IgnoreCase)
                    .ShouldBeFalse($"{example} as {modelName}: \"{word}\" in the {title}: …{Around(text, word)}…");
            }

            if (!package.Framing.AuthorityPays)
            {
                text.ShouldNotContain("set off against payments", Case.Insensitive, $"{example} as {modelName}, {title}");
            }

            text.ShouldNotContain("{party}", Case.Sensitive);
            text.ShouldNotMatch(@"\{(tender|tenders|tenderer|tenderers|tender_documents)\}", $"{example} as {modelName}, {title}: a token left unrendered");

            // A permit is applied for, not tendered for: its documents speak of an application made
            // by an applicant, and the procurement models never of applicants. The officer's own
            // words are theirs: an example written for a services contract may say "tender documents".
            var ours = OfficersWords(package).Aggregate(text, (t, words) => Regex.Replace(t, Regex.Escape(words), "", RegexOptions.IgnoreCase));
            var offerWords = model.Regime == LegalRegime.Permit ? s_procurementOfferWords : s_permitOfferWords;
            var found = offerWords.Match(ours);
            found.Success.ShouldBeFalse($"{example} as {modelName}: \"{found.Value}\" in the {title}: …{Around(ours, found.Index)}…");
        }

        var criteria = documents.Single(d => d.Metadata.FileName == CriteriaDocument.FileName);
        var criteriaText = TenderDocumentsTests.AllText(criteria);
        if (model.Regime == LegalRegime.Permit)
        {
            criteria.Metadata.Title.ShouldBe(CriteriaDocument.PermitTitle);
            criteria.Blocks.OfType<Heading>().ShouldNotContain(h => h.Text.Contains("Award", StringComparison.OrdinalIgnoreCase) || h.Text.Contains("Scoring", StringComparison.OrdinalIgnoreCase));
            criteriaText.ShouldNotContain("tenderer", Case.Insensitive);
            package.Clauses.ShouldNotContain(c => c.Kind == ClauseKind.AwardCriterion);

            // A permit is not bought: no value the authority "expects to pay", in the documents or the open data.
            texts.ShouldAllBe(t => !t.Item2.Contains("Estimated value", StringComparison.OrdinalIgnoreCase), $"{example} as a permit states an estimated value");
            matrix.Workbook.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(sheet => sheet.Name!.Value).ShouldNotContain("Award scoring");
            var tender = JsonNode.Parse(OcdsReleasePackageWriter.Write(package, []))!["releases"]![0]!["tender"]!;
            tender["value"].ShouldBeNull();
            tender["awardCriteria"].ShouldBeNull();
            tender["description"]!.GetValue<string>().ShouldStartWith("Call for applications for permits");
            JsonNode.Parse(OcdsReleasePackageWriter.Write(package, []))!["releases"]![0]!["buyer"].ShouldBeNull();
        }

        // The evidence of no exclusion is the directive's own: the ESPD under 2014/24, a self-declaration under 2014/23.
        switch (model.Regime)
        {
            case LegalRegime.PublicContract:
                criteriaText.ShouldContain("European Single Procurement Document (ESPD)");
                break;
            case LegalRegime.Concession:
                criteriaText.ShouldContain("signed self-declaration that no ground for exclusion applies");
                criteriaText.ShouldNotContain("ESPD");
                break;
            default:
                criteriaText.ShouldNotContain("ground for exclusion");
                break;
        }

        criteria.Blocks.OfType<Table>().SelectMany(t => t.Rows).ShouldNotContain(r => r.Any(c => c.PlainText() == "0 %"), $"{example} as {modelName} prints a criterion at 0 %");
    }

    // Text the officer typed into a clause parameter, as the clause prints it.
    private static IEnumerable<string> OfficersWords(TenderPackage package) =>
        package.Clauses.SelectMany(c => c.Parameters)
            .Where(p => p.Value is AnswerValue.Text && p.Origin is ParameterOrigin.Override or ParameterOrigin.Answer)
            .Select(p => p.Rendered)
            .Where(words => words.Length > 0)
            .Distinct(StringComparer.Ordinal);

    private static string Around(string text, string word) => Around(text, text.IndexOf(word, StringComparison.OrdinalIgnoreCase));

    private static string Around(string text, int at) =>
        at < 0 ? "" : text.Substring(Math.Max(0, at - 60), Math.Min(text.Length - Math.Max(0, at - 60), 140));

    private static TenderPackage Build(string example, string model, bool? demandRisk)
    {
        var questions = CatalogueLoader.Default.Questionnaire;
        var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, example))).Input
            .WithAnswer(questions.Find(LegalFraming.ModelQuestion)!, JsonSerializer.SerializeToElement(model))
            .WithAnswer(questions.Find(LegalFraming.DemandRiskQuestion)!, demandRisk is { } risk ? JsonSerializer.SerializeToElement(risk) : null);
        return RulesEngine.Evaluate(input, CatalogueLoader.Default, new DateOnly(2026, 11, 29));
    }
}
