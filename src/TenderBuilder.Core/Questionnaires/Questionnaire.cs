using System.Collections.Frozen;
using System.Collections.Immutable;

namespace TenderBuilder.Core.Questionnaires;

/// <summary>The questions officers are asked, in order, by section.</summary>
public sealed class Questionnaire
{
    private readonly FrozenDictionary<string, Question> _byId;

    /// <summary>Creates a questionnaire; ids must be unique (the loader checks that first).</summary>
    public Questionnaire(ImmutableArray<Section> sections)
    {
        Sections = sections;
        Questions = [.. sections.SelectMany(section => section.Questions)];
        _byId = Questions.ToFrozenDictionary(question => question.Id, StringComparer.Ordinal);
    }

    /// <summary>The language of its words (the catalogue's), in which conditions on it are explained.</summary>
    public string Language { get; init; } = Input.DocumentLanguages.English;

    /// <summary>The sections in order.</summary>
    public ImmutableArray<Section> Sections { get; }

    /// <summary>Every question in order.</summary>
    public ImmutableArray<Question> Questions { get; }

    /// <summary>The question with this id, or null.</summary>
    public Question? Find(string id) => _byId.GetValueOrDefault(id);
}
