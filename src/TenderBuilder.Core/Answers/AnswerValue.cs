using System.Collections.Immutable;
using System.Globalization;

namespace TenderBuilder.Core.Answers;

/// <summary>
/// A typed answer (or parameter value): what an officer chose, after it was checked against the
/// question. One small closed set of shapes, so conditions and parameters never parse strings.
/// </summary>
public abstract record AnswerValue
{
    private AnswerValue()
    {
    }

    /// <summary>The value as an officer reads it (options by their value; labels are the questionnaire's job).</summary>
    public abstract string Display { get; }

    /// <summary>A yes/no answer.</summary>
    public sealed record Flag(bool Value) : AnswerValue
    {
        /// <inheritdoc />
        public override string Display => Value ? "yes" : "no";
    }

    /// <summary>One option of a single-choice question, or an enum parameter value.</summary>
    public sealed record Choice(string Value) : AnswerValue
    {
        /// <inheritdoc />
        public override string Display => Value;
    }

    /// <summary>The options chosen in a multiple-choice question.</summary>
    public sealed record Choices(ImmutableArray<string> Values) : AnswerValue
    {
        /// <inheritdoc />
        public override string Display => Values.IsEmpty ? "none" : string.Join(", ", Values);

        /// <inheritdoc />
        public bool Equals(Choices? other) => other is not null && Values.SequenceEqual(other.Values);

        /// <inheritdoc />
        public override int GetHashCode() => Values.Aggregate(0, (hash, value) => HashCode.Combine(hash, value));
    }

    /// <summary>A number, percentage or amount of money.</summary>
    public sealed record Number(decimal Value) : AnswerValue
    {
        /// <inheritdoc />
        public override string Display => Value.ToString("0.##########", CultureInfo.InvariantCulture);
    }

    /// <summary>A calendar date.</summary>
    public sealed record Date(DateOnly Value) : AnswerValue
    {
        /// <inheritdoc />
        public override string Display => Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>A time of day.</summary>
    public sealed record Time(TimeOnly Value) : AnswerValue
    {
        /// <inheritdoc />
        public override string Display => Value.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>Free text.</summary>
    public sealed record Text(string Value) : AnswerValue
    {
        /// <inheritdoc />
        public override string Display => Value;
    }
}
