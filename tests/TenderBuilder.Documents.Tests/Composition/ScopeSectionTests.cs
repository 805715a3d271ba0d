using System.Globalization;
using System.Text.Json;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Words;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Tests.Writers.Docx;
using TenderBuilder.Documents.Tests.Writers.Pdf;
using TenderBuilder.Documents.Writers.Docx;
using TenderBuilder.Documents.Writers.Pdf;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TenderBuilder.Documents.Tests.Composition;

/// <summary>
/// The "Subject matter and scope" section and the sites annex, read back from the Word and PDF
/// files of every example. The expected numbers are counted here from the example file itself,
/// with this test's own reading of AFIR Annex III, so a mistake in the production counting
/// shows up as a difference.
/// </summary>
public sealed class ScopeSectionTests
{
    private const string Specification = "technical-specifications";
    private const string ContractAnnex = "contract-performance-annex";
    private static readonly ScopeWords s_words = ScopeWords.English;

    public static TheoryData<string> ExampleFiles => [.. Examples.Files];

    [Fact]
    public void Every_example_in_the_docs_folder_is_built_by_these_tests()
    {
        var onDisk = Directory.GetFiles(Repository.Examples, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Examples.Files.Order(StringComparer.Ordinal).ShouldBe(onDisk!);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void The_specification_and_the_contract_annex_open_with_the_quantities_per_power_class_and_lot_of_the_input(string file)
    {
        var input = ReadInput(file);
        var expected = Expected.Of(input);
        var documents = TenderDocuments.Compose(Examples.Package(file)).ToDictionary(d => d.Metadata.FileName);

        foreach (var name in new[] { Specification, ContractAnnex })
        {
            var document = documents[name];
            document.Headings.First().Text.ShouldBe(s_words.Heading, name);

            using var word = new WordFile(DocxWriter.Write(document));
            word.ValidationErrors().ShouldBeEmpty(name);
            var table = TableRows(word, s_words.QuantitiesCaption);
            table[0].ShouldBe([s_words.PowerClassColumn, .. expected.Columns.Select(c => $"Lot {c}"), s_words.Total], name);
            var rows = table.Skip(1).ToDictionary(r => r[0], r => r[1..]);

            using var pdf = new PdfFile(PdfWriter.Write(document));
            var pdfText = pdf.BodyText();
            pdfText.ShouldContain(PdfFile.Squeeze(s_words.Heading));

            foreach (var (label, cells) in expected.Rows)
            {
                rows.ShouldContainKey(label, $"{name}: {label}");
                rows[label].ShouldBe(cells, $"{name}: {label}");
                pdfText.ShouldContain(PdfFile.Squeeze(label + string.Concat(cells)), Case.Sensitive, $"{name}: {label}");
            }

            // Classes without points stay out of the table.
            rows.Keys.Except([s_words.Total, s_words.SitesRow]).Order().ShouldBe(expected.Rows.Keys.Except([s_words.Total, s_words.SitesRow]).Order(), name);

            if (input.Tender.EstimatedValue.Amount is { } value)
            {
                WordFile.VisibleText(word.Body).ShouldContain(
                    value.ToString("#,0", CultureInfo.InvariantCulture), Case.Sensitive, $"{name}: estimated value");
            }

            foreach (var line in expected.Milestones)
            {
                WordFile.VisibleText(word.Body).ShouldContain(line, Case.Sensitive, name);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void The_sites_annex_lists_every_site_id_and_only_when_the_input_lists_sites(string file)
    {
        var input = ReadInput(file);
        var document = TenderDocuments.Compose(Examples.Package(file)).Single(d => d.Metadata.FileName == Specification);
        using var word = new WordFile(DocxWriter.Write(document));
        using var pdf = new PdfFile(PdfWriter.Write(document));
        var headings = document.Headings.Select(h => h.Text).ToList();

        if (input.Sites.Count == 0)
        {
            headings.ShouldNotContain(s_words.AnnexHeading);
            WordFile.VisibleText(word.Body).ShouldContain(s_words.FromTotals);
            return;
        }

        headings[^1].ShouldNotBe(s_words.Heading);
        headings.ShouldContain(s_words.AnnexHeading);
        var annexPage = pdf.Bookmarks().Single(b => b.Title == s_words.AnnexHeading).Page;
        var annexText = pdf.BodyText(annexPage);
        var wordText = WordFile.VisibleText(word.Body);
        foreach (var site in input.Sites)
        {
            annexText.ShouldContain(PdfFile.Squeeze(site.Id), Case.Sensitive);
            wordText.ShouldContain(site.Id, Case.Sensitive);
        }

        // Every site's row in the Word tables: id first, then its count of alike sites.
        var tables = word.Body.Descendants<W.Table>()
            .Where(t => t.GetFirstChild<W.TableProperties>()?.GetFirstChild<W.TableCaption>()?.Val?.Value?.StartsWith("Sites and their charging points", StringComparison.Ordinal) == true)
            .Select(t => t.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(WordFile.VisibleText).ToList()).ToList())
            .ToList();
        var rows = tables.SelectMany(t => t.Skip(1).Select(r => (Id: r[0], Sites: int.Parse(r[t[0].IndexOf("Sites")], CultureInfo.InvariantCulture)))).ToList();
        rows.Select(r => r.Id).ShouldBe(input.Sites.OrderBy(s => LotIndex(input, s)).Select(s => s.Id));
        rows.Select(r => r.Sites).ShouldBe(input.Sites.OrderBy(s => LotIndex(input, s)).Select(s => s.SiteCount));
    }

    [Theory]
    [InlineData("utrecht-like-concession.yaml", "A service concession in which the concessionaire supplies, installs, operates and maintains")]
    [InlineData("two-lots-with-sites.yaml", "A service in which the contractor supplies, installs, operates and maintains")]
    [InlineData("small-town-ten-ac-points.yaml", "The supply and installation of charging points that the authority will own")]
    public void What_is_procured_follows_the_procurement_model_and_names_the_other_party_as_the_package_does(string file, string expected)
    {
        var documents = TenderDocuments.Compose(Examples.Package(file));

        foreach (var document in documents.Where(d => d.Metadata.FileName is Specification or ContractAnnex))
        {
            TenderDocumentsTests.AllText(document).ShouldContain(expected, Case.Sensitive, document.Metadata.FileName);
        }
    }

    private static int LotIndex(TenderInput input, Site site)
    {
        var index = input.Tender.Lots.Items.Select(l => l.Id).ToList().IndexOf(site.Lot ?? "");
        return input.Tender.Lots.IsDivided() && index >= 0 ? index : int.MaxValue;
    }

    private static TenderInput ReadInput(string file) =>
        TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, file))).Input;

    /// <summary>The rows of the Word table with the given caption, each as its cells' text.</summary>
    private static List<string[]> TableRows(WordFile word, string caption) =>
        [.. word.Body.Descendants<W.Table>()
            .Single(t => t.GetFirstChild<W.TableProperties>()?.GetFirstChild<W.TableCaption>()?.Val?.Value == caption)
            .Elements<W.TableRow>()
            .Select(r => r.Elements<W.TableCell>().Select(WordFile.VisibleText).ToArray())];

    /// <summary>What the quantities table must say, worked out from the input alone.</summary>
    private sealed record Expected(List<string> Columns, Dictionary<string, string[]> Rows, List<string> Milestones)
    {
        public static Expected Of(TenderInput input)
        {
            var divided = input.Tender.Lots.Items.Count > 1;
            var fromSites = input.Sites.Count > 0;
            var columns = divided && fromSites ? input.Tender.Lots.Items.Select(l => l.Id).ToList() : [];

            // Per class: one count per lot column, then the total; null where the input does not say.
            var counts = new Dictionary<PowerClass, List<int?>>();
            var sites = new List<int?>();
            if (fromSites)
            {
                foreach (var powerClass in Enum.GetValues<PowerClass>())
                {
                    counts[powerClass] = [.. columns.Select(lot => (int?)Points(input.Sites.Where(s => s.Lot == lot), powerClass)), Points(input.Sites, powerClass)];
                }

                sites = [.. columns.Select(lot => (int?)input.Sites.Where(s => s.Lot == lot).Sum(s => s.SiteCount)), input.Sites.Sum(s => s.SiteCount)];
            }
            else
            {
                foreach (var powerClass in Enum.GetValues<PowerClass>())
                {
                    counts[powerClass] = [Answer(input, QuestionOf(powerClass))];
                }

                sites = [Answer(input, "sites.site_count")];
            }

            string Cell(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? s_words.ToBeSet;
            var rows = counts
                .Where(c => c.Value[^1] != 0)
                .ToDictionary(c => Vocabulary.English.Label(c.Key), c => c.Value.Select(Cell).ToArray());
            var totals = Enumerable.Range(0, columns.Count + 1).Select(i => counts.Values.Sum(v => v[i] ?? 0)).Select(n => (int?)n).ToList();
            rows[s_words.Total] = [.. totals.Select(Cell)];
            rows[s_words.SitesRow] = [.. sites.Select(Cell)];

            var milestones = new List<string>();
            var running = (Points: 0, Sites: 0);
            foreach (var date in input.Sites.Where(s => s.Commissioning is not null).Select(s => s.Commissioning!.Value).Distinct().Order())
            {
                var due = input.Sites.Where(s => s.Commissioning == date).ToList();
                running = (running.Points + due.Sum(s => s.SiteCount * s.PointGroups.Sum(g => g.Count)), running.Sites + due.Sum(s => s.SiteCount));
                milestones.Add($"by {date:yyyy-MM-dd}: {running.Points} points at {running.Sites} site{(running.Sites == 1 ? "" : "s")}");
            }

            return new Expected(columns, rows, milestones);
        }

        // AFIR Annex III as this test reads it: AC < 7.4, 7.4–22, > 22 kW; DC < 50, 50–<150, 150–<350, ≥ 350 kW.
        private static PowerClass? ClassOf(PointGroup group) => (group.Current, group.RatedKw) switch
        {
            ("ac", < 7.4m) => PowerClass.AcBelow7_4,
            ("ac", <= 22m) => PowerClass.Ac7_4To22,
            ("ac", _) => PowerClass.AcAbove22,
            ("dc", < 50m) => PowerClass.DcBelow50,
            ("dc", < 150m) => PowerClass.Dc50To150,
            ("dc", < 350m) => PowerClass.Dc150To350,
            ("dc", _) => PowerClass.Dc350AndAbove,
            _ => null,
        };

        private static int Points(IEnumerable<Site> sites, PowerClass powerClass) =>
            sites.Sum(s => s.SiteCount * s.PointGroups.Where(g => ClassOf(g) == powerClass).Sum(g => g.Count));

        private static string QuestionOf(PowerClass powerClass) => powerClass switch
        {
            PowerClass.AcBelow7_4 => "sites.points_ac_under_7_4",
            PowerClass.Ac7_4To22 => "sites.points_ac_7_4_22",
            PowerClass.AcAbove22 => "sites.points_ac_over_22",
            PowerClass.DcBelow50 => "sites.points_dc_under_50",
            PowerClass.Dc50To150 => "sites.points_dc_50_150",
            PowerClass.Dc150To350 => "sites.points_dc_150_350",
            _ => "sites.points_dc_350_plus",
        };

        private static int? Answer(TenderInput input, string question) =>
            input.Answers.TryGetValue(question, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
    }
}

/// <summary>The scope section says who pays whom, who keeps the charging revenue and who pays the grid.</summary>
public sealed class ScopePaymentTests
{
    [Theory]
    [InlineData("two-lots-with-sites.yaml", new[]
    {
        "The authority pays the contractor the prices offered in the price schedule of the compliance matrix.",
        "The contractor keeps the money drivers pay for charging and buys the electricity; the prices offered cover what that revenue does not.",
        "The supply and installation price of a charging point is paid after its site acceptance; the operation and maintenance price per charging point per year is paid from the point's commissioning to the end of the term, pro rata for part of a year.",
        "The operation and maintenance prices are adjusted once a year with the consumer price index (CPI) of Statistics Netherlands (CBS).",
        "The authority applies for the grid connections and pays for them.",
        "The grid capacities in the sites annex are reserved with the grid operator; the connections still have to be built.",
    })]
    [InlineData("utrecht-like-concession.yaml", new[]
    {
        "The concessionaire earns its income from the charging, buys the electricity and bears the operating risk; the authority pays it nothing for its services.",
        "The concessionaire applies for the grid connections and pays for them.",
    })]
    [InlineData("small-town-ten-ac-points.yaml", new[]
    {
        "The authority pays the contractor the prices offered in the price schedule of the compliance matrix.",
        "The contractor collects the money drivers pay for charging on behalf of the authority, which pays for the electricity.",
        "The supply and installation prices are paid after the acceptance of the whole roll-out; the operation and maintenance price per charging point per year is paid from the point's commissioning to the end of the term, pro rata for part of a year.",
        "The prices are fixed for the whole term; no index adjusts them.",
        "The authority applies for the grid connections and pays for them.",
    })]
    public void The_payment_paragraphs_follow_the_model_and_the_answers(string file, string[] expected)
    {
        var specification = TenderDocuments.Compose(Examples.Package(file)).Single(d => d.Metadata.FileName == "technical-specifications");

        var paragraphs = specification.Blocks
            .SkipWhile(b => b is not Heading { Text: "Payment, revenue and costs" }).Skip(1)
            .TakeWhile(b => b is not Heading)
            .OfType<Paragraph>().Select(p => p.Content.PlainText()).ToList();

        paragraphs.ShouldBe(expected);
    }

    [Theory]
    [InlineData("utrecht-like-concession.yaml", "The estimated value is the turnover the concessionaire is expected to make over the whole term.")]
    [InlineData("two-lots-with-sites.yaml", "The estimated value is what the authority expects to pay over the whole term.")]
    public void The_estimated_value_says_what_it_measures(string file, string meaning)
    {
        var specification = TenderDocuments.Compose(Examples.Package(file)).Single(d => d.Metadata.FileName == "technical-specifications");

        TenderDocumentsTests.AllText(specification).ShouldContain(meaning);
    }
}

/// <summary>Bidders read whether they may win every lot they tender for.</summary>
public sealed class ScopeLotRuleTests
{
    [Fact]
    public void Without_a_limit_every_lot_is_awarded_on_its_own_and_with_one_the_limit_is_stated()
    {
        var example = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "two-lots-with-sites.yaml"))).Input;
        var limit = Core.Catalogues.CatalogueLoader.Default.Questionnaire.Find("tender.lots_max_awarded")!;

        string LotsText(TenderInput input) => TenderDocumentsTests.AllText(TenderDocuments.Compose(
            Core.Rules.RulesEngine.Evaluate(input, Core.Catalogues.CatalogueLoader.Default, new DateOnly(2026, 11, 29)))[0]);

        LotsText(example).ShouldContain("A tenderer may submit a tender for one lot or for several; each lot is evaluated and awarded on its own.");
        LotsText(example.WithAnswer(limit, JsonSerializer.SerializeToElement(1))).ShouldContain("one tenderer is awarded at most one lot;");
        LotsText(TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "utrecht-like-concession.yaml"))).Input)
            .ShouldNotContain("A tenderer may submit a tender for one lot");
    }
}
