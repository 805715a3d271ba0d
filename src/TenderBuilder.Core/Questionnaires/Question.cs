using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Conditions;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Core.Questionnaires;

/// <summary>One question of the questionnaire, as written in its section's file, questions/&lt;section&gt;.yaml.</summary>
public sealed record Question
{
    /// <summary>The default text limit for text answers.</summary>
    public const int DefaultMaxLength = 2000;

    /// <summary>Stable id, <c>section.name</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The section it belongs to.</summary>
    public required string SectionId { get; init; }

    /// <summary>The answer shape.</summary>
    public required QuestionType Type { get; init; }

    /// <summary>The question as the officer reads it.</summary>
    public required string Label { get; init; }

    /// <summary>What to answer, in plain words.</summary>
    public string? Help { get; init; }

    /// <summary>Why we ask: what the answer changes.</summary>
    public string? Why { get; init; }

    /// <summary>Sources behind <see cref="Why"/>.</summary>
    public ImmutableArray<Citation> WhySources { get; init; } = [];

    /// <summary>Whether the tender cannot be built without an answer.</summary>
    public bool Required { get; init; }

    /// <summary>A source-backed first choice, or null.</summary>
    public AnswerValue? Default { get; init; }

    /// <summary>The source supporting <see cref="Default"/>.</summary>
    public Citation? DefaultSource { get; init; }

    /// <summary>Options of choice questions.</summary>
    public ImmutableArray<ChoiceOption> Options { get; init; } = [];

    /// <summary>The unit shown with number answers.</summary>
    public string? Unit { get; init; }

    /// <summary>Lowest accepted number.</summary>
    public decimal? Min { get; init; }

    /// <summary>Highest accepted number.</summary>
    public decimal? Max { get; init; }

    /// <summary>Where an answer is believable (a warning outside), or null.</summary>
    public PlausibleRange? Plausible { get; init; }

    /// <summary>Whether a number must be whole.</summary>
    public bool Integer { get; init; }

    /// <summary>Earliest accepted date.</summary>
    public DateOnly? MinDate { get; init; }

    /// <summary>Latest accepted date.</summary>
    public DateOnly? MaxDate { get; init; }

    /// <summary>Longest accepted text.</summary>
    public int MaxLength { get; init; } = DefaultMaxLength;

    /// <summary>Whether the text answer is a paragraph rather than a line.</summary>
    public bool Multiline { get; init; }

    /// <summary>
    /// For text questions: the kind of value the text must be (a web address, an e-mail address, a
    /// telephone number, a NUTS 3 code), checked when the answer is read; null = any text.
    /// </summary>
    public TextFormat? Format { get; init; }

    /// <summary>
    /// For choice questions: the message when an answer is not an option, with <c>{value}</c>
    /// for the answer (e.g. why only EU and EEA countries are supported); null = the generic one.
    /// </summary>
    public string? Refusal { get; init; }

    /// <summary>
    /// What a yes, a no, or (for numbers, dates and text) an answer says, as part of a sentence
    /// that starts "Included because …"; choices keep theirs on their options. Read by
    /// <see cref="Conditions.Reasons"/>, so the memo, the wizard and the catalogue browser
    /// give the same reasons.
    /// </summary>
    public QuestionReasons Reasons { get; init; } = QuestionReasons.None;

    /// <summary>When the question is shown; null = always.</summary>
    public Condition? VisibleWhen { get; init; }

    /// <summary>For tender metadata: the field of the TenderInput's <c>tender</c> block holding the answer.</summary>
    public string? Field { get; init; }

    /// <summary>
    /// What the answer is worked out from instead of being asked (<see cref="Sites.DerivedAnswers"/>),
    /// or null for a question the officer answers.
    /// </summary>
    public Sites.DerivedFrom? DerivedFrom { get; init; }

    /// <summary>
    /// Why the answer legitimately changes nothing bidders read (it only sets the memo, decides
    /// which other questions are asked, feeds the open data, …), in plain words; null for a
    /// question whose answer reaches the bidders' documents, as every answer should.
    /// </summary>
    public string? Informational { get; init; }

    /// <summary>The language of its words (the catalogue's), in which its answers are described too.</summary>
    public string Language { get; init; } = Input.DocumentLanguages.English;

    /// <summary>Where the question is written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>
    /// Where the answer lives in the TenderInput, as findings name it: <c>/tender/authority/name</c>
    /// for tender details, <c>/answers/grid.congestion</c> for the rest.
    /// </summary>
    public string InputPath => Field is { } bound ? "/tender/" + bound.Replace('.', '/') : "/answers/" + Id;

    /// <summary>The label of an option, or the value itself when it is not an option.</summary>
    public string OptionLabel(string value) =>
        Options.FirstOrDefault(option => option.Value == value)?.Label ?? value;

