using System.Collections.Frozen;
using System.Text.Json;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Core.Sites;

/// <summary>What a derived question is worked out from (<c>derivedFrom:</c> in the questions files).</summary>
public enum DerivedFrom
{
    /// <summary>From the sites list, when the tender lists sites; asked otherwise (a draft with totals only keeps working).</summary>
    Sites,

    /// <summary>From the lots list, always: the list is the only place lots are given.</summary>
    Lots,

    /// <summary>From the procurement model, always: the law a tender is written under (docs/legal-framing.md).</summary>
    Model,

    /// <summary>
    /// From the procurement model, the estimated value and the officer's choice of an EU notice,
    /// always: whether the package holds the notice (<see cref="Framing.NoticeDecision"/>).
    /// </summary>
    Notice,
}

/// <summary>
/// The answers TenderBuilder works out instead of asking: the number of sites and the points per
/// power class (from the sites, when there are any), whether the contract is divided into lots
/// (from the lots), the law the tender is written under (from the procurement model) and whether
/// an EU notice is produced (from the model, the value and the officer's choice). Clause
/// conditions and visibility read them like any answer.
/// </summary>
public static class DerivedAnswers
{
    /// <summary>The number of sites.</summary>
    public const string SiteCount = "sites.site_count";

    /// <summary>Whether the contract is divided into lots.</summary>
    public const string LotsDivided = "tender.lots_divided";

    /// <summary>The law the tender is written under: <c>public_contract</c>, <c>concession</c> or <c>permit</c>.</summary>
    public const string LegalRegime = "model.legal_regime";

    /// <summary>Whether the package holds an EU contract or concession notice (the notice questions are asked only then).</summary>
    public const string NoticeProduced = "notice.produced";

    /// <summary>Whether questions derived from this are never asked, even when nothing can be worked out yet.</summary>
    public static bool AlwaysDerived(DerivedFrom? from) => from is DerivedFrom.Lots or DerivedFrom.Model or DerivedFrom.Notice;

    /// <summary>Every question that may be derived, with what it is derived from.</summary>
    public static FrozenDictionary<string, DerivedFrom> Questions { get; } =
        PowerClasses.All.Select(c => (Id: PowerClasses.QuestionId(c), From: DerivedFrom.Sites))
            .Append((Id: SiteCount, From: DerivedFrom.Sites))
            .Append((Id: LotsDivided, From: DerivedFrom.Lots))
            .Append((Id: LegalRegime, From: DerivedFrom.Model))
            .Append((Id: NoticeProduced, From: DerivedFrom.Notice))
            .ToFrozenDictionary(p => p.Id, p => p.From, StringComparer.Ordinal);

    /// <summary>The derived answers of an input, by question id; sites-derived ones only when sites are listed.</summary>
    /// <param name="input">The input.</param>
    /// <param name="referenceDate">
    /// The day the EU thresholds are taken from, for whether a notice is produced. Without one the
    /// thresholds are not known, and a notice is produced for every procurement the officer has not
    /// declined it for, as for a value that cannot be compared (<see cref="NoticeDecision"/>).
    /// </param>
    public static IReadOnlyDictionary<string, AnswerValue> Of(TenderInput input, DateOnly? referenceDate = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var answers = new Dictionary<string, AnswerValue>(StringComparer.Ordinal)
        {
            [LotsDivided] = new AnswerValue.Flag(input.Tender.Lots.IsDivided()),
        };
        var model = Text(input, LegalFraming.ModelQuestion);
        var demandRisk = Flag(input, LegalFraming.DemandRiskQuestion);
        if (LegalFraming.RegimeOf(model, demandRisk) is { } regime)
        {
            answers[LegalRegime] = new AnswerValue.Choice(LegalFraming.OptionOf(regime));
        }

        // The same decision the package is built on, from the same framing; no threshold is in force on DateOnly.MinValue.
        var date = referenceDate ?? DateOnly.MinValue;
        var framing = LegalFraming.Of(model, demandRisk, input, date, DocumentLanguages.English);
        answers[NoticeProduced] = new AnswerValue.Flag(NoticeDecision.For(input, framing, date).Produce);


        if (input.Sites.Count == 0)
        {
            return answers;
        }

        var totals = SiteTotals.Of(input.Sites);
        answers[SiteCount] = new AnswerValue.Number(totals.Sites);
        foreach (var (powerClass, points) in totals.Points)
        {
            answers[PowerClasses.QuestionId(powerClass)] = new AnswerValue.Number(points);
        }

        return answers;
    }

    // The raw answers the model is read from; one of another shape is reported beside its question.
    private static string? Text(TenderInput input, string question) =>
        input.Answers.TryGetValue(question, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool? Flag(TenderInput input, string question) =>
        input.Answers.TryGetValue(question, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;
}
