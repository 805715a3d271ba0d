using System.Text.Json.Nodes;

namespace TenderBuilder.Core.Input;

/// <summary>
/// Brings a TenderInput written in an earlier schema version to the current one, on the JSON, before
/// it is read: stored drafts, templates, exported files and the command line's files of every
/// earlier version open unchanged in meaning (ADR 0012).
/// </summary>
public static class TenderInputUpgrade
{
    /// <summary>The oldest version that can be upgraded.</summary>
    public const int OldestReadable = 1;

    /// <summary>Whether a version can be read (upgraded if it is older than the current one).</summary>
    public static bool CanRead(decimal version) =>
        version == decimal.Truncate(version) && version >= OldestReadable && version <= TenderInput.CurrentSchemaVersion;

    /// <summary>
    /// Upgrades a document in place. A document without <c>schemaVersion</c> is taken as the oldest
    /// readable one: each step only removes or moves what its version no longer holds, so applying it
    /// to a current document changes nothing.
    /// </summary>
    /// <returns>The version the document was written in.</returns>
    public static int Apply(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var version = document["schemaVersion"] is JsonValue value && value.TryGetValue<decimal>(out var number) && CanRead(number)
            ? (int)number
            : OldestReadable;
        if (version < 2)
        {
            FromVersion1(document);
        }

        document["schemaVersion"] = TenderInput.CurrentSchemaVersion;
        return version;
    }

    // Version 1 said "divided into lots: yes/no" beside the list of lots; version 2 has only the
    // list, and two lots or more mean divided. A "yes" without lots had nothing a bidder could read,
    // so it becomes one contract, and the questionnaire asks for the lots or the reason again.
    private static void FromVersion1(JsonObject document)
    {
        if (document["tender"] is JsonObject tender && tender["lots"] is JsonObject lots)
        {
            lots.Remove("divided");
        }
    }
}
