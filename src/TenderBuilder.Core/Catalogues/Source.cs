namespace TenderBuilder.Core.Catalogues;

/// <summary>What kind of document a source is; only law can make a clause mandatory.</summary>
public enum SourceType
{
    /// <summary>EU law: a regulation, directive or delegated act.</summary>
    Law,

    /// <summary>A standard or protocol specification.</summary>
    Standard,

    /// <summary>Official guidance (STF, Commission Q&amp;A).</summary>
    Guidance,

    /// <summary>What authorities, operators or other countries do.</summary>
    Practice,

    /// <summary>TenderBuilder's own synthesis (the V2G readiness ladder).</summary>
    Synthesis,
}

/// <summary>A document clauses and questions cite.</summary>
public sealed record Source(string Id, string Title, string Short, SourceType Type, Uri? Url)
{
    /// <summary>
    /// The legal regime the source is law for (<c>regime:</c> in sources.yaml), or null for a source
    /// cited whatever the procurement model: a citation of it is dropped from a tender under another
    /// regime, so a concession never cites Directive 2014/24/EU (docs/legal-framing.md).
    /// </summary>
    public Framing.LegalRegime? Regime { get; init; }
}
