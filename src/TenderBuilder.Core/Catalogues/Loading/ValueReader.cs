using System.Collections.Immutable;
using System.Globalization;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Questionnaires;
using YamlDotNet.RepresentationModel;

namespace TenderBuilder.Core.Catalogues.Loading;

/// <summary>Reads a YAML value in the shape a question or a parameter expects.</summary>
internal static class ValueReader
{
    public static AnswerValue? ForQuestion(Question question, YamlNode node, string file, LoadErrors errors)
    {
        var value = question.Type switch
        {
            QuestionType.YesNo => YamlMap.Scalar(node) switch
            {
                "true" => new AnswerValue.Flag(true),
                "false" => new AnswerValue.Flag(false),
                _ => null,
            },
            QuestionType.SingleChoice => YamlMap.Scalar(node) is { } choice ? new AnswerValue.Choice(choice) : null,
            QuestionType.MultipleChoice => node is YamlSequenceNode list && list.Children.All(item => YamlMap.Scalar(item) is not null)
                ? new AnswerValue.Choices([.. list.Children.Select(item => YamlMap.Scalar(item)!)])
                : null,
            QuestionType.Number or QuestionType.Percentage or QuestionType.Money => Number(node),
            QuestionType.Date => Date(node),
            QuestionType.Time => YamlMap.Scalar(node) is { } typed && Text.TimeOfDay.TryParse(typed, out var time) ? new AnswerValue.Time(time) : null,
            _ => YamlMap.Scalar(node) is { } text ? new AnswerValue.Text(text) : (AnswerValue?)null,
        };
        var location = new SourceLocation(file, YamlMap.Line(node));
        if (value is null)
        {
            errors.Add(location, $"\"{Show(node)}\" is not {question.Expected()} (question {question.Id})");
            return null;
        }

        if (question.Check(value) is { } problem)
        {
            errors.Add(location, $"question {question.Id}: {problem}");
            return null;
        }

        return value;
    }

    public static AnswerValue? ForParameter(ParameterType type, YamlNode node) => type switch
    {
        ParameterType.Number or ParameterType.Percentage or ParameterType.Duration or ParameterType.Money => Number(node),
        ParameterType.Date => Date(node),
        ParameterType.Enum => YamlMap.Scalar(node) is { } choice ? new AnswerValue.Choice(choice) : null,
        _ => YamlMap.Scalar(node) is { } text ? new AnswerValue.Text(text) : null,
    };

    public static ImmutableArray<string> Strings(IEnumerable<YamlNode> nodes) =>
        [.. nodes.Select(YamlMap.Scalar).OfType<string>()];

    public static string Show(YamlNode node) => YamlMap.Scalar(node) ?? node.ToString();

    private static AnswerValue.Number? Number(YamlNode node) =>
        YamlMap.Scalar(node) is { } text && !YamlMap.IsQuoted(node)
        && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? new AnswerValue.Number(number)
            : null;

    private static AnswerValue.Date? Date(YamlNode node) =>
        YamlMap.Scalar(node) is { } text
        && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new AnswerValue.Date(date)
            : null;
}
