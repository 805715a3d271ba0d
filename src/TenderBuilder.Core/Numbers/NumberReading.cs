namespace TenderBuilder.Core.Numbers;

/// <summary>What a typed number turned out to be: a value, two possible values, nothing, or not a number.</summary>
public abstract record NumberReading
{
    private NumberReading()
    {
    }

    /// <summary>Nothing typed: the answer is cleared.</summary>
    public sealed record Empty : NumberReading;

    /// <summary>One clear value.</summary>
    public sealed record Value(decimal Number) : NumberReading;

    /// <summary>
    /// A single separator followed by exactly three digits ("1.234", "1,234"): a thousands separator
    /// in one reading, a decimal separator in the other. Both are given so the officer can choose;
    /// <see cref="Grouped"/> reads the separator as thousands (1234), <see cref="Fraction"/> as a
    /// decimal (1.234).
    /// </summary>
    public sealed record Ambiguous(decimal Grouped, decimal Fraction) : NumberReading;

    /// <summary>Not a number; <see cref="Reason"/> says why in words that follow the field's name ("has two decimal separators").</summary>
    public sealed record Invalid(string Reason) : NumberReading;
}
