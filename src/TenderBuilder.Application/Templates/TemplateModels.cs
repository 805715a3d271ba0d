using System.Collections.Immutable;
using Microsoft.Extensions.Localization;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Templates;
using TenderBuilder.Data.Templates;

namespace TenderBuilder.Application.Templates;

/// <summary>A template in the list.</summary>
public sealed record TemplateSummary(
    Guid Id, string Name, string Description, string OwnerName, bool IsOwn, TemplateSharing Sharing, int Version, int Locks, DateTime UpdatedAtUtc);

/// <summary>A template opened: its current version's content and locks, and every version.</summary>
public sealed record TemplateDetails(
    Guid Id,
    string Name,
    string Description,
    string OwnerName,
    bool IsOwn,
    TemplateSharing Sharing,
    IReadOnlyList<OrganisationChoice> SharedWith,
    long Revision,
    int Version,
    TenderInput Input,
    TenderPackage Package,
    ImmutableArray<TemplateLock> Locks,
    IReadOnlyList<TemplateVersionSummary> Versions)
{
    /// <summary>Changes of name, description and sharing, newest first; empty for others than the owner.</summary>
    public IReadOnlyList<TemplateChangeSummary> Changes { get; init; } = [];
}

/// <summary>One version in a template's history.</summary>
public sealed record TemplateVersionSummary(int Number, string Note, string CreatedBy, DateTime CreatedAtUtc);

/// <summary>One change of a template's name, description or sharing.</summary>
public sealed record TemplateChangeSummary(string Note, string ChangedBy, DateTime ChangedAtUtc);

/// <summary>An organisation to share with.</summary>
public sealed record OrganisationChoice(Guid Id, string Name);

/// <summary>A template's name, description and sharing, as a form fills them.</summary>
public sealed class TemplateForm
{
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public TemplateSharing Sharing { get; set; } = TemplateSharing.Private;

    public IReadOnlyCollection<Guid> SharedWith { get; set; } = [];

    /// <summary>The form trimmed, or the first problem, naming its field.</summary>
    /// <param name="words">The templates' words (Resources/Templates/TemplatesService.resx), in the interface language.</param>
    /// <exception cref="TemplateFormException">A field is missing or too long.</exception>
    public TemplateForm Validate(IStringLocalizer<TemplatesService> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var name = (Name ?? "").Trim();
        var description = (Description ?? "").Trim();
        if (name.Length == 0)
        {
            throw new TemplateFormException(TemplateFormField.Name, words["NameMissing"].Value);
        }

        if (name.Length > TenderTemplate.NameMaxLength)
        {
            throw new TemplateFormException(TemplateFormField.Name, words["NameTooLong", TenderTemplate.NameMaxLength].Value);
        }

        if (description.Length > TenderTemplate.DescriptionMaxLength)
        {
            throw new TemplateFormException(TemplateFormField.Description, words["DescriptionTooLong", TenderTemplate.DescriptionMaxLength].Value);
        }

        if (Sharing == TemplateSharing.NamedOrganisations && SharedWith.Count == 0)
        {
            throw new TemplateFormException(TemplateFormField.SharedWith, words["ChooseOrganisation"].Value);
        }

        return new TemplateForm { Name = name, Description = description, Sharing = Sharing, SharedWith = SharedWith };
    }
}

/// <summary>There is no such template for the signed-in user: deleted, or not shared with their organisation.</summary>
public sealed class TemplateNotFoundException(Guid id) : Exception($"The template {id} does not exist.");

/// <summary>
/// A template form or lock has a problem. The message is the sentence to show, in the interface
/// language; <see cref="Field"/> says which field it belongs under, so a form never has to
/// recognise a field by the words of the message.
/// </summary>
public sealed class TemplateFormException(TemplateFormField field, string message) : Exception(message)
{
    /// <summary>The field the problem is about; <see cref="TemplateFormField.None"/> for the form or a lock as a whole.</summary>
    public TemplateFormField Field { get; } = field;
}

/// <summary>The fields of a <see cref="TemplateForm"/>, for putting a problem under the right one.</summary>
public enum TemplateFormField
{
    None,
    Name,
    Description,
    SharedWith,
}

/// <summary>Someone changed the template since it was read.</summary>
public sealed class TemplateConflictException(Guid id, Exception inner)
    : Exception($"The template {id} was changed elsewhere since it was opened.", inner);
