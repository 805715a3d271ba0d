using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Core.Rules;

/// <summary>The officer's own clauses, included as written.</summary>
internal static class CustomClauses
{
    public const string Topic = "custom";

    /// <summary>The officer's id of a custom clause's package id (<c>custom.x</c> → <c>x</c>), or null for a catalogue clause.</summary>
    public static string? IdOf(string clauseId) => clauseId.StartsWith(Topic + ".", StringComparison.Ordinal) ? clauseId[(Topic.Length + 1)..] : null;

    /// <summary>The officer's clauses, with the words around them (topic, default verification, explanation) in <paramref name="language"/>.</summary>
    public static IEnumerable<IncludedClause> Include(IEnumerable<CustomClause> clauses, string? language = null)
    {
        var words = Words.RulesWords.For(language);
        foreach (var custom in clauses)
        {
            if (ParseKind(custom.Kind) is not { } kind)
            {
                continue; // reported by InputChecks
            }

            yield return new IncludedClause
            {
                Id = $"{Topic}.{custom.Id}",
                Kb = "",
                Kind = kind,
                Deliverable = DeliverableOf(kind),
                Strength = Strength.Recommended,
                Topic = Topic,
                TopicTitle = words.CustomTopic,
                Title = custom.Title,
                Text = custom.Text,
                Verification = new Verification(
                    ParseMethod(custom.Verification?.Method) ?? VerificationMethod.DocumentReview,
                    custom.Verification?.Text ?? words.CustomVerification),
                Sources = [],
                Parameters = [],
                Explanation = words.CustomExplanation,
                Because = [],
                IsCustom = true,
                DeclaredLanguage = custom.Language,
            };
        }
    }

    public static ClauseKind? ParseKind(string kind) =>
        Enum.GetValues<ClauseKind>().Cast<ClauseKind?>().FirstOrDefault(k => string.Equals(k.ToString(), kind, StringComparison.OrdinalIgnoreCase));

    public static VerificationMethod? ParseMethod(string? method) =>
        method is null ? null : Enum.GetValues<VerificationMethod>().Cast<VerificationMethod?>().FirstOrDefault(m => string.Equals(m.ToString(), method, StringComparison.OrdinalIgnoreCase));

    public static Deliverable DeliverableOf(ClauseKind kind) => kind switch
    {
        ClauseKind.SelectionCriterion or ClauseKind.AwardCriterion => Deliverable.Criteria,
        ClauseKind.ContractPerformance => Deliverable.Contract,
        _ => Deliverable.Specification,
    };
}
