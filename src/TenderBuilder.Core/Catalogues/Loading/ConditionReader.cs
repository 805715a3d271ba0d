using System.Collections.Immutable;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Conditions;
using TenderBuilder.Core.Questionnaires;
using YamlDotNet.RepresentationModel;

namespace TenderBuilder.Core.Catalogues.Loading;

/// <summary>
/// Reads conditions from YAML and checks them against the questionnaire: an unknown question,
/// an option that does not exist or a test that does not fit the question type is a load error.
/// </summary>
internal sealed class ConditionReader(string file, LoadErrors errors, Func<string, Question?> findQuestion)
{
    private static readonly string[] s_operators =
        ["all", "any", "not", "equals", "in", "contains", "greaterThan", "lessThan", "between", "answered"];

    public Condition? Read(YamlNode node)
    {
        var location = new SourceLocation(file, YamlMap.Line(node));
        if (node is not YamlMappingNode { Children.Count: 1 } mapping)
        {
            errors.Add(location, $"a condition is one of {string.Join(", ", s_operators)} with its arguments");
            return null;
        }

        var (keyNode, argument) = mapping.Children.Single();
        var key = YamlMap.Scalar(keyNode);
        return key switch
        {
            "all" => Parts(argument, location, parts => new AllCondition(parts, location)),
            "any" => Parts(argument, location, parts => new AnyCondition(parts, location)),
            "not" => Read(argument) is { } part ? new NotCondition(part, location) : null,
            "equals" or "in" or "contains" or "greaterThan" or "lessThan" or "between" or "answered" => Test(key, argument, location),
            _ => Error(location, $"unknown condition \"{key}\"; use one of {string.Join(", ", s_operators)}"),
        };
    }

    private Condition? Parts(YamlNode argument, SourceLocation location, Func<ImmutableArray<Condition>, Condition> make)
    {
        if (argument is not YamlSequenceNode { Children.Count: > 0 } list)
        {
            return Error(location, "all and any take a list of conditions");
        }

        var parts = list.Children.Select(Read).ToList();
        return parts.Any(part => part is null) ? null : make([.. parts.OfType<Condition>()]);
    }

    private Condition? Test(string key, YamlNode argument, SourceLocation location)
    {
        var allowed = key switch
        {
            "in" => new[] { "question", "values" },
            "between" => ["question", "min", "max"],
            "answered" => ["question"],
            _ => ["question", "value"],
        };
        var map = YamlMap.From(file, argument, errors, $"the arguments of {key}", allowed);
        var questionId = map?.String("question", required: true);
        if (map is null || questionId is null)
        {
            return null;
        }

        var question = findQuestion(questionId);
        if (question is null)
        {
            return Error(location, $"{key} names the question \"{questionId}\", which does not exist (or comes later in the questionnaire)");
        }

        switch (key)
        {
            case "answered":
                return new AnsweredCondition(questionId, location);
            case "equals":
                return Value(map, "value", question) is { } value ? new EqualsCondition(questionId, value, location) : null;
            case "in":
                if (question.Type != QuestionType.SingleChoice)
                {
                    return Error(location, $"in needs a single-choice question; {questionId} is {question.Type}");
                }

                var values = map.Sequence("values", required: true).Select(node => ValueReader.ForQuestion(question, node, file, errors)).ToList();
                return values.Count == 0 || values.Any(value => value is null)
                    ? null
                    : new InCondition(questionId, [.. values.OfType<AnswerValue>()], location);
            case "contains":
                if (question.Type != QuestionType.MultipleChoice)
                {
                    return Error(location, $"contains needs a multiple-choice question; {questionId} is {question.Type}");
                }

                var option = map.String("value", required: true);
                if (option is not null && question.Options.All(o => o.Value != option))
                {
                    return Error(location, $"\"{option}\" is not an option of {questionId}; choose one of: {string.Join(", ", question.Options.Select(o => o.Value))}");
                }

                return option is null ? null : new ContainsCondition(questionId, option, location);
            default:
                if (question.Type is not (QuestionType.Number or QuestionType.Percentage or QuestionType.Money or QuestionType.Date))
                {
                    return Error(location, $"{key} needs a number, percentage, money or date question; {questionId} is {question.Type}");
                }

                if (key == "between")
                {
                    var min = Value(map, "min", question);
                    var max = Value(map, "max", question);
                    return min is null || max is null ? null : new BetweenCondition(questionId, min, max, location);
                }

                return Value(map, "value", question) is { } bound
                    ? key == "greaterThan"
                        ? new GreaterThanCondition(questionId, bound, location)
                        : new LessThanCondition(questionId, bound, location)
                    : null;
        }
    }

    private AnswerValue? Value(YamlMap map, string key, Question question)
    {
        var node = map.Node(key);
        if (node is null)
        {
            errors.Add(map.Location, $"\"{key}\" is required");
            return null;
        }

        // Bounds of a test need not be valid answers themselves (e.g. "more than 0" on a question with min 1),
        // but must be of the question's shape.
        if (question.Type is QuestionType.Number or QuestionType.Percentage or QuestionType.Money or QuestionType.Date)
        {
            var bound = ValueReader.ForParameter(question.Type == QuestionType.Date ? ParameterType.Date : ParameterType.Number, node);
            if (bound is null)
            {
                errors.Add(map.At(node), $"\"{ValueReader.Show(node)}\" is not {question.Expected()} (question {question.Id})");
            }

            return bound;
        }

        return ValueReader.ForQuestion(question, node, file, errors);
    }

    private Condition? Error(SourceLocation location, string message)
    {
        errors.Add(location, message);
        return null;
    }
}