    /// <summary>An answer in words: option labels, units.</summary>
    public string Describe(AnswerValue value) => value switch
    {
        AnswerValue.Choice choice => OptionLabel(choice.Value),
        AnswerValue.Choices choices when !choices.Values.IsEmpty => string.Join(", ", choices.Values.Select(OptionLabel)),
        AnswerValue.Number number when Type == QuestionType.Percentage => Words.ValueText.Number(number.Value, Language) + " %",
        // An amount reads grouped, as the documents print money ("1,500,000").
        AnswerValue.Number number when Type == QuestionType.Money => Words.ValueText.Money(number.Value, Language),
        AnswerValue.Number number when Unit is not null => $"{Words.ValueText.Number(number.Value, Language)} {Unit}",
        _ => Words.ValueText.Of(value, Language),
    };

    /// <summary>
    /// Reads a raw answer into this question's shape, or says in words what is wrong with it.
    /// </summary>
    /// <param name="raw">The answer as the input file has it.</param>
    /// <param name="say">The language of the words; English when null.</param>
    public AnswerReadResult Read(JsonElement raw, Say? say = null)
    {
        say ??= English;
        return Type switch
        {
            QuestionType.YesNo => raw.ValueKind switch
            {
                JsonValueKind.True => AnswerReadResult.Ok(new AnswerValue.Flag(true)),
                JsonValueKind.False => AnswerReadResult.Ok(new AnswerValue.Flag(false)),
                _ => Wrong(raw, say.Words.ExpectedYesNo, say),
            },
            QuestionType.SingleChoice => raw.ValueKind == JsonValueKind.String
                ? CheckOption(raw.GetString()!, say) is { } problem
                    ? AnswerReadResult.Fail(problem)
                    : AnswerReadResult.Ok(new AnswerValue.Choice(raw.GetString()!))
                : Wrong(raw, say.Message(say.Words.ExpectedOneOf, OptionList()), say),
            QuestionType.MultipleChoice => ReadChoices(raw, say),
            QuestionType.Number or QuestionType.Percentage or QuestionType.Money => ReadNumber(raw, say),
            QuestionType.Date => ReadDate(raw, say),
            QuestionType.Text => ReadText(raw, say),
            QuestionType.Time => ReadTime(raw, say),
            _ => throw new InvalidOperationException($"Unknown question type {Type}."),
        };
    }

    /// <summary>Checks a value already in shape (a default, a condition value) against options and ranges, in English (the catalogue's load errors).</summary>
    public string? Check(AnswerValue value) => (Type, value) switch
    {
        (QuestionType.YesNo, AnswerValue.Flag) => null,
        (QuestionType.SingleChoice, AnswerValue.Choice choice) => CheckOption(choice.Value, English),
        (QuestionType.MultipleChoice, AnswerValue.Choices choices) => choices.Values.Select(v => CheckOption(v, English)).FirstOrDefault(p => p is not null),
        (QuestionType.Number or QuestionType.Percentage or QuestionType.Money, AnswerValue.Number number) => CheckRange(number.Value, English),
        (QuestionType.Date, AnswerValue.Date date) => CheckDate(date.Value, English),
        (QuestionType.Text, AnswerValue.Text text) => text.Value.Length > MaxLength ? $"is longer than {MaxLength} characters" : CheckFormat(text.Value, English),
        (QuestionType.Time, AnswerValue.Time) => null,
        _ => $"is not {Expected()}",
    };

    /// <summary>What an answer of this question looks like, in words.</summary>
    /// <param name="say">The language of the words; English when null.</param>
    public string Expected(Say? say = null)
    {
        say ??= English;
        return Type switch
        {
            QuestionType.YesNo => say.Words.ExpectedYesNo,
            QuestionType.SingleChoice => say.Message(say.Words.ExpectedOneOf, OptionList()),
            QuestionType.MultipleChoice => say.Message(say.Words.ExpectedListOf, OptionList()),
            QuestionType.Number => Unit is null ? say.Words.ExpectedNumber : say.Message(say.Words.ExpectedNumberIn, Unit),
            QuestionType.Percentage => say.Words.ExpectedPercentage,
            QuestionType.Money => say.Words.ExpectedMoney,
            QuestionType.Date => say.Words.ExpectedDate,
            QuestionType.Time => say.Words.ExpectedTime,
            _ => say.Words.ExpectedText,
        };
    }

    // The words of the catalogue's own checks and of callers that name no language.
    private static Say English => new(Input.DocumentLanguages.English);

    private string OptionList() => string.Join(", ", Options.Select(option => option.Value));

    private string? CheckOption(string value, Say say) =>
        Options.Any(option => option.Value == value) ? null
        : Refusal is { } refusal ? refusal.Replace("{value}", value, StringComparison.Ordinal).TrimEnd('.')
        : say.Message(say.Words.NotAnOption, value, OptionList());

