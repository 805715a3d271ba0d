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

    public void Dispose() => _cache.Dispose();
}
