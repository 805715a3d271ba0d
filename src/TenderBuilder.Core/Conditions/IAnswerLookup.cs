using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Questionnaires;

namespace TenderBuilder.Core.Conditions;

/// <summary>What conditions read: the answer to a question, if it is answered and visible.</summary>
public interface IAnswerLookup
{
    /// <summary>The question with this id (conditions are checked against the questionnaire at load).</summary>
    Question Question(string questionId);

    /// <summary>The active answer, or null when the question is unanswered or hidden.</summary>
    AnswerValue? Answer(string questionId);

    /// <summary>Whether the question is asked at all (visible); a hidden one does not apply to the tender.</summary>
    bool Asked(string questionId) => true;
}
