using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Conditions;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Questionnaires;

namespace TenderBuilder.Core.Tests;

/// <summary>
/// Searches for answers under which a condition holds: every question it reads (and the questions
/// that make those visible) takes values around the bounds the condition tests, and the
/// combinations are tried, exhaustively when few, by a fixed-seed sample when many.
/// </summary>
internal static class Reachability
{
    private const int MaxTries = 4000;

    public static bool CanHold(Condition condition, Questionnaire questionnaire)
    {
        var questions = Closure(condition.QuestionIds(), questionnaire);
        var candidates = questions.Select(q => Candidates(q, condition)).ToList();
        var combinations = candidates.Aggregate(1L, (product, c) => Math.Min(product * c.Count, long.MaxValue / 64));
        var random = new Random(20261129);
        for (var attempt = 0; attempt < Math.Min(combinations, MaxTries); attempt++)
        {
            var choice = new List<JsonNode?>();
            var index = attempt;
            foreach (var list in candidates)
            {
                choice.Add(combinations <= MaxTries ? list[index % list.Count] : list[random.Next(list.Count)]);
                index /= list.Count;
            }

            var answers = AnswerSet.Resolve(questionnaire, Input(questions, choice));
            if (condition.Evaluate(answers).Value)
            {
                return true;
            }
        }

        return false;
    }

    private static List<Question> Closure(IEnumerable<string> ids, Questionnaire questionnaire)
    {
        var result = new List<Question>();
        var pending = new Stack<string>(ids.Distinct());
        while (pending.TryPop(out var id))
        {
            var question = questionnaire.Find(id)!;
            if (result.Contains(question))
            {
                continue;
            }

            result.Add(question);
            foreach (var parent in question.VisibleWhen?.QuestionIds() ?? [])
            {
                pending.Push(parent);
            }
        }

        return result;
    }

    private static List<JsonNode?> Candidates(Question question, Condition condition)
    {
        var values = new List<JsonNode?> { null };
        switch (question.Type)
        {
            case QuestionType.YesNo:
                values.AddRange([JsonValue.Create(true), JsonValue.Create(false)]);
                break;
            case QuestionType.SingleChoice:
                values.AddRange(question.Options.Select(o => (JsonNode?)JsonValue.Create(o.Value)));
                break;
            case QuestionType.MultipleChoice:
                values.AddRange(question.Options.Select(o => (JsonNode?)new JsonArray(JsonValue.Create(o.Value))));
                values.Add(new JsonArray([.. question.Options.Select(o => (JsonNode?)JsonValue.Create(o.Value))]));
                break;
            case QuestionType.Date:
                foreach (var bound in Bounds(condition, question.Id).OfType<AnswerValue.Date>())
                {
                    values.AddRange(new[] { -1, 0, 1 }.Select(d => (JsonNode?)JsonValue.Create(bound.Value.AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
                }

                values.Add(JsonValue.Create("2026-06-30"));
                break;
            case QuestionType.Text:
                values.Add(JsonValue.Create("text"));
                break;
            default:
                var numbers = Bounds(condition, question.Id).OfType<AnswerValue.Number>().SelectMany(b => new[] { b.Value - 1, b.Value, b.Value + 1 })
                    .Concat([question.Min ?? 0, question.Max ?? 100, 1, 10]);
                values.AddRange(numbers.Distinct().Select(n => (JsonNode?)JsonValue.Create(n)));
                break;
        }

        return values;
    }

    private static IEnumerable<AnswerValue> Bounds(Condition condition, string questionId) => condition switch
    {
        AllCondition all => all.Parts.SelectMany(p => Bounds(p, questionId)),
        AnyCondition any => any.Parts.SelectMany(p => Bounds(p, questionId)),
        NotCondition not => Bounds(not.Part, questionId),
        GreaterThanCondition g when g.QuestionId == questionId => [g.Bound],
        LessThanCondition l when l.QuestionId == questionId => [l.Bound],
        BetweenCondition b when b.QuestionId == questionId => [b.Min, b.Max],
        EqualsCondition e when e.QuestionId == questionId => [e.Value],
        _ => [],
    };

    private static TenderInput Input(List<Question> questions, List<JsonNode?> values)
    {
        var answers = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var tender = new JsonObject();
        for (var i = 0; i < questions.Count; i++)
        {
            if (values[i] is not { } value)
            {
                continue;
            }

            if (questions[i].Field is { } field)
            {
                var node = tender;
                var parts = field.Split('.');
                foreach (var part in parts[..^1])
                {
                    node = (JsonObject)(node[part] ??= new JsonObject());
                }

                node[parts[^1]] = value.DeepClone();
            }
            else
            {
                answers[questions[i].Id] = JsonSerializer.SerializeToElement(value);
            }
        }

        return new TenderInput
        {
            Tender = TenderInputJson.Read<TenderMetadata>(tender)!,
            Answers = answers,
        };
    }
}
