using System.Collections.Immutable;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Sites;
using YamlDotNet.RepresentationModel;

namespace TenderBuilder.Core.Catalogues.Loading;

/// <summary>
/// Reads a clause's <c>scope:</c> and checks each value where it is written: a current that is not
/// <c>ac</c> or <c>dc</c>, a power class or a site type that does not exist, a class of a current the
/// scope leaves out, or an answer whose options are not scope values is a load error naming the
/// file and line.
/// </summary>
internal sealed class ScopeReader(LoadErrors errors, Questionnaire questionnaire)
{
    private readonly SiteOptions _sites = SiteOptions.From(questionnaire);

    public ClauseScope? Read(string file, string clauseId, YamlNode node)
    {
        var map = YamlMap.From(file, node, errors, "a clause's scope", "current", "powerClasses", "siteTypes", "lots", "fromAnswer");
        if (map is null)
        {
            return null;
        }

        var currents = Values(map, clauseId, "current", v => ClauseScope.CurrentValues.Contains(v) ? null : $"\"{v}\" is not a current; use ac or dc");
        var classes = Values(map, clauseId, "powerClasses", v => PowerClasses.FromId(v) is null
            ? $"\"{v}\" is not an AFIR power class; use one of: {string.Join(", ", PowerClasses.All.Select(PowerClasses.Id))}"
            : null);
        var siteTypes = Values(map, clauseId, "siteTypes", v => _sites.TypeProblem(v) is { } problem ? problem.TrimEnd('.') : null);
        var lots = Values(map, clauseId, "lots", _ => null);
        var fromAnswer = map.String("fromAnswer");

        var scope = new ClauseScope
        {
            Currents = currents,
            PowerClasses = [.. classes.Select(PowerClasses.FromId).OfType<PowerClass>()],
            SiteTypes = siteTypes,
            Lots = lots,
            FromAnswer = fromAnswer,
            Location = map.Location,
        };

        if (!scope.Currents.IsEmpty && !scope.PowerClasses.IsEmpty && scope.Classes.IsEmpty)
        {
            errors.Add(map.Location, $"clause {clauseId}: the scope's power classes are none of its currents ({string.Join(", ", scope.Currents)}), so it binds no point");
        }

        if (fromAnswer is not null)
        {
            CheckAnswer(map, clauseId, fromAnswer);
        }

        if (scope.IsAll && fromAnswer is null)
        {
            errors.Add(map.Location, $"clause {clauseId}: the scope narrows nothing; leave it out for a clause that binds every point");
        }

        return scope;
    }

    // The answer's options become the scope, so each must be a value a scope takes.
    private void CheckAnswer(YamlMap map, string clauseId, string questionId)
    {
        var at = map.At(map.Node("fromAnswer")!);
        if (questionnaire.Find(questionId) is not { } question)
        {
            errors.Add(at, $"clause {clauseId}: the scope's fromAnswer \"{questionId}\" is not a question");
            return;
        }

        if (question.Type != QuestionType.MultipleChoice)
        {
            errors.Add(at, $"clause {clauseId}: the scope's fromAnswer \"{questionId}\" must be a multipleChoice question whose options are currents, power classes or site types");
            return;
        }

        foreach (var option in question.Options)
        {
            var value = option.Value;
            var known = ClauseScope.CurrentValues.Contains(value)
                || PowerClasses.FromId(value) is not null
                || (!_sites.Types.IsEmpty && _sites.Types.Contains(value));
            if (!known)
            {
                errors.Add(at, $"clause {clauseId}: the option \"{value}\" of {questionId} is not a current (ac, dc), an AFIR power class or a site type, so it cannot say which points the clause binds");
            }
        }
    }

    private ImmutableArray<string> Values(YamlMap map, string clauseId, string key, Func<string, string?> problem)
    {
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var item in map.Sequence(key))
        {
            var value = YamlMap.Scalar(item)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                errors.Add(map.At(item), $"clause {clauseId}: the scope's {key} must list single values");
                continue;
            }

            if (problem(value) is { } why)
            {
                errors.Add(map.At(item), $"clause {clauseId}: in the scope's {key}, {why}");
                continue;
            }

            if (!result.Contains(value))
            {
                result.Add(value);
            }
        }

        return result.ToImmutable();
    }
}
