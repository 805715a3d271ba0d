using System.Collections.Immutable;

namespace TenderBuilder.Core.Sites;

/// <summary>The seven power categories of AFIR Annex III (verified-facts §9.15), lowest power first, AC then DC.</summary>
public enum PowerClass
{
    /// <summary>AC below 7.4 kW.</summary>
    AcBelow7_4,

    /// <summary>AC from 7.4 kW to 22 kW.</summary>
    Ac7_4To22,

    /// <summary>AC above 22 kW.</summary>
    AcAbove22,

    /// <summary>DC below 50 kW.</summary>
    DcBelow50,

    /// <summary>DC from 50 kW to below 150 kW.</summary>
    Dc50To150,

    /// <summary>DC from 150 kW to below 350 kW.</summary>
    Dc150To350,

    /// <summary>DC of 350 kW or more.</summary>
    Dc350AndAbove,
}

/// <summary>Which class a point is in, and which question of the "Sites and charging points" section counts it.</summary>
public static class PowerClasses
{
    /// <summary>All seven, in order.</summary>
    public static ImmutableArray<PowerClass> All { get; } = [.. Enum.GetValues<PowerClass>()];

    /// <summary>The question that counts the class's points when no sites are listed.</summary>
    public static string QuestionId(PowerClass powerClass) => powerClass switch
    {
        PowerClass.AcBelow7_4 => "sites.points_ac_under_7_4",
        PowerClass.Ac7_4To22 => "sites.points_ac_7_4_22",
        PowerClass.AcAbove22 => "sites.points_ac_over_22",
        PowerClass.DcBelow50 => "sites.points_dc_under_50",
        PowerClass.Dc50To150 => "sites.points_dc_50_150",
        PowerClass.Dc150To350 => "sites.points_dc_150_350",
        PowerClass.Dc350AndAbove => "sites.points_dc_350_plus",
        _ => throw new ArgumentOutOfRangeException(nameof(powerClass), powerClass, null),
    };

    /// <summary>Whether the class is of direct current.</summary>
    public static bool IsDc(PowerClass powerClass) => powerClass >= PowerClass.DcBelow50;

    /// <summary>The class of a point, or null when its current or power is missing or not positive.</summary>
    /// <remarks>
    /// The Annex writes "AC 7.4–22 kW" beside "AC &gt; 22 kW", so 22 kW is in the middle AC class; and
    /// "DC 50–150", "150–350" beside "DC ≥ 350 kW", so each DC class includes its lower bound and a point
    /// of exactly 150 kW is in 150–350.
    /// </remarks>
    public static PowerClass? Of(string? current, decimal? ratedKw) => (current, ratedKw) switch
    {
        (_, null or <= 0) => null,
        ("ac", < 7.4m) => PowerClass.AcBelow7_4,
        ("ac", <= 22m) => PowerClass.Ac7_4To22,
        ("ac", _) => PowerClass.AcAbove22,
        ("dc", < 50m) => PowerClass.DcBelow50,
        ("dc", < 150m) => PowerClass.Dc50To150,
        ("dc", < 350m) => PowerClass.Dc150To350,
        ("dc", _) => PowerClass.Dc350AndAbove,
        _ => null,
    };
}
