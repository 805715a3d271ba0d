using System.Collections.Immutable;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Sites;
using YamlDotNet.RepresentationModel;

namespace TenderBuilder.Core.Catalogues.Loading;

/// <summary>
/// Reads the questions/&lt;section&gt;.yaml files, one section each, into the questionnaire: sections,
/// questions, options, defaults and visibility.
/// </summary>
internal sealed class QuestionReader(LoadErrors errors, CitationReader citations, string language = DocumentLanguages.English)
{
    /// <param name="documents">The section files in the wizard's order.</param>
    public Questionnaire Read(IEnumerable<CatalogueDocument> documents)
    {
        var sections = new List<SectionDraft>();
        var known = new Dictionary<string, Question>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (ReadSection(document, known) is { } section)
            {
                sections.Add(section);
            }
        }

        IdRules.CheckUnique(errors, sections.Select(s => (s.Id, s.Location)), "section");

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
                    : question with { VisibleWhen = new ConditionReader(section.File, errors, earlier.GetValueOrDefault).Read(visibleWhen) };
                earlier[question.Id] = withCondition;
                sectionQuestions.Add(withCondition);
            }

            built.Add(new Section(section.Id, section.Title, section.Intro, sectionQuestions.ToImmutable(), section.Location));
        }

        return new Questionnaire(built.ToImmutable()) { Language = language };
    }

    private SectionDraft? ReadSection(CatalogueDocument document, Dictionary<string, Question> known)
    {
        var file = document.File;
        var map = YamlMap.From(file, document.Root, errors, "a questions file", "section", "title", "intro", "questions");
        var sectionId = map?.String("section", required: true);
        if (map is null || sectionId is null)
        {
            return null;
        }

        IdRules.Check(errors, map, sectionId, IdRules.Snake(), "section id", "snake_case, e.g. grid");
        var expected = CataloguePaths.SectionOf(file);
        if (sectionId != expected)
        {
            errors.Add(map.Location, $"section \"{sectionId}\" must equal the file name \"{expected}\"");
        }

        var questions = new List<QuestionDraft>();
        foreach (var questionNode in map.Sequence("questions", required: true))
        {
            if (ReadQuestion(file, sectionId, questionNode) is { } read)
            {
                if (!known.TryAdd(read.Question.Id, read.Question))
                {
                    errors.Add(read.Question.Location, $"question id \"{read.Question.Id}\" is used twice");
                }

                questions.Add(read);
            }
        }

        return new SectionDraft(file, sectionId, map.String("title", required: true) ?? sectionId, map.String("intro"), map.Location, questions);
    }

    private QuestionDraft? ReadQuestion(string file, string sectionId, YamlNode node)
    {
        var map = YamlMap.From(file, node, errors, "a question",
            "id", "type", "label", "help", "why", "whySources", "required", "default", "defaultSource", "options",
            "unit", "min", "max", "integer", "maxLength", "multiline", "visibleWhen", "field", "refusal", "derivedFrom", "reasons", "reason", "reasonUnanswered", "informational", "plausible", "format");
        var id = map?.String("id", required: true);
        var type = map?.Enum<QuestionType>("type", required: true);
        if (map is null || id is null || type is null)
        {
            return null;
        }

        if (!id.StartsWith(sectionId + ".", StringComparison.Ordinal) || !IdRules.Snake().IsMatch(id[(sectionId.Length + 1)..]))
        {
            errors.Add(map.Location, $"question id \"{id}\" must be \"{sectionId}.<snake_case>\"");
        }

        var options = ImmutableArray.CreateBuilder<ChoiceOption>();
        foreach (var optionNode in map.Sequence("options", required: type is QuestionType.SingleChoice or QuestionType.MultipleChoice))
        {
            var option = YamlMap.From(file, optionNode, errors, "an option", "value", "label", "help", "reason", "reasonNot");
            if (option?.String("value", required: true) is { } value)
            {
                options.Add(new ChoiceOption(value, option.String("label", required: true) ?? value, option.String("help"))
                {
                    Reason = option.String("reason"),
                    ReasonNot = option.String("reasonNot"),
                });
            }
        }

        if (options.Select(o => o.Value).Distinct(StringComparer.Ordinal).Count() != options.Count)
        {
            errors.Add(map.Location, $"question {id} has the same option value twice");
        }

        var question = new Question
        {
            Language = language,
            Id = id,
            SectionId = sectionId,
            Type = type.Value,
            Label = map.String("label", required: true) ?? id,
            Help = map.String("help"),
            Why = map.String("why"),
            WhySources = citations.ReadAll(map, "whySources"),
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
            Format = map.Enum<TextFormat>("format"),
            Field = map.String("field"),
            Refusal = map.String("refusal"),
            DerivedFrom = map.Enum<DerivedFrom>("derivedFrom"),
            Reasons = ReadReasons(map, id, type.Value) with { Unanswered = map.String("reasonUnanswered") },
            Informational = map.String("informational"),
            Location = map.Location,
        };

        question = question with { Plausible = ReadPlausible(map, question) };
        CheckField(map, question);
        if (question.Format is not null && question.Type != QuestionType.Text)
        {
            errors.Add(map.At(map.Node("format")!), $"question {id}: `format:` is for text questions, not {question.Type}");
        }

        CheckDerived(map, question);
        if (map.Node("informational") is { } reason && string.IsNullOrWhiteSpace(question.Informational))
        {
            errors.Add(map.At(reason), $"question {id}: informational needs the reason, in plain words, why the answer changes nothing bidders read");
        }

        if (map.Node("default") is { } defaultNode)
        {
            question = question with
            {
                Default = ValueReader.ForQuestion(question, defaultNode, file, errors),
                DefaultSource = citations.ReadOne(map, "defaultSource"),
            };
            if (question.DefaultSource is null)
            {
                errors.Add(map.At(defaultNode), $"question {id}: a default needs a defaultSource (give a default only where a source supports it)");
            }
        }
        else if (map.Node("defaultSource") is { } orphan)
        {
            errors.Add(map.At(orphan), $"question {id}: defaultSource without a default");
        }

        return new QuestionDraft(question, map.Node("visibleWhen"));
    }

    // A yes/no question says what each answer means in `reasons: { yes, no }`; a number, date or
    // text in `reason:` with {answer}; a choice on its options. The other shape is a mistake.
    private QuestionReasons ReadReasons(YamlMap map, string id, QuestionType type)
    {
        if (map.Node("reasons") is { } node)
        {
            if (type != QuestionType.YesNo)
            {
                errors.Add(map.At(node), $"question {id}: `reasons: {{ yes, no }}` is for yes/no questions; a {type} question gives `reason:` with {QuestionReasons.AnswerToken}, a choice gives a reason on each option");
                return QuestionReasons.None;
            }

            var pair = YamlMap.From(map.File, node, errors, "the reasons of a yes/no question", "yes", "no");
            return new QuestionReasons(pair?.String("yes", required: true), pair?.String("no", required: true), null);
        }

        if (map.String("reason") is not { } phrase)
        {
            return QuestionReasons.None;
        }

        if (type is QuestionType.YesNo or QuestionType.SingleChoice or QuestionType.MultipleChoice)
        {
            errors.Add(map.At(map.Node("reason")!), $"question {id}: `reason:` with {QuestionReasons.AnswerToken} is for numbers, dates and text; a yes/no question gives `reasons: {{ yes, no }}`, a choice a reason on each option");
            return QuestionReasons.None;
        }

        if (!phrase.Contains(QuestionReasons.AnswerToken, StringComparison.Ordinal))
        {
            errors.Add(map.At(map.Node("reason")!), $"question {id}: the reason needs {QuestionReasons.AnswerToken} where the answer goes");
        }

        return new QuestionReasons(null, null, phrase);
    }

    // `plausible:` marks where an answer stops being believable: min/max for numbers, maxYearsAhead
    // for dates, always with the reason the warning gives. It must lie inside the accepted range,
    // or the warning could never show.
    private PlausibleRange? ReadPlausible(YamlMap map, Question question)
    {
        if (map.Node("plausible") is not { } node)
        {
            return null;
        }

        var id = question.Id;
        var range = YamlMap.From(map.File, node, errors, $"the plausible range of {id}", "min", "max", "maxYearsAhead", "reason");
        if (range is null)
        {
            return null;
        }

        var reason = range.String("reason", required: true);
        var isNumber = question.Type is QuestionType.Number or QuestionType.Percentage or QuestionType.Money;
        var (min, max, years) = (range.Decimal("min"), range.Decimal("max"), range.Decimal("maxYearsAhead"));
        if (!isNumber && question.Type != QuestionType.Date)
        {
            errors.Add(map.At(node), $"question {id}: `plausible:` is for number, percentage, money and date questions, not {question.Type}");
            return null;
        }

        if (isNumber && (years is not null || (min is null && max is null)))
        {
            errors.Add(map.At(node), $"question {id}: a number's plausible range gives min, max or both (maxYearsAhead is for dates)");
            return null;
        }

        if (question.Type == QuestionType.Date && (min is not null || max is not null || years is null))
        {
            errors.Add(map.At(node), $"question {id}: a date's plausible range gives maxYearsAhead (min and max are for numbers)");
            return null;
        }

        if (years is { } y && (y < 1 || y != decimal.Truncate(y)))
        {
            errors.Add(range.At(range.Node("maxYearsAhead")!), $"question {id}: maxYearsAhead must be a whole number of years, at least 1, not {y}");
            return null;
        }

        if (min > max)
        {
            errors.Add(map.At(node), $"question {id}: the plausible min {min} is above the plausible max {max}");
            return null;
        }

        if (min < question.Min || max > question.Max || min > question.Max || max < question.Min)
        {
            errors.Add(map.At(node), $"question {id}: the plausible range must lie inside the accepted range ({question.Min?.ToString() ?? "no minimum"} to {question.Max?.ToString() ?? "no maximum"})");
            return null;
        }

        return reason is null ? null : new PlausibleRange(min, max, years is { } whole ? (int)whole : null, reason);
    }

    // A question that fills a field of the tender block must give answers of the type that field holds.
    private void CheckField(YamlMap map, Question question)
    {
        if (question.Field is not { } field)
        {
            return;
        }

        if (!TenderFields.All.TryGetValue(field, out var fieldType))
        {
            errors.Add(map.Location, $"question {question.Id}: \"{field}\" is not a field of the tender block; use one of: {string.Join(", ", TenderFields.All.Keys)}");
        }
        else if (fieldType != question.Type)
        {
            errors.Add(map.Location, $"question {question.Id}: field {field} holds {fieldType} answers, not {question.Type}");
        }
    }

    // A derived question is worked out in code (DerivedAnswers), so the file may only mark the
    // questions the code knows how to work out, from what the code works them out from.
    private void CheckDerived(YamlMap map, Question question)
    {
        if (question.DerivedFrom is not { } from)
        {
            return;
        }

        if (!DerivedAnswers.Questions.TryGetValue(question.Id, out var known) || known != from)
        {
            errors.Add(map.Location, $"question {question.Id}: TenderBuilder cannot work it out from the {from.ToString().ToLowerInvariant()}; derived questions are: {string.Join(", ", DerivedAnswers.Questions.Select(p => $"{p.Key} (from {p.Value.ToString().ToLowerInvariant()})"))}");
        }
        else if (question.Field is not null || map.Node("default") is not null)
        {
            errors.Add(map.Location, $"question {question.Id}: a derived question has no field and no default");
        }
    }

    // Visibility conditions are read in a second pass, against the questions before them, so they wait as nodes.
    private sealed record QuestionDraft(Question Question, YamlNode? VisibleWhen);

    private sealed record SectionDraft(string File, string Id, string Title, string? Intro, SourceLocation Location, List<QuestionDraft> Questions);
}
