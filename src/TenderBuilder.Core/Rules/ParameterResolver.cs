using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Core.Rules;

/// <summary>Gives each parameter of a clause its value: the officer's override, else the bound answer, else the default.</summary>
internal static class ParameterResolver
{
    /// <summary>A value nobody set yet, as the clause text prints it in English (the rules section's <c>Unset</c>).</summary>
    public static string Unset => Words.RulesWords.For(DocumentLanguages.English).Unset;

    public static ImmutableArray<ResolvedParameter> Resolve(
        Clause clause, AnswerSet answers, TenderInput input, Func<Citation, SourceReference> cite, ImmutableArray<Finding>.Builder findings)
    {
        var result = ImmutableArray.CreateBuilder<ResolvedParameter>();
        // The catalogue's language, which is the package's: values and messages print in it.
        var language = answers.Language;
        var say = new Say(language);
        foreach (var parameter in clause.Parameters)
        {
            var (value, origin) = (default(AnswerValue), ParameterOrigin.Unset);
            var overrides = input.ParameterOverrides;
            var overrideIndex = FindOverride(overrides, clause.Id, parameter.Name);
            if (overrideIndex >= 0)
            {
                var read = Read(parameter, overrides[overrideIndex].Value);
                var problem = read is null ? say.Message(say.Words.IsNot, parameter.ExpectedIn(say)) : parameter.Check(read, say);
                if (problem is null)
                {
                    (value, origin) = (read, ParameterOrigin.Override);
                }
                else
                {
                    findings.Add(new Finding("input.invalid-override", FindingSeverity.Error,
                        say.Message(say.Words.InputInvalidOverride, clause.Id, parameter.Label, problem), [], $"/parameterOverrides/{overrideIndex}") { ClauseId = clause.Id, ParameterName = parameter.Name });
                }
            }

            if (value is null && parameter.FromAnswer is { } questionId && answers.Answer(questionId) is { } answer)
            {
                var converted = answer is AnswerValue.Choice c && parameter.Type == ParameterType.Enum ? c : answer;
                if (parameter.Check(converted) is null)
                {
                    (value, origin) = (converted, ParameterOrigin.Answer);
                }
            }

            if (value is null && parameter.Default is { } fallback)
            {
                (value, origin) = (fallback, ParameterOrigin.Default);
            }

            // A malformed answer that would set the value is already an error beside its question;
            // a second one saying the value is missing would only repeat it.
            var boundAnswerMalformed = parameter.FromAnswer is { } bound && answers.Has(bound) && answers[bound].Malformed;
            if (value is null && !boundAnswerMalformed)
            {
                findings.Add(new Finding("clause.parameter-unset", FindingSeverity.Error,
                    parameter.FromAnswer is null
                        ? say.Message(say.Words.ClauseParameterUnset, clause.DisplayTitle, parameter.Label)
                        : say.Message(say.Words.ClauseParameterUnsetByAnswer, clause.DisplayTitle, parameter.Label),
                    [], parameter.FromAnswer is { } q ? $"/answers/{q}" : null) { ClauseId = clause.Id, ParameterName = parameter.Name });
            }

            result.Add(new ResolvedParameter(
                parameter.Name,
                parameter.Label,
                value,
                value is null ? Words.RulesWords.For(language).Unset : Show(parameter, value, answers, input.Tender.EstimatedValue.Currency, language),
                origin,
                origin == ParameterOrigin.Default && parameter.DefaultSource is { } source ? cite(source) : null));
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// Fills the placeholders; an option's label placed mid-sentence loses its capital ("report
    /// monthly"), but what the officer typed keeps theirs ("the distribution system operator Stedin").
    /// </summary>
    public static string Render(string text, ImmutableArray<ResolvedParameter> parameters, string language = DocumentLanguages.English)
    {
        foreach (var parameter in parameters)
        {
            var placeholder = "{" + parameter.Name + "}";
            for (var at = text.IndexOf(placeholder, StringComparison.Ordinal); at >= 0; at = text.IndexOf(placeholder, at, StringComparison.Ordinal))
            {
                var value = MidSentence(text, at) && parameter.Value is AnswerValue.Choice ? DocumentLanguages.InRunningText(parameter.Rendered, language) : parameter.Rendered;
                // An answer typed as a sentence ("Stedin.") before the clause's own full stop would print "..".
                var end = at + placeholder.Length;
                if (value.EndsWith('.') && !value.EndsWith("...", StringComparison.Ordinal) && end < text.Length && text[end] == '.')
                {
                    value = value[..^1];
                }

                text = string.Concat(text.AsSpan(0, at), value, text.AsSpan(at + placeholder.Length));
                at += value.Length;
            }
        }

        return text;
    }

    // Options read better as the label the officer chose than as their stored value, whichever
    // way the value was set; money reads with separators and the tender's currency.
    private static string Show(ClauseParameter parameter, AnswerValue value, AnswerSet answers, string? currency, string language) => value switch
    {
        AnswerValue.Choice choice when parameter.FromAnswer is { } question && answers.Has(question) =>
            answers.Question(question).OptionLabel(choice.Value),
        AnswerValue.Number amount when parameter.Type == ParameterType.Money =>
            Words.ValueText.Money(amount.Value, language) + (currency is null ? "" : " " + currency),
        _ => parameter.Render(value, language),
    };

    /// <summary>
    /// Fills a framing token in each of its forms: <c>{token}</c> with the plain word and
    /// <c>{token:dat}</c> (and the other <see cref="Words.FramingWords.Forms"/>) with that form,
    /// from the language's framing words.
    /// </summary>
    internal static string FillToken(string text, string token, Framing.LegalRegime regime, string? language)
    {
        if (!text.Contains("{" + token, StringComparison.Ordinal))
        {
            return text;
        }

        var words = Words.FramingWords.For(language);
        // Only English turns "a" into "an" before a vowel; other languages' articles are part of their words.
        var english = !DocumentLanguages.IsSupported(language) || language == DocumentLanguages.English;
        text = FillWord(text, "{" + token + "}", words.Word(token, regime), english);
        foreach (var form in Words.FramingWords.Forms)
        {
            text = FillWord(text, "{" + token + ":" + form + "}", words.Word(token, regime, form), english);
        }

        return text;
    }

    /// <summary>
    /// Fills every <paramref name="placeholder"/> with a word written lower case, capitalised at the
    /// start of a sentence. In English an "a" just before it becomes "an" when the word starts with a
    /// vowel, so a text can say "a {tender}" whatever the word turns out to be.
    /// </summary>
    internal static string FillWord(string text, string placeholder, string word, bool englishArticle = true)
    {
        for (var at = text.IndexOf(placeholder, StringComparison.Ordinal); at >= 0; at = text.IndexOf(placeholder, at, StringComparison.Ordinal))
        {
            var value = MidSentence(text, at) ? word : char.ToUpperInvariant(word[0]) + word[1..];
            text = string.Concat(text.AsSpan(0, at), value, text.AsSpan(at + placeholder.Length));
            if (englishArticle && "aeiouAEIOU".Contains(value[0], StringComparison.Ordinal) && ArticleBefore(text, at) is { } article)
            {
                text = text.Insert(article + 1, "n");
                at++;
            }

            at += value.Length;
        }

        return text;
    }

    // Where a lone "a" or "A" stands right before the word (one space between), its position.
    private static int? ArticleBefore(string text, int at) =>
        at >= 2 && text[at - 1] == ' ' && text[at - 2] is 'a' or 'A' && (at == 2 || !char.IsLetterOrDigit(text[at - 3])) ? at - 2 : null;

    internal static bool MidSentence(string text, int at)
    {
        var before = text[..at].TrimEnd();
        return before.Length > 0 && before[^1] is not ('.' or ':' or '!' or '?' or '(' or '"' or '“');
    }

    // Only words written with one capital: "Monthly" → "monthly", but "OCPP 2.1" and "EU" stay.

    private static int FindOverride(IReadOnlyList<ParameterOverride> overrides, string clauseId, string name)
    {
        for (var i = overrides.Count - 1; i >= 0; i--)
        {
            if (overrides[i].Clause == clauseId && overrides[i].Parameter == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static AnswerValue? Read(ClauseParameter parameter, JsonElement raw) => parameter.Type switch
    {
        ParameterType.Number or ParameterType.Percentage or ParameterType.Duration or ParameterType.Money =>
            raw.ValueKind == JsonValueKind.Number && raw.TryGetDecimal(out var number) ? new AnswerValue.Number(number) : null,
        ParameterType.Date => raw.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(raw.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new AnswerValue.Date(date) : null,
        ParameterType.Enum => raw.ValueKind == JsonValueKind.String ? new AnswerValue.Choice(raw.GetString()!) : null,
        _ => raw.ValueKind == JsonValueKind.String ? new AnswerValue.Text(raw.GetString()!) : null,
    };
}
