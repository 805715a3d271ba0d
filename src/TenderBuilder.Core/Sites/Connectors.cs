using System.Collections.Frozen;

namespace TenderBuilder.Core.Sites;

/// <summary>A connector a charging point offers.</summary>
public enum Connector
{
    /// <summary>A Type 2 socket (the driver brings the cable).</summary>
    Type2Socket,

    /// <summary>A Type 2 connector on a fixed (tethered) cable.</summary>
    Type2Cable,

    /// <summary>A CCS Combo 2 connector, on a fixed cable.</summary>
    Ccs2,

    /// <summary>A CHAdeMO connector, on a fixed cable.</summary>
    Chademo,
}

/// <summary>The codes connectors have in a TenderInput and a sites CSV file.</summary>
public static class Connectors
{
    private static readonly FrozenDictionary<string, Connector> s_byCode = new Dictionary<string, Connector>
    {
        ["type2_socket"] = Connector.Type2Socket,
        ["type2_cable"] = Connector.Type2Cable,
        ["ccs2"] = Connector.Ccs2,
        ["chademo"] = Connector.Chademo,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every code, in the order the enum lists the connectors.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. s_byCode.OrderBy(pair => pair.Value).Select(pair => pair.Key)];

    /// <summary>The connector of a code, or null when the code is not one.</summary>
    public static Connector? Of(string code) => s_byCode.TryGetValue(code, out var connector) ? connector : null;

    /// <summary>The code of a connector.</summary>
    public static string CodeOf(Connector connector) => s_byCode.First(pair => pair.Value == connector).Key;
}
