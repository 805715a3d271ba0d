namespace TenderBuilder.Core.Questionnaires;

/// <summary>
/// The authored reason phrases of a question that is not a choice (a choice's are on its
/// options): what a yes and a no say, or a phrase with <c>{answer}</c> for a number, date or
/// text. Each reads after "because", in lower case: "the grid is congested where the sites are".
/// </summary>
/// <param name="Yes">For a yes/no question: what a yes says.</param>
/// <param name="No">For a yes/no question: what a no says.</param>
/// <param name="Answer">
/// For a number, date or text: the phrase with <c>{answer}</c> where the answer goes
/// ("the contract runs for {answer}"); the catalogue browser puts the tested range there
/// ("more than 10 years").
/// </param>
/// <param name="Unanswered">
/// What leaving the question open means, where that is a choice in itself ("you set no smaller
/// number, so every AC point"); null reads "there is no answer to …".
/// </param>
public sealed record QuestionReasons(string? Yes, string? No, string? Answer, string? Unanswered = null)
{
    /// <summary>No phrases: the question decides no clause.</summary>
    public static QuestionReasons None { get; } = new(null, null, null);

    /// <summary>Where the answer goes in <see cref="Answer"/>.</summary>
    public const string AnswerToken = "{answer}";
}
