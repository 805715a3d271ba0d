using System.Collections.Immutable;
using TenderBuilder.Core.Questionnaires;
using YamlDotNet.RepresentationModel;

namespace TenderBuilder.Core.Catalogues.Loading;

/// <summary>The topic of one clauses file and the clauses written in it, in file order.</summary>
internal sealed record TopicClauses(Topic Topic, ImmutableArray<Clause> Clauses);

/// <summary>Reads one clauses/&lt;topic&gt;.yaml file: its topic and its clauses, each checked as it is read.</summary>
internal sealed class ClauseReader(LoadErrors errors, CitationReader citations, ClauseChecks checks, Questionnaire questionnaire)
{
    private readonly ParameterReader _parameters = new(errors, citations, questionnaire);
    private readonly AlternativeChecks _alternatives = new(errors, questionnaire);
    private readonly ScopeReader _scopes = new(errors, questionnaire);

    public TopicClauses? Read(CatalogueDocument document)
    {
        var path = document.File;
        var root = YamlMap.From(path, document.Root, errors, "a clauses file", "topic", "title", "clauses");
        var topicId = root?.String("topic", required: true);
        if (root is null || topicId is null)
        {
            return null;
        }

        var expected = CataloguePaths.TopicOf(path);
        if (topicId != expected)
        {
            errors.Add(root.Location, $"topic \"{topicId}\" must equal the file name \"{expected}\"");
        }

        var topic = new Topic(topicId, root.String("title", required: true) ?? topicId, root.Location);
        var clauses = ImmutableArray.CreateBuilder<Clause>();
        foreach (var clauseNode in root.Sequence("clauses", required: true))
        {
            if (ReadClause(path, topicId, clauseNode) is { } clause)
            {
                clauses.Add(clause);
            }
        }

        return new TopicClauses(topic, clauses.ToImmutable());
    }

    private Clause? ReadClause(string file, string topic, YamlNode node)
    {
        var map = YamlMap.From(file, node, errors, "a clause",
            "id", "kb", "kind", "deliverable", "strength", "title", "text", "alternatives", "parameters", "verification", "when", "because", "scope", "sources");
        var id = map?.String("id", required: true);
        if (map is null || id is null)
        {
            return null;
        }

        if (!id.StartsWith(topic + ".", StringComparison.Ordinal) || !IdRules.Kebab().IsMatch(id[(topic.Length + 1)..]))
        {
            errors.Add(map.Location, $"clause id \"{id}\" must be \"{topic}.<kebab-case>\"");
        }

        var kind = map.Enum<ClauseKind>("kind", required: true);
        var deliverable = map.Enum<Deliverable>("deliverable", required: true);
        var strength = map.Enum<Strength>("strength", required: true);
        var title = ReadLocalized(map, "title");
        var text = ReadLocalized(map, "text");
        var alternatives = ReadAlternatives(file, id, map);
        var parameters = map.Sequence("parameters").Select(p => _parameters.Read(file, id, p)).OfType<ClauseParameter>().ToImmutableArray();
        var verification = ReadVerification(map, id);
        var sources = citations.ReadAll(map, "sources");
        var when = map.Node("when") is { } whenNode ? new ConditionReader(file, errors, questionnaire.Find).Read(whenNode) : null;
        var scope = map.Node("scope") is { } scopeNode ? _scopes.Read(file, id, scopeNode) : null;
        var because = map.Node("because") is { } becauseNode && YamlMap.From(file, becauseNode, errors, "the reasons of a clause", "included", "excluded") is { } reasons
            ? new ClauseReasons(reasons.String("included", required: true), reasons.String("excluded", required: true))
            : null;
        if (because is not null && map.Node("when") is null)
        {
            errors.Add(map.Location, $"clause {id}: `because` explains a condition, and the clause has no `when`");
        }

        if (kind is null || deliverable is null || strength is null || title is null || text is null || verification is null)
        {
            return null;
        }

        var clause = new Clause
        {
            Id = id,
            Kb = map.String("kb", required: true) ?? "",
            Topic = topic,
            Kind = kind.Value,
            Deliverable = deliverable.Value,
            Strength = strength.Value,
            Title = title,
            Text = text,
            Alternatives = alternatives,
            Parameters = parameters,
            Verification = verification,
            When = when,
            Because = because,
            Scope = scope,
            Sources = sources,
            Location = map.Location,
        };
        checks.Check(clause);
        foreach (var group in alternatives)
        {
            _alternatives.Check(id, group);
        }

        return clause;
    }

