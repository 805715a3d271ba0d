using MudBlazor;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Web.Components.Shared;

/// <summary>How a term looks on a chip: its words, and a colour and an icon that repeat them for the eye.</summary>
/// <param name="Text">The words shown.</param>
/// <param name="Title">The tooltip's help, or null.</param>
/// <param name="Color">The chip's colour; never the only sign, the words always say it too.</param>
/// <param name="Icon">The chip's icon.</param>
/// <param name="CssClass">A class that names the value, for styles and tests.</param>
internal sealed record Badge(string Text, string? Title, Color Color, string Icon, string CssClass = "");

/// <summary>
/// The chips for clause terms, alike on the catalogue page and in the wizard. The words come from
/// the vocabulary; this type only adds colour and icon.
/// </summary>
internal static class Badges
{
    private static Vocabulary Words => TenderBuilder.Web.Hosting.InterfaceLanguages.Vocabulary;

    /// <summary>Mandatory stands out (red, a gavel): it is the law and cannot be removed.</summary>
    public static Badge Strength(Strength strength) => new(
        Words.Label(strength),
        Words.Of(strength).Help,
        strength switch
        {
            Core.Catalogues.Strength.Mandatory => Color.Error,
            Core.Catalogues.Strength.Recommended => Color.Primary,
            _ => Color.Default,
        },
        strength switch
        {
            Core.Catalogues.Strength.Mandatory => Icons.Material.Filled.Gavel,
            Core.Catalogues.Strength.Recommended => Icons.Material.Filled.ThumbUp,
            _ => Icons.Material.Outlined.ToggleOff,
        });

    /// <summary>A clause kind with an icon of what it assesses.</summary>
    public static Badge Kind(ClauseKind kind) => new(
        Words.Label(kind),
        Words.Of(kind).Help,
        Color.Secondary,
        kind switch
        {
            ClauseKind.SelectionCriterion => Icons.Material.Outlined.Badge,
            ClauseKind.TechnicalSpecification => Icons.Material.Outlined.Settings,
            ClauseKind.AwardCriterion => Icons.Material.Outlined.EmojiEvents,
            _ => Icons.Material.Outlined.Assignment,
        });

    /// <summary>
    /// A source's verification status: "verified" with a tick, "to verify" with a question mark,
    /// and what that means for the officer as help.
    /// </summary>
    public static Badge Status(VerificationStatus status) => Status(status, Words.Label(status));

    /// <summary>A citation's status, naming the section of the verified facts that confirms it.</summary>
    public static Badge Status(Citation citation) => Status(citation.Status, Words.Status(citation));

    private static Badge Status(VerificationStatus status, string text) => status == VerificationStatus.Verified
        ? new(text, Words.Of(status).Help, Color.Success, Icons.Material.Filled.Verified, "tb-status-verified")
        : new(text, Words.Of(status).Help, Color.Warning, Icons.Material.Filled.HelpOutline, "tb-status-to-verify");
}
