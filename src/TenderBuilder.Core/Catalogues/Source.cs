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
public sealed record Source(string Id, string Title, string Short, SourceType Type, Uri? Url);
