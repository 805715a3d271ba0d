using TenderBuilder.Core.Catalogues;

namespace TenderBuilder.Core.Consistency;

/// <summary>EU procurement thresholds in euro, excluding VAT, for a period.</summary>
/// <param name="From">First day they apply.</param>
/// <param name="To">Last day they apply.</param>
/// <param name="WorksAndConcessions">Works contracts (Dir. 2014/24 Art. 4(a)) and concessions (Dir. 2014/23 Art. 8(1)).</param>
/// <param name="CentralSuppliesServices">Supplies and services of central government authorities.</param>
/// <param name="SubCentralSuppliesServices">Supplies and services of sub-central authorities, such as cities.</param>
public sealed record EuThresholds(DateOnly From, DateOnly To, decimal WorksAndConcessions, decimal CentralSuppliesServices, decimal SubCentralSuppliesServices)
{
    /// <summary>
    /// The periods TenderBuilder knows. 2026–27 from Delegated Regulations (EU) 2025/2151 and
    /// 2025/2152, which replaced the 2024–25 figures (verified-facts §3.16).
    /// </summary>
    public static IReadOnlyList<EuThresholds> Known { get; } =
    [
        new(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31), 5_538_000m, 143_000m, 221_000m),
        new(new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31), 5_404_000m, 140_000m, 216_000m),
    ];

    /// <summary>The citations behind the figures.</summary>
    public static IReadOnlyList<Citation> Sources { get; } =
    [
        new("dr-2025-2151", "Art. 1", "§3.16"),
        new("dr-2025-2152", "Art. 1", "§3.16"),
    ];

    /// <summary>The thresholds in force on a date, or null when TenderBuilder does not know them.</summary>
    public static EuThresholds? On(DateOnly date) => Known.FirstOrDefault(t => t.From <= date && date <= t.To);

    /// <summary>The threshold a tender of a regime is measured against: works and concessions, else supplies and services for a central or sub-central authority.</summary>
    public decimal For(Framing.LegalRegime regime, bool centralGovernment) =>
        regime == Framing.LegalRegime.Concession ? WorksAndConcessions
        : centralGovernment ? CentralSuppliesServices
        : SubCentralSuppliesServices;
}
