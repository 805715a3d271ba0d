using Microsoft.EntityFrameworkCore;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Templates;
using TenderBuilder.Data;
using TenderBuilder.Data.Templates;

namespace TenderBuilder.Application.Templates;

/// <summary>
/// Makes the binding a draft keeps of a template version: the version's input and locks, with the
/// owner's name. Shared by starting a draft from a template and importing a draft file that names
/// one, so both bind the same way.
/// </summary>
internal static class TemplateBindings
{
    /// <summary>The binding to a version of a template the context's organisation may see, or null.</summary>
    public static async Task<TemplateBinding?> ForAsync(TenderBuilderDbContext db, Guid templateId, int? version, CancellationToken cancellationToken)
    {
        var template = await db.Templates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == templateId, cancellationToken);
        var chosen = template is null ? null : version is { } number ? template.Versions.SingleOrDefault(v => v.Number == number) : template.Current;
        if (template is null || chosen is null)
        {
            return null;
        }

        var owner = await db.Organisations.AsNoTracking().Where(o => o.Id == template.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        return For(template, chosen, owner);
    }

    /// <summary>
    /// The template's newest version number, or null when the context's organisation no longer sees
    /// the template (deleted or unshared).
    /// </summary>
    public static Task<int?> NewestVersionAsync(TenderBuilderDbContext db, Guid templateId, CancellationToken cancellationToken) =>
        db.Templates.AsNoTracking().Where(t => t.Id == templateId)
            .Select(t => (int?)t.Versions.Max(v => v.Number))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The binding to one version.</summary>
    public static TemplateBinding For(TenderTemplate template, TemplateVersion version, string ownerName) => new()
    {
        Origin = new TemplateOrigin(template.Id, version.Number, template.Name),
        OwnerName = ownerName,
        Baseline = TenderInputJson.Deserialize(version.InputJson),
        Locks = TemplateBinding.LocksFromJson(version.LocksJson),
    };
}
