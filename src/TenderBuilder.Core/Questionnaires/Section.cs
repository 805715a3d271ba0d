using System.Collections.Immutable;
using TenderBuilder.Core.Catalogues;

namespace TenderBuilder.Core.Questionnaires;

/// <summary>A section of the questionnaire: one wizard step.</summary>
public sealed record Section(string Id, string Title, string? Intro, ImmutableArray<Question> Questions, SourceLocation Location);
