using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Questionnaires;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TenderBuilder.Core.Catalogs.Loading;

/// <summary>Turns the catalogue's YAML files into a checked <see cref="Catalogue"/>, or lists every mistake.</summary>
internal sealed partial class CatalogueReader(IReadOnlyList<CatalogueFile> files)
{
    private const string CatalogueFileName = "catalogue.yaml";
    private const string SourcesFileName = "sources.yaml";
    private const string QuestionsFileName = "questions.yaml";
    private const string ClausesFolder = "clauses/";

    private readonly LoadErrors _errors = new();
    private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);
    private List<string> _topicOrder = [];
    private SourceLocation _topicOrderLocation = new(CatalogueFileName, 1);

    public Catalogue Read()
    {
        var catalogue = Document(CatalogueFileName) is { } root ? ReadCatalogueFile(root) : null;
        if (Document(SourcesFileName) is { } sources)
        {
            ReadSources(sources);
        }

        var questionnaire = Document(QuestionsFileName) is { } questions ? ReadQuestions(questions) : new Questionnaire([]);
        var topics = ImmutableArray.CreateBuilder<Topic>();
        var clauses = ImmutableArray.CreateBuilder<Clause>();
        foreach (var file in files.Where(f => f.Path.StartsWith(ClausesFolder, StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (Parse(file) is { } node)
            {
                ReadClauses(file.Path, node, questionnaire, topics, clauses);
            }
        }

        CheckUnique(clauses.Select(c => (c.Id, c.Location)), "clause");
        var (orderedTopics, orderedClauses) = Order(topics.ToImmutable(), clauses.ToImmutable());
        if (catalogue is { } read)
        {
            CheckEvolution(read.Evolution, questionnaire, clauses);
        }

        if (_errors.Any)
        {
            throw new CatalogueLoadException(_errors.Messages);
        }

        return new Catalogue(catalogue!.Value.Version, questionnaire, [.. _sources.Values], orderedTopics, orderedClauses, catalogue.Value.Evolution);
    }

    // Topics appear in documents in the order catalogue.yaml gives; every topic must be listed once.
    private (ImmutableArray<Topic> Topics, ImmutableArray<Clause> Clauses) Order(ImmutableArray<Topic> topics, ImmutableArray<Clause> clauses)
    {
        // Named by file, so a file that failed to parse is not reported a second time here.
        var known = files.Where(f => f.Path.StartsWith(ClausesFolder, StringComparison.Ordinal))
            .Select(f => f.Path[ClausesFolder.Length..].Replace(".yaml", "", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var missing in known.Where(id => !_topicOrder.Contains(id)))
        {
            _errors.Add(_topicOrderLocation, $"topic \"{missing}\" is not listed under topics");
        }

        foreach (var unknown in _topicOrder.Where(id => !known.Contains(id)))
        {
            _errors.Add(_topicOrderLocation, $"topics lists \"{unknown}\", which has no clauses file");
        }

        int Rank(string topic) => _topicOrder.IndexOf(topic) is var i and >= 0 ? i : int.MaxValue;
        return ([.. topics.OrderBy(t => Rank(t.Id))], [.. clauses.Select((c, i) => (c, i)).OrderBy(x => Rank(x.c.Topic)).ThenBy(x => x.i).Select(x => x.c)]);
    }

    private (string File, YamlNode Root)? Document(string path)
    {
        var file = files.FirstOrDefault(f => f.Path == path);
        if (file is null)
        {
            _errors.Add(new SourceLocation(path, 0), "the file is missing");
            return null;
        }

        return Parse(file) is { } node ? (path, node) : null;
    }

    private YamlNode? Parse(CatalogueFile file)
    {
        try
        {
            // Limits first: the document model below expands aliases before anything could stop it.
            BoundedYaml.Check(file.Text, YamlLimits.Catalogue);
            var stream = new YamlStream();
            stream.Load(new StringReader(file.Text));
            if (stream.Documents.Count == 1)
            {
                return stream.Documents[0].RootNode;
            }

            _errors.Add(new SourceLocation(file.Path, 1), "the file must hold exactly one YAML document");
        }
        catch (BoundedYamlException e)
        {
            _errors.Add(new SourceLocation(file.Path, e.Line ?? 1), e.Line is null ? e.Message : e.Message[(e.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..]);
        }
        catch (YamlException e)
        {
            _errors.Add(new SourceLocation(file.Path, (int)e.Start.Line), $"not valid YAML: {e.Message}");
        }

        return null;
    }

    private (string Version, CatalogueEvolution Evolution)? ReadCatalogueFile((string File, YamlNode Root) document)
    {
        var map = YamlMap.From(document.File, document.Root, _errors, "catalogue.yaml", "version", "topics", "renamed", "retired");
        var version = map?.String("version", required: true);
        if (map is null || version is null)
        {
            return null;
        }

        if (!VersionPattern().IsMatch(version))
        {
            _errors.Add(map.Location, $"version \"{version}\" must look like 2026.11.0");
        }

        ImmutableArray<RenamedId> Renamed(YamlMap? group, string key) =>
        [
            .. (group?.Sequence(key) ?? []).Select(node => YamlMap.From(map.File, node, _errors, "a renamed id", "from", "to", "since"))
                .OfType<YamlMap>()
                .Select(m => new RenamedId(m.String("from", true) ?? "", m.String("to", true) ?? "", m.String("since", true) ?? "")),
        ];

        ImmutableArray<RetiredId> Retired(YamlMap? group, string key) =>
        [
            .. (group?.Sequence(key) ?? []).Select(node => YamlMap.From(map.File, node, _errors, "a retired id", "id", "since", "reason"))
                .OfType<YamlMap>()
                .Select(m => new RetiredId(m.String("id", true) ?? "", m.String("since", true) ?? "", m.String("reason", true) ?? "")),
        ];

        var renamed = map.Node("renamed") is { } r ? YamlMap.From(map.File, r, _errors, "renamed", "questions", "clauses") : null;
        var retired = map.Node("retired") is { } t ? YamlMap.From(map.File, t, _errors, "retired", "questions", "clauses") : null;
        _topicOrder = [.. map.Sequence("topics").Select(YamlMap.Scalar).OfType<string>()];
        _topicOrderLocation = map.Node("topics") is { } topicsNode ? map.At(topicsNode) : map.Location;
        return (version, new CatalogueEvolution(
            Renamed(renamed, "questions"), Renamed(renamed, "clauses"), Retired(retired, "questions"), Retired(retired, "clauses")));
    }

    private void ReadSources((string File, YamlNode Root) document)
    {
        var root = YamlMap.From(document.File, document.Root, _errors, "sources.yaml", "sources");
        foreach (var node in root?.Sequence("sources", required: true) ?? [])
        {
            var map = YamlMap.From(document.File, node, _errors, "a source", "id", "title", "short", "type", "url");
            var id = map?.String("id", required: true);
            if (map is null || id is null)
            {
                continue;
            }

            CheckId(map, id, KebabId(), "source id", "kebab-case, e.g. afir or da-2025-656");
            var url = map.String("url");
            Uri? uri = null;
            if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out uri))
            {
                _errors.Add(map.Location, $"source {id}: \"{url}\" is not an absolute URL");
            }

            var source = new Source(
                id,
                map.String("title", required: true) ?? id,
                map.String("short", required: true) ?? id,
                map.Enum<SourceType>("type", required: true) ?? SourceType.Guidance,
                uri);
            if (!_sources.TryAdd(id, source))
            {
                _errors.Add(map.Location, $"source id \"{id}\" is used twice");
            }
        }
    }

    private Questionnaire ReadQuestions((string File, YamlNode Root) document)
    {
        var file = document.File;
        var root = YamlMap.From(file, document.Root, _errors, "questions.yaml", "sections");
        var sections = new List<(string Id, string Title, string? Intro, SourceLocation Location, List<(Question Question, YamlNode? VisibleWhen)> Questions)>();
        var known = new Dictionary<string, Question>(StringComparer.Ordinal);
        foreach (var sectionNode in root?.Sequence("sections", required: true) ?? [])
        {
            var sectionMap = YamlMap.From(file, sectionNode, _errors, "a section", "id", "title", "intro", "questions");
            var sectionId = sectionMap?.String("id", required: true);
            if (sectionMap is null || sectionId is null)
            {
                continue;
            }

            CheckId(sectionMap, sectionId, SnakeId(), "section id", "snake_case, e.g. grid");
            var questions = new List<(Question, YamlNode?)>();
            foreach (var questionNode in sectionMap.Sequence("questions", required: true))
            {
                if (ReadQuestion(file, sectionId, questionNode) is { } read)
                {
                    if (!known.TryAdd(read.Question.Id, read.Question))
                    {
                        _errors.Add(read.Question.Location, $"question id \"{read.Question.Id}\" is used twice");
                    }

                    questions.Add(read);
                }
            }

            sections.Add((sectionId, sectionMap.String("title", required: true) ?? sectionId, sectionMap.String("intro"), sectionMap.Location, questions));
        }

        CheckUnique(sections.Select(s => (s.Id, s.Location)), "section");

        // Visibility may only depend on earlier questions: the wizard resolves answers top-down,
        // and no cycle can arise.
        var earlier = new Dictionary<string, Question>(StringComparer.Ordinal);
        var built = ImmutableArray.CreateBuilder<Section>();
        foreach (var section in sections)
        {
            var sectionQuestions = ImmutableArray.CreateBuilder<Question>();
            foreach (var (question, visibleWhen) in section.Questions)
            {
                var withCondition = visibleWhen is null
                    ? question
                    : question with { VisibleWhen = new ConditionReader(file, _errors, earlier.GetValueOrDefault).Read(visibleWhen) };
                earlier[question.Id] = withCondition;
                sectionQuestions.Add(withCondition);
            }

            built.Add(new Section(section.Id, section.Title, section.Intro, sectionQuestions.ToImmutable(), section.Location));
        }

        return new Questionnaire(built.ToImmutable());
    }

    private (Question Question, YamlNode? VisibleWhen)? ReadQuestion(string file, string sectionId, YamlNode node)
    {
        var map = YamlMap.From(file, node, _errors, "a question",
            "id", "type", "label", "help", "why", "whySources", "required", "default", "defaultSource", "options",
            "unit", "min", "max", "integer", "maxLength", "multiline", "visibleWhen", "field", "refusal");
        var id = map?.String("id", required: true);
        var type = map?.Enum<QuestionType>("type", required: true);
        if (map is null || id is null || type is null)
        {
            return null;
        }

        if (!id.StartsWith(sectionId + ".", StringComparison.Ordinal) || !SnakeId().IsMatch(id[(sectionId.Length + 1)..]))
        {
            _errors.Add(map.Location, $"question id \"{id}\" must be \"{sectionId}.<snake_case>\"");
        }

        var options = ImmutableArray.CreateBuilder<ChoiceOption>();
        foreach (var optionNode in map.Sequence("options", required: type is QuestionType.SingleChoice or QuestionType.MultipleChoice))
        {
            var option = YamlMap.From(file, optionNode, _errors, "an option", "value", "label", "help");
            if (option?.String("value", required: true) is { } value)
            {
                options.Add(new ChoiceOption(value, option.String("label", required: true) ?? value, option.String("help")));
            }
        }

        if (options.Select(o => o.Value).Distinct(StringComparer.Ordinal).Count() != options.Count)
        {
            _errors.Add(map.Location, $"question {id} has the same option value twice");
        }

        var question = new Question
        {
            Id = id,
            SectionId = sectionId,
            Type = type.Value,
            Label = map.String("label", required: true) ?? id,
            Help = map.String("help"),
            Why = map.String("why"),
            WhySources = ReadCitations(map, "whySources"),
            Required = map.Bool("required"),
            Options = options.ToImmutable(),
            Unit = map.String("unit"),
            Min = type == QuestionType.Date ? null : map.Decimal("min"),
            Max = type == QuestionType.Date ? null : map.Decimal("max"),
            MinDate = type == QuestionType.Date ? map.Date("min") : null,
            MaxDate = type == QuestionType.Date ? map.Date("max") : null,
            Integer = map.Bool("integer"),
            MaxLength = (int)(map.Decimal("maxLength") ?? Question.DefaultMaxLength),
            Multiline = map.Bool("multiline"),
            Field = map.String("field"),
            Refusal = map.String("refusal"),
            Location = map.Location,
        };

        if (question.Field is { } field)
        {
            if (!TenderFields.All.TryGetValue(field, out var fieldType))
            {
                _errors.Add(map.Location, $"question {id}: \"{field}\" is not a field of the tender block; use one of: {string.Join(", ", TenderFields.All.Keys)}");
            }
            else if (fieldType != question.Type)
            {
                _errors.Add(map.Location, $"question {id}: field {field} holds {fieldType} answers, not {question.Type}");
            }
        }

        if (map.Node("default") is { } defaultNode)
        {
            question = question with
            {
                Default = ValueReader.ForQuestion(question, defaultNode, file, _errors),
                DefaultSource = ReadCitation(map, "defaultSource"),
            };
            if (question.DefaultSource is null)
            {
                _errors.Add(map.At(defaultNode), $"question {id}: a default needs a defaultSource (give a default only where a source supports it)");
            }
        }
        else if (map.Node("defaultSource") is { } orphan)
        {
            _errors.Add(map.At(orphan), $"question {id}: defaultSource without a default");
        }

        return (question, map.Node("visibleWhen"));
    }

    private void ReadClauses(string path, YamlNode node, Questionnaire questionnaire, ImmutableArray<Topic>.Builder topics, ImmutableArray<Clause>.Builder clauses)
    {
        var root = YamlMap.From(path, node, _errors, "a clauses file", "topic", "title", "clauses");
        var topicId = root?.String("topic", required: true);
        if (root is null || topicId is null)
        {
            return;
        }

        var expected = path[ClausesFolder.Length..].Replace(".yaml", "", StringComparison.Ordinal);
        if (topicId != expected)
        {
            _errors.Add(root.Location, $"topic \"{topicId}\" must equal the file name \"{expected}\"");
        }

        topics.Add(new Topic(topicId, root.String("title", required: true) ?? topicId, root.Location));
        foreach (var clauseNode in root.Sequence("clauses", required: true))
        {
            if (ReadClause(path, topicId, clauseNode, questionnaire) is { } clause)
            {
                clauses.Add(clause);
            }
        }
    }

    private Clause? ReadClause(string file, string topic, YamlNode node, Questionnaire questionnaire)
    {
        var map = YamlMap.From(file, node, _errors, "a clause",
            "id", "kb", "kind", "deliverable", "strength", "title", "text", "parameters", "verification", "when", "sources");
        var id = map?.String("id", required: true);
        if (map is null || id is null)
        {
            return null;
        }

        if (!id.StartsWith(topic + ".", StringComparison.Ordinal) || !KebabId().IsMatch(id[(topic.Length + 1)..]))
        {
            _errors.Add(map.Location, $"clause id \"{id}\" must be \"{topic}.<kebab-case>\"");
        }

        var kind = map.Enum<ClauseKind>("kind", required: true);
        var deliverable = map.Enum<Deliverable>("deliverable", required: true);
        var strength = map.Enum<Strength>("strength", required: true);
        var title = ReadLocalized(map, "title");
        var text = ReadLocalized(map, "text");
        var parameters = map.Sequence("parameters").Select(p => ReadParameter(file, id, p, questionnaire)).OfType<ClauseParameter>().ToImmutableArray();
        var verification = ReadVerification(map, id);
        var sources = ReadCitations(map, "sources");
        var when = map.Node("when") is { } whenNode ? new ConditionReader(file, _errors, questionnaire.Find).Read(whenNode) : null;
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
            Parameters = parameters,
            Verification = verification,
            When = when,
            Sources = sources,
            Location = map.Location,
        };
        CheckClause(clause);
        return clause;
    }

    private void CheckClause(Clause clause)
    {
        var location = clause.Location;
        var fits = clause.Kind switch
        {
            ClauseKind.SelectionCriterion or ClauseKind.AwardCriterion => clause.Deliverable == Deliverable.Criteria,
            ClauseKind.TechnicalSpecification => clause.Deliverable is Deliverable.Specification or Deliverable.Notice,
            _ => clause.Deliverable == Deliverable.Contract,
        };
        if (!fits)
        {
            _errors.Add(location, $"clause {clause.Id}: a {YamlMap.CamelCase(clause.Kind.ToString())} does not belong in the {YamlMap.CamelCase(clause.Deliverable.ToString())} deliverable");
        }

        if (clause.Sources.IsEmpty)
        {
            _errors.Add(location, $"clause {clause.Id} cites no source");
        }

        if (clause.Strength == Strength.Mandatory
            && !clause.Sources.Any(c => c.Status == VerificationStatus.Verified && _sources.GetValueOrDefault(c.SourceId)?.Type == SourceType.Law))
        {
            _errors.Add(location, $"clause {clause.Id} is mandatory but cites no verified legal source; make it recommended or cite the verified law");
        }

        if (clause.Kind == ClauseKind.AwardCriterion && !clause.Parameters.Any(p => p.Name == "weight" && p.Type == ParameterType.Percentage))
        {
            _errors.Add(location, $"award criterion {clause.Id} needs a \"weight\" parameter of type percentage");
        }

        foreach (var (language, text) in clause.Text)
        {
            var placeholders = Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            foreach (var missing in placeholders.Where(p => clause.Parameters.All(parameter => parameter.Name != p)))
            {
                _errors.Add(location, $"clause {clause.Id} ({language}): {{{missing}}} has no parameter");
            }

            foreach (var unused in clause.Parameters.Where(p => !placeholders.Contains(p.Name)))
            {
                _errors.Add(location, $"clause {clause.Id} ({language}): parameter {unused.Name} does not appear in the text");
            }
        }
    }

    private ClauseParameter? ReadParameter(string file, string clauseId, YamlNode node, Questionnaire questionnaire)
    {
        var map = YamlMap.From(file, node, _errors, "a parameter",
            "name", "type", "label", "unit", "min", "max", "options", "default", "defaultSource", "fromAnswer");
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
        };

        if (map.Node("default") is { } defaultNode)
        {
            var value = ValueReader.ForParameter(parameter.Type, defaultNode);
            var problem = value is null ? $"is not {parameter.Expected}" : parameter.Check(value);
            if (problem is not null)
            {
                _errors.Add(map.At(defaultNode), $"clause {clauseId}, parameter {name}: the default {problem}");
            }

            parameter = parameter with { Default = problem is null ? value : null, DefaultSource = ReadCitation(map, "defaultSource") };
            if (parameter.DefaultSource is null)
            {
                _errors.Add(map.At(defaultNode), $"clause {clauseId}, parameter {name}: a default needs a defaultSource; without a source, leave the value to the authority");
            }
        }

        if (parameter.FromAnswer is { } questionId)
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
                _errors.Add(map.Location, $"clause {clauseId}, parameter {name}: fromAnswer names the question \"{questionId}\", which does not exist");
            }
            else if (!compatible)
            {
                _errors.Add(map.Location, $"clause {clauseId}, parameter {name}: a {question.Type} answer cannot fill a {parameter.Type} parameter");
            }
        }

        return parameter;
    }

    private Verification? ReadVerification(YamlMap clause, string clauseId)
    {
        if (clause.Node("verification") is not { } node)
        {
            _errors.Add(clause.Location, $"clause {clauseId}: \"verification\" is required");
            return null;
        }

        var map = YamlMap.From(clause.File, node, _errors, "verification", "method", "text");
        var method = map?.Enum<VerificationMethod>("method", required: true);
        var text = map?.String("text", required: true);
        return method is null || text is null ? null : new Verification(method.Value, text);
    }

    private ImmutableDictionary<string, string>? ReadLocalized(YamlMap map, string key)
    {
        var node = map.Node(key);
        switch (node)
        {
            case null:
                _errors.Add(map.Location, $"\"{key}\" is required");
                return null;
            case YamlScalarNode { Value: { } text }:
                return ImmutableDictionary<string, string>.Empty.Add("en", text.Trim());
            case YamlMappingNode languages:
                var result = languages.Children.ToImmutableDictionary(
                    pair => YamlMap.Scalar(pair.Key) ?? "",
                    pair => YamlMap.Scalar(pair.Value)?.Trim() ?? "");
                if (!result.ContainsKey("en"))
                {
                    _errors.Add(map.At(node), $"\"{key}\" needs an English (en) text");
                    return null;
                }

                return result;
            default:
                _errors.Add(map.At(node), $"\"{key}\" must be a text or a mapping of language tags to texts");
                return null;
        }
    }

    private ImmutableArray<Citation> ReadCitations(YamlMap map, string key) =>
        [.. map.Sequence(key).Select(node => ReadCitationNode(map.File, node)).OfType<Citation>()];

    private Citation? ReadCitation(YamlMap map, string key) =>
        map.Node(key) is { } node ? ReadCitationNode(map.File, node) : null;

    private Citation? ReadCitationNode(string file, YamlNode node)
    {
        var map = YamlMap.From(file, node, _errors, "a citation", "source", "locator", "verified");
        var source = map?.String("source", required: true);
        var locator = map?.String("locator", required: true);
        if (map is null || source is null || locator is null)
        {
            return null;
        }

        if (!_sources.ContainsKey(source))
        {
            _errors.Add(map.Location, $"the source \"{source}\" is not in sources.yaml");
        }

        var verified = map.String("verified");
        if (verified is not null && !VerifiedSection().IsMatch(verified))
        {
            _errors.Add(map.Location, $"verified \"{verified}\" must name a section of verified-facts.md, e.g. \"§1.6\"");
        }

        return new Citation(source, locator, verified);
    }

    private void CheckEvolution(CatalogueEvolution evolution, Questionnaire questionnaire, IEnumerable<Clause> clauses)
    {
        var clauseIds = clauses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var location = new SourceLocation(CatalogueFileName, 1);
        foreach (var renamed in evolution.RenamedQuestions.Where(r => questionnaire.Find(r.To) is null))
        {
            _errors.Add(location, $"renamed question {renamed.From} → {renamed.To}: {renamed.To} does not exist");
        }

        foreach (var renamed in evolution.RenamedClauses.Where(r => !clauseIds.Contains(r.To)))
        {
            _errors.Add(location, $"renamed clause {renamed.From} → {renamed.To}: {renamed.To} does not exist");
        }

        foreach (var retired in evolution.RetiredQuestions.Where(r => questionnaire.Find(r.Id) is not null))
        {
            _errors.Add(location, $"retired question {retired.Id} is still in the questionnaire");
        }

        foreach (var retired in evolution.RetiredClauses.Where(r => clauseIds.Contains(r.Id)))
        {
            _errors.Add(location, $"retired clause {retired.Id} is still in the catalogue");
        }
    }

    private void CheckId(YamlMap map, string id, Regex pattern, string what, string expected)
    {
        if (!pattern.IsMatch(id))
        {
            _errors.Add(map.Location, $"{what} \"{id}\" must be {expected}");
        }
    }

    private void CheckUnique(IEnumerable<(string Id, SourceLocation Location)> items, string what)
    {
        foreach (var duplicate in items.GroupBy(item => item.Id).Where(group => group.Count() > 1))
        {
            _errors.Add(duplicate.Skip(1).First().Location, $"{what} id \"{duplicate.Key}\" is used twice (first at {duplicate.First().Location})");
        }
    }

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex KebabId();

    [GeneratedRegex(@"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")]
    private static partial Regex SnakeId();

    [GeneratedRegex(@"^\d{4}\.\d{1,2}\.\d+$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^§\d+(\.\d+)*$")]
    private static partial Regex VerifiedSection();

    [GeneratedRegex(@"\{([a-z][a-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
