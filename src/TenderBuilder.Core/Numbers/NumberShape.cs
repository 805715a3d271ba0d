namespace TenderBuilder.Core.Numbers;

/// <summary>How a number reads back: a plain count or measure, a percentage, or an amount of money.</summary>
public enum NumberShape
{
    /// <summary>A count or a measure with an optional unit ("12 years").</summary>
    Plain,

    /// <summary>A share out of 100 ("45 %").</summary>
    Percentage,

    /// <summary>An amount in a currency, optionally per unit ("€0.45 per kWh").</summary>
    Money,
}
