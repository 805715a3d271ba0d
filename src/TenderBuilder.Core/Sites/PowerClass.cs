using System.Collections.Immutable;

namespace TenderBuilder.Core.Sites;

/// <summary>The seven power categories of AFIR Annex III (verified-facts §9.15), lowest power first, AC then DC.</summary>
public enum PowerClass
{
    /// <summary>AC, less than 7.4 kW.</summary>
    AcBelow7_4,

    /// <summary>AC, 7.4 kW or more and 22 kW or less.</summary>
    Ac7_4To22,

    /// <summary>AC, more than 22 kW.</summary>
    AcAbove22,

    /// <summary>DC, less than 50 kW.</summary>
    DcBelow50,

    /// <summary>DC, 50 kW or more and less than 150 kW.</summary>
    Dc50To150,

    /// <summary>DC, 150 kW or more and less than 350 kW.</summary>
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

    /// <summary>
    /// The class's id in the catalogue (a clause's <c>scope: { powerClasses: [...] }</c>): the count
    /// question's id without <c>sites.points_</c>, e.g. <c>dc_50_150</c>.
    /// </summary>
    public static string Id(PowerClass powerClass) => QuestionId(powerClass)["sites.points_".Length..];

    /// <summary>The class with a catalogue id, or null when no class has it.</summary>
    public static PowerClass? FromId(string id) => All.Cast<PowerClass?>().FirstOrDefault(c => Id(c!.Value) == id);

    /// <summary><c>ac</c> or <c>dc</c>, as a point group writes its current.</summary>
    public static string Current(PowerClass powerClass) => IsDc(powerClass) ? "dc" : "ac";

    /// <summary>
    /// The class in the one wording every document, scope sentence and question uses, with AFIR
    /// Annex III's boundaries said exactly: "DC, 50 kW or more and less than 150 kW".
    /// </summary>
    public static string Describe(PowerClass powerClass) => $"{Current(powerClass).ToUpperInvariant()}, {Bounds(powerClass)}";

    /// <summary>
    /// The class's power range alone, which bound it includes said in words ("50 kW or more and
    /// less than 150 kW"): the questions that count the points end with it.
    /// </summary>
    public static string Bounds(PowerClass powerClass) => powerClass switch
    {
        PowerClass.AcBelow7_4 => "less than 7.4 kW",
        PowerClass.Ac7_4To22 => "7.4 kW or more and 22 kW or less",
        PowerClass.AcAbove22 => "more than 22 kW",
        PowerClass.DcBelow50 => "less than 50 kW",
        PowerClass.Dc50To150 => "50 kW or more and less than 150 kW",
        PowerClass.Dc150To350 => "150 kW or more and less than 350 kW",
        PowerClass.Dc350AndAbove => "350 kW or more",
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
