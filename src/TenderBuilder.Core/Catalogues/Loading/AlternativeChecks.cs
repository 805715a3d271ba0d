using System.Collections.Immutable;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Conditions;
using TenderBuilder.Core.Questionnaires;

namespace TenderBuilder.Core.Catalogues.Loading;

/// <summary>
/// Proves, when the catalogue loads, that a group of text alternatives is well formed: no two can
/// hold for the same answers (the clause would say two things) and each can hold for some answers
/// (an alternative no officer can reach is text nobody reviews). The questions the conditions read
/// are few, so every combination of their telling values is tried: each option and "unanswered";
/// yes, no and unanswered; for numbers and dates each bound the conditions name and its neighbours.
/// </summary>
internal sealed class AlternativeChecks(LoadErrors errors, Questionnaire questionnaire)
{
    // A group reading more combinations than this is too complex to review as text anyway.
    private const int MaxCombinations = 20_000;

    public void Check(string clauseId, TextAlternatives group)
    {
        var questions = group.Options.SelectMany(o => o.When.QuestionIds()).Distinct(StringComparer.Ordinal)
            .Select(questionnaire.Find).OfType<Question>().ToList();
        var domains = questions.Select(q => Domain(q, group.Options.Select(o => o.When))).ToList();
        var combinations = domains.Aggregate(1L, (product, domain) => product * domain.Count);
        if (combinations > MaxCombinations)
        {
            errors.Add(group.Location, $"clause {clauseId}: the alternatives of {{{group.Name}}} read {combinations} combinations of answers; split them so each reads fewer questions");
            return;
        }

        var reached = new HashSet<string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<(string, string)>();
        foreach (var values in Combine(domains))
        {
            var lookup = new Lookup(questionnaire, questions.Zip(values).ToDictionary(p => p.First.Id, p => p.Second, StringComparer.Ordinal));
            var holding = group.Options.Where(o => o.When.Evaluate(lookup).Value).ToList();
            reached.UnionWith(holding.Select(o => o.Key));
            for (var i = 1; i < holding.Count; i++)
            {
                ambiguous.Add((holding[0].Key, holding[i].Key));
            }
        }

        foreach (var (first, second) in ambiguous)
        {
            var at = group.Options.First(o => o.Key == second).Location;
            errors.Add(at, $"clause {clauseId}: the alternatives \"{first}\" and \"{second}\" of {{{group.Name}}} can both hold for the same answers; make their conditions exclude each other");
        }

        foreach (var option in group.Options.Where(o => !reached.Contains(o.Key)))
        {
            errors.Add(option.Location, $"clause {clauseId}: the alternative \"{option.Key}\" of {{{group.Name}}} can never be chosen: no answers make its condition hold");
        }
    }

    private static IEnumerable<AnswerValue?[]> Combine(IReadOnlyList<IReadOnlyList<AnswerValue?>> domains)
    {
        var indexes = new int[domains.Count];
        while (true)
        {
            yield return [.. domains.Select((domain, i) => domain[indexes[i]])];
            var position = 0;
            while (position < domains.Count && ++indexes[position] == domains[position].Count)
            {
                indexes[position++] = 0;
            }

            if (position == domains.Count)
            {
                yield break;
            }
        }
    }

    // The values of one question that can change a condition's result, "unanswered" included.
    private static List<AnswerValue?> Domain(Question question, IEnumerable<Condition> conditions)
    {
        var tests = conditions.SelectMany(Tests).Where(t => t.QuestionId == question.Id).ToList();
        List<AnswerValue?> values = [null];
        switch (question.Type)
        {
            case QuestionType.YesNo:
                values.AddRange([new AnswerValue.Flag(true), new AnswerValue.Flag(false)]);
                break;
            case QuestionType.SingleChoice:
                values.AddRange(question.Options.Select(o => new AnswerValue.Choice(o.Value)));
                break;
            case QuestionType.MultipleChoice:
                var named = tests.OfType<ContainsCondition>().Select(t => t.Option).Distinct(StringComparer.Ordinal).ToList();
                for (var mask = 0; mask < 1 << named.Count; mask++)
                {
                    values.Add(new AnswerValue.Choices([.. named.Where((_, bit) => (mask & (1 << bit)) != 0)]));
                }

                break;
            case QuestionType.Date:
                values.AddRange(Bounds(tests).OfType<AnswerValue.Date>().SelectMany(d => new[] { d.Value.AddDays(-1), d.Value, d.Value.AddDays(1) })
                    .Distinct().Select(d => new AnswerValue.Date(d)));
                break;
            case QuestionType.Text:
                values.Add(new AnswerValue.Text("text"));
                break;
            default:
                var numbers = Bounds(tests).OfType<AnswerValue.Number>().Select(n => n.Value).ToList();
                values.AddRange(numbers.SelectMany(n => new[] { n - 1, n - 0.5m, n, n + 0.5m, n + 1 })
                    .DefaultIfEmpty(1).Distinct().Select(n => new AnswerValue.Number(n)));
                break;
        }

        return values;
    }

    private static IEnumerable<AnswerValue> Bounds(IEnumerable<QuestionTest> tests) => tests.SelectMany(test => test switch
    {
        EqualsCondition equals => [equals.Value],
        InCondition within => within.Values.AsEnumerable(),
        GreaterThanCondition greater => [greater.Bound],
        LessThanCondition less => [less.Bound],
        BetweenCondition between => [between.Min, between.Max],
        _ => [],
    });

    private static IEnumerable<QuestionTest> Tests(Condition condition) => condition switch
    {
        AllCondition all => all.Parts.SelectMany(Tests),
        AnyCondition any => any.Parts.SelectMany(Tests),
        NotCondition not => Tests(not.Part),
        QuestionTest test => [test],
        _ => [],
    };

    // Answers as the combination gives them; a question the conditions do not read is unanswered.
    private sealed class Lookup(Questionnaire questionnaire, Dictionary<string, AnswerValue?> values) : IAnswerLookup
    {
        public Question Question(string questionId) => questionnaire.Find(questionId)!;

        public AnswerValue? Answer(string questionId) => values.GetValueOrDefault(questionId);
    }
}
