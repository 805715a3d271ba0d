namespace TenderBuilder.Core.Questionnaires;

/// <summary>The kinds of question the questionnaire asks; each has one answer shape.</summary>
public enum QuestionType
{
    /// <summary>Yes or no.</summary>
    YesNo,

    /// <summary>One option.</summary>
    SingleChoice,

    /// <summary>Any number of options.</summary>
    MultipleChoice,

    /// <summary>A number with a unit and a range.</summary>
    Number,

    /// <summary>A number from 0 to 100.</summary>
    Percentage,

    /// <summary>An amount in the tender's currency.</summary>
    Money,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>Free text.</summary>
    Text,

    /// <summary>A time of day, 24-hour clock, stored as <c>HH:mm</c>.</summary>
    Time,
}
