using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Time.Testing;
using TenderBuilder.Application.Evaluation;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Testing;

namespace TenderBuilder.Web.Tests.Evaluation;

/// <summary>
/// The one evaluation of a draft: as of the clock's day; a stored revision once per day, so the
/// drafts list does not evaluate every draft on every visit, and never a stale result.
/// </summary>
public sealed class DraftEvaluatorTests : IDisposable
{
    private static readonly TenderInput s_input = TenderInputReader.Read(File.ReadAllText(RepositoryFiles.Example("utrecht-like-concession"))).Input;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
    private readonly MemoryCache _cache = new(new MemoryCacheOptions());

    [Fact]
    public void A_stored_revision_is_evaluated_once_a_day_and_a_new_revision_or_a_new_day_evaluates_again()
    {
        var evaluator = new DraftEvaluator(CatalogueLoader.Default, _clock, _cache);
        var draft = Guid.NewGuid();

        var first = evaluator.EvaluateStored(draft, 3, s_input);

        evaluator.EvaluateStored(draft, 3, s_input).ShouldBeSameAs(first);
        evaluator.EvaluateStored(draft, 4, s_input with { Exclusions = [] }).ShouldNotBeSameAs(first);
        evaluator.EvaluateStored(Guid.NewGuid(), 3, s_input).ShouldNotBeSameAs(first, "another draft's revision 3 is another draft");
        _clock.Advance(TimeSpan.FromDays(1));
        evaluator.EvaluateStored(draft, 3, s_input).ShouldNotBeSameAs(first, "dates in the rules (AFIR, thresholds) move with the day");
    }

    [Fact]
    public void An_input_is_evaluated_as_of_the_clocks_day()
    {
        var evaluator = new DraftEvaluator(CatalogueLoader.Default, _clock, _cache);

        evaluator.Today.ShouldBe(new DateOnly(2026, 12, 6));
        evaluator.Evaluate(s_input).Clauses.Select(c => c.Id)
            .ShouldBe(Core.Rules.RulesEngine.Evaluate(s_input, CatalogueLoader.Default, new DateOnly(2026, 12, 6)).Clauses.Select(c => c.Id));
    }

    public static TheoryData<string, string> ExamplesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var example in Directory.GetFiles(Path.GetDirectoryName(RepositoryFiles.Example("x"))!, "*.yaml").Select(Path.GetFileNameWithoutExtension))
        {
            foreach (var language in new[] { "nl-NL", "sv-SE", "de-DE" })
            {
                data.Add(example!, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExamplesAndLanguages))]
    public void An_officer_reads_the_findings_of_an_English_draft_in_the_interface_language_and_its_clauses_in_English(string example, string language)
    {
        var evaluator = new DraftEvaluator(CatalogueLoader.Default, _clock, _cache);
        // A slip the officer hears of on every example: a lot without a title.
        var input = TenderInputReader.Read(File.ReadAllText(RepositoryFiles.Example(example))).Input;
        input = input with { Tender = input.Tender with { Language = null, Lots = new LotsInfo { Items = [new Lot { Id = "1", Title = "A" }, new Lot { Id = "9", Title = "" }] } } };
        var inEnglish = evaluator.Evaluate(input);
        var inTheirs = evaluator.Evaluate(input with { Tender = input.Tender with { Language = language } });

        var heard = evaluator.EvaluateFor(input, language);

        heard.Language.ShouldBe(DocumentLanguages.English);
        heard.Clauses.Select(c => c.Text).ShouldBe(inEnglish.Clauses.Select(c => c.Text), "the tender's text stays in the draft's language");
        heard.Findings.Select(Where).ShouldBe(inEnglish.Findings.Select(Where), "the same things are found in every language");
        heard.Findings.Select(f => f.Message).ShouldBe(inTheirs.Findings.Select(f => f.Message));
        heard.Findings.Single(f => f.Code == "lots.missing-title").Message.ShouldNotBe(inEnglish.Findings.Single(f => f.Code == "lots.missing-title").Message);
        evaluator.EvaluateFor(input, DocumentLanguages.English).Findings.Select(f => f.Message).ShouldBe(inEnglish.Findings.Select(f => f.Message));
    }

    private static string Where(Core.Rules.Finding f) =>
        $"{f.Code}|{f.Severity}|{f.Path}|{f.ClauseId}|{f.ParameterName}|{string.Join(',', f.Questions)}|{string.Join(',', f.Sources.Select(s => s.SourceId + s.Locator))}";

    public void Dispose() => _cache.Dispose();
}