    private AnswerReadResult ReadChoices(JsonElement raw, Say say)
    {
        if (raw.ValueKind != JsonValueKind.Array || raw.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            return Wrong(raw, say.Message(say.Words.ExpectedListOf, OptionList()), say);
        }

        var values = raw.EnumerateArray().Select(item => item.GetString()!).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var problem = values.Select(v => CheckOption(v, say)).FirstOrDefault(p => p is not null);
        return problem is null ? AnswerReadResult.Ok(new AnswerValue.Choices(values)) : AnswerReadResult.Fail(problem);
    }

    private AnswerReadResult ReadNumber(JsonElement raw, Say say)
    {
        if (raw.ValueKind != JsonValueKind.Number || !raw.TryGetDecimal(out var number))
        {
            return Wrong(raw, Expected(say), say);
        }

        var problem = CheckRange(number, say);
        return problem is null ? AnswerReadResult.Ok(new AnswerValue.Number(number)) : AnswerReadResult.Fail(problem);
    }

    private string? CheckRange(decimal number, Say say)
    {
        var unit = Type == QuestionType.Percentage ? " %" : Unit is null ? "" : " " + Unit;
        var min = Min ?? (Type == QuestionType.Percentage ? 0 : null);
        var max = Max ?? (Type == QuestionType.Percentage ? 100 : null);
        if (min is { } low && number < low)
        {
            return say.Message(say.Words.BelowMinimum, Shown(number, say) + unit, Shown(low, say) + unit);
        }

        if (max is { } high && number > high)
        {
            return say.Message(say.Words.AboveMaximum, Shown(number, say) + unit, Shown(high, say) + unit);
        }

        return Integer && number != decimal.Truncate(number) ? say.Message(say.Words.NotWhole, Shown(number, say)) : null;
    }

    private AnswerReadResult ReadDate(JsonElement raw, Say say)
    {
        if (raw.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(raw.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Wrong(raw, Expected(say), say);
        }

        var problem = CheckDate(date, say);
        return problem is null ? AnswerReadResult.Ok(new AnswerValue.Date(date)) : AnswerReadResult.Fail(problem);
    }

    private string? CheckDate(DateOnly date, Say say) =>
        date < MinDate ? say.Message(say.Words.DateBefore, say.Date(date), say.Date(MinDate!.Value))
        : date > MaxDate ? say.Message(say.Words.DateAfter, say.Date(date), say.Date(MaxDate!.Value))
        : null;

    private AnswerReadResult ReadText(JsonElement raw, Say say)
    {
        if (raw.ValueKind != JsonValueKind.String)
        {
            return Wrong(raw, say.Words.ExpectedText, say);
        }

        var text = raw.GetString()!;
        return text.Length > MaxLength
            ? AnswerReadResult.Fail(say.Message(say.Words.TextTooLong, say.Number(text.Length, "N0"), say.Number(MaxLength, "N0")))
            : CheckFormat(text, say) is { } problem ? AnswerReadResult.Fail(problem)
            : AnswerReadResult.Ok(new AnswerValue.Text(text));
    }

    // A value of a kind the EU notice checks (its business terms' patterns and code lists) is
    // refused with what it should look like, so the officer fixes it before the notice is sent.
    private string? CheckFormat(string text, Say say) => Format is not { } format || TextFormats.Fits(format, text) ? null : format switch
    {
        TextFormat.Url => say.Message(say.Words.NotAWebAddress, Shorten(text)),
        TextFormat.Email => say.Message(say.Words.NotAnEmailAddress, Shorten(text)),
        TextFormat.Phone => say.Message(say.Words.NotAPhoneNumber, Shorten(text)),
        _ => say.Message(say.Words.NotANutsCode, Shorten(text)),
    };

    // A time is stored HH:mm; a typed "14.00" or "9:30" is read too, so an input file written by hand is not refused for it.
    private AnswerReadResult ReadTime(JsonElement raw, Say say) =>
        raw.ValueKind == JsonValueKind.String && Text.TimeOfDay.TryParse(raw.GetString(), out var time)
            ? AnswerReadResult.Ok(new AnswerValue.Time(time))
            : Wrong(raw, Expected(say), say);

    private static string Shown(decimal number, Say say) => say.Number(number, "0.##########");

    private static AnswerReadResult Wrong(JsonElement raw, string expected, Say say)
    {
        var shown = raw.ValueKind == JsonValueKind.String ? $"\"{Shorten(raw.GetString()!)}\"" : Shorten(raw.GetRawText());
        return AnswerReadResult.Fail(say.Message(say.Words.ValueIsNot, shown, expected));
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}

/// <summary>The outcome of reading a raw answer: a value, or what is wrong with it.</summary>
public readonly record struct AnswerReadResult(AnswerValue? Value, string? Problem)
{
    /// <summary>A well-formed answer.</summary>
    public static AnswerReadResult Ok(AnswerValue value) => new(value, null);

    /// <summary>A malformed answer.</summary>
    public static AnswerReadResult Fail(string problem) => new(null, problem);
}