    // alternatives: { <name>: [ { key, when, text }, … ] } — each group is placed as {<name>} in the text.
    private ImmutableArray<TextAlternatives> ReadAlternatives(string file, string clauseId, YamlMap clause)
    {
        if (clause.Node("alternatives") is not { } node)
        {
            return [];
        }

        if (node is not YamlMappingNode groups)
        {
            errors.Add(clause.Location, $"clause {clauseId}: \"alternatives\" must map each placeholder name to its list of alternatives");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<TextAlternatives>();
        foreach (var (nameNode, optionsNode) in groups.Children)
        {
            var at = clause.At(nameNode);
            var name = (nameNode as YamlScalarNode)?.Value ?? "";
            if (!IdRules.Snake().IsMatch(name))
            {
                errors.Add(at, $"clause {clauseId}: the alternatives' name \"{name}\" must be snake_case, as it is written {{{name}}} in the text");
                continue;
            }

            if (optionsNode is not YamlSequenceNode sequence || sequence.Children.Count < 2)
            {
                errors.Add(at, $"clause {clauseId}: the alternatives {{{name}}} need a list of at least two, each with a key, a condition and a text");
                continue;
            }

            var options = ImmutableArray.CreateBuilder<TextAlternative>();
            foreach (var optionNode in sequence.Children)
            {
                var option = YamlMap.From(file, optionNode, errors, "an alternative", "key", "when", "text");
                var key = option?.String("key", required: true);
                var text = option?.String("text", required: true);
                var when = option?.Node("when") is { } whenNode ? new ConditionReader(file, errors, questionnaire.Find).Read(whenNode) : null;
                if (option is not null && option.Node("when") is null)
                {
                    errors.Add(option.Location, $"clause {clauseId}: the alternative \"{key}\" of {{{name}}} needs a \"when\"");
                }

                if (key is not null && !IdRules.Kebab().IsMatch(key))
                {
                    errors.Add(option!.Location, $"clause {clauseId}: the alternative key \"{key}\" must be kebab-case");
                }
                else if (key is not null && options.Any(o => o.Key == key))
                {
                    errors.Add(option!.Location, $"clause {clauseId}: the alternative key \"{key}\" is used twice in {{{name}}}");
                }
                else if (option is not null && key is not null && text is not null && when is not null)
                {
                    options.Add(new TextAlternative(key, when, text.Trim(), option.Location));
                }
            }

            result.Add(new TextAlternatives(name, options.ToImmutable(), at));
        }

        return result.ToImmutable();
    }

    private Verification? ReadVerification(YamlMap clause, string clauseId)
    {
        if (clause.Node("verification") is not { } node)
        {
            errors.Add(clause.Location, $"clause {clauseId}: \"verification\" is required");
            return null;
        }

        var map = YamlMap.From(clause.File, node, errors, "verification", "method", "text", "due");
        var method = map?.Enum<VerificationMethod>("method", required: true);
        var text = map?.String("text", required: true);
        var due = map?.Enum<EvidenceDue>("due", required: false);
        return method is null || text is null ? null : new Verification(method.Value, text, due);
    }

    // Clause text is keyed by language so the same clause can later be rendered in other languages;
    // a plain text is English, and English is always required.
    private ImmutableDictionary<string, string>? ReadLocalized(YamlMap map, string key)
    {
        var node = map.Node(key);
        switch (node)
        {
            case null:
                errors.Add(map.Location, $"\"{key}\" is required");
                return null;
            case YamlScalarNode { Value: { } text }:
                return ImmutableDictionary<string, string>.Empty.Add("en", text.Trim());
            case YamlMappingNode languages:
                var result = languages.Children.ToImmutableDictionary(
                    pair => YamlMap.Scalar(pair.Key) ?? "",
                    pair => YamlMap.Scalar(pair.Value)?.Trim() ?? "");
                if (!result.ContainsKey("en"))
                {
                    errors.Add(map.At(node), $"\"{key}\" needs an English (en) text");
                    return null;
                }

                return result;
            default:
                errors.Add(map.At(node), $"\"{key}\" must be a text or a mapping of language tags to texts");
                return null;
        }
    }
}
