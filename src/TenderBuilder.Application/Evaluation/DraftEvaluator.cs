using Microsoft.Extensions.Caching.Memory;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Application.Evaluation;

/// <summary>
/// The one way the application turns a draft's input into its evaluated package: the shipped
/// catalogue, and today's date from the injected clock (AFIR dates and EU thresholds depend on it).
/// A stored revision is evaluated once a day and kept, so lists of drafts do not evaluate every
/// draft on every visit; an input being edited is evaluated each time (the wizard's live panel).
/// </summary>
public sealed class DraftEvaluator(Catalogue catalogue, TimeProvider clock, IMemoryCache? cache = null)
{
    private static readonly TimeSpan s_keep = TimeSpan.FromMinutes(10);

    /// <summary>The catalogue the rules apply.</summary>
    public Catalogue Catalogue => catalogue;

    /// <summary>Today, by the clock, as the rules read dates.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Evaluates an input as of today.</summary>
    public TenderPackage Evaluate(TenderInput input) => Evaluate(input, Today);

    /// <summary>Evaluates an input as of a given day (an approved package is read as of its approval).</summary>
    public TenderPackage Evaluate(TenderInput input, DateOnly referenceDate) => RulesEngine.Evaluate(input, catalogue, referenceDate);

    /// <summary>Evaluates a stored revision of a draft as of today, once: the same revision on the same day is the same package.</summary>
    public TenderPackage EvaluateStored(Guid draftId, long revision, TenderInput input)
    {
        if (cache is null)
        {
            return Evaluate(input);
        }

        var key = (nameof(DraftEvaluator), draftId, revision, Today);
        if (cache.TryGetValue(key, out TenderPackage? package) && package is not null)
        {
            return package;
        }

        package = Evaluate(input);
        cache.Set(key, package, new MemoryCacheEntryOptions { SlidingExpiration = s_keep });
        return package;
    }
}
