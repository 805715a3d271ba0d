using TenderBuilder.Core.Questionnaires;
using YamlDotNet.RepresentationModel;

namespace TenderBuilder.Core.Catalogues.Loading;

/// <summary>
/// Reads a clause's parameters and checks their defaults against their own range, and the question
/// a parameter is filled from against the parameter's type.
/// </summary>
internal sealed class ParameterReader(LoadErrors errors, CitationReader citations, Questionnaire questionnaire)
{
    public ClauseParameter? Read(string file, string clauseId, YamlNode node)
    {
        var map = YamlMap.From(file, node, errors, "a parameter",
            "name", "type", "label", "unit", "min", "max", "options", "optionLabels", "default", "defaultSource", "fromAnswer");
        var name = map?.String("name", required: true);
        var type = map?.Enum<ParameterType>("type", required: true);
        if (map is null || name is null || type is null)
        {
            return null;
        }

        var parameter = new ClauseParameter
        {
            Name = name,
            Type = type.Value,
            Label = map.String("label", required: true) ?? name,
            Unit = map.String("unit"),
            Min = map.Decimal("min"),
            Max = map.Decimal("max"),
            Options = ValueReader.Strings(map.Sequence("options", required: type == ParameterType.Enum)),
            FromAnswer = map.String("fromAnswer"),
            OptionLabels = ValueReader.Strings(map.Sequence("optionLabels")),
        };
        if (!parameter.OptionLabels.IsEmpty && parameter.OptionLabels.Length != parameter.Options.Length)
        {
            errors.Add(map.Location, $"clause {clauseId}, parameter {name}: \"optionLabels\" must give one label per option ({parameter.Options.Length})");
        }

        if (map.Node("default") is { } defaultNode)
        {
            var value = ValueReader.ForParameter(parameter.Type, defaultNode);
            var problem = value is null ? $"is not {parameter.Expected}" : parameter.Check(value);
            if (problem is not null)
            {
                errors.Add(map.At(defaultNode), $"clause {clauseId}, parameter {name}: the default {problem}");
            }

            parameter = parameter with { Default = problem is null ? value : null, DefaultSource = citations.ReadOne(map, "defaultSource") };
            if (parameter.DefaultSource is null)
            {
                errors.Add(map.At(defaultNode), $"clause {clauseId}, parameter {name}: a default needs a defaultSource; without a source, leave the value to the authority");
            }
        }

        if (parameter.FromAnswer is { } questionId)
        {
            CheckFromAnswer(map, clauseId, parameter, questionId);
        }

        return parameter;
    }

    private void CheckFromAnswer(YamlMap map, string clauseId, ClauseParameter parameter, string questionId)
    {
        var question = questionnaire.Find(questionId);
        var compatible = question?.Type switch
        {
            null => false,
            QuestionType.Number or QuestionType.Money => parameter.Type is ParameterType.Number or ParameterType.Duration or ParameterType.Money,
            QuestionType.Percentage => parameter.Type == ParameterType.Percentage,
            QuestionType.SingleChoice => parameter.Type == ParameterType.Enum && question.Options.All(o => parameter.Options.Contains(o.Value)),
            QuestionType.Date => parameter.Type == ParameterType.Date,
            QuestionType.Text => parameter.Type == ParameterType.Text,
            _ => false,
        };
        if (question is null)
        {
            errors.Add(map.Location, $"clause {clauseId}, parameter {parameter.Name}: fromAnswer names the question \"{questionId}\", which does not exist");
        }
        else if (!compatible)
        {
            errors.Add(map.Location, $"clause {clauseId}, parameter {parameter.Name}: a {question.Type} answer cannot fill a {parameter.Type} parameter");
        }
    }
}
