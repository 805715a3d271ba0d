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

    /// <summary>
    /// Evaluates an input as of today for an officer who reads another language than the draft's:
    /// the clauses stay in the document language (they are the tender's text), the findings come
    /// in the officer's (they speak to the officer). The same input finds the same things in
    /// every language, so the second evaluation only changes the words.
    /// </summary>
    /// <param name="input">The draft's input.</param>
    /// <param name="officerLanguage">The interface's catalogue language (a document language or the pseudo-language).</param>
    public TenderPackage EvaluateFor(TenderInput input, string officerLanguage)
    {
        ArgumentNullException.ThrowIfNull(input);
        var package = Evaluate(input);
        // A draft in a language TenderBuilder does not write keeps the finding that says so.
        if (package.Language == officerLanguage || !DocumentLanguages.IsKnown(input.Tender.Language ?? DocumentLanguages.English)
            || !DocumentLanguages.IsKnown(officerLanguage))
        {
            return package;
        }

        var heard = Evaluate(input with { Tender = input.Tender with { Language = officerLanguage } });
        return package with { Findings = heard.Findings };
    }

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
