namespace TenderBuilder.Core.Templates;

/// <summary>Who may start drafts from a template (its own organisation always may, and only it changes the template).</summary>
public enum TemplateSharing
{
    /// <summary>Only the owner's organisation.</summary>
    Private,

    /// <summary>Every organisation of this installation.</summary>
    AllOrganisations,

    /// <summary>The organisations the owner names (a region and its municipalities).</summary>
    NamedOrganisations,
}
