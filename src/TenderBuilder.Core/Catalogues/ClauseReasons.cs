namespace TenderBuilder.Core.Catalogues;

/// <summary>
/// A clause's own reason for its condition, read after "because" before the answers that decided
/// it: "Included because the authority pays nothing it could set penalties off against (the tender
/// is a concession …)".
/// </summary>
/// <param name="Included">Why the clause is in when its condition holds.</param>
/// <param name="Excluded">Why it is left out when its condition does not hold.</param>
public sealed record ClauseReasons(string? Included, string? Excluded);
