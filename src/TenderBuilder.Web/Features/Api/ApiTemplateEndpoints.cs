using System.Text.Json.Nodes;
using TenderBuilder.Application.Templates;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Web.Features.Api;

/// <summary>The templates the key's organisation may see: its own and those shared with it.</summary>
internal static class ApiTemplateEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var templates = api.MapGroup("/templates").WithTags("Templates");
        templates.MapGet("/", ListAsync).Scope(ApiScope.Read).WithName("listTemplates")
            .WithSummary("List templates").WithDescription("The organisation's own templates and those other organisations share with it.");
        templates.MapGet("/{id:guid}", ReadAsync).Scope(ApiScope.Read).WithName("getTemplate")
            .WithSummary("Read a template").WithDescription("Its current version: the input a draft starts from and the locks it keeps.");
    }

    private static async Task<IReadOnlyList<ApiTemplateSummary>> ListAsync(TemplatesService templates, CancellationToken cancellationToken) =>
        [.. (await templates.ListAsync(cancellationToken)).Select(ApiTemplateSummary.From)];

    private static async Task<ApiTemplate> ReadAsync(Guid id, TemplatesService templates, CancellationToken cancellationToken)
    {
        var template = await templates.GetAsync(id, cancellationToken);
        return new ApiTemplate(template.Id, template.Name, template.Description, template.OwnerName, template.Version,
            [.. template.Locks.Select(l => new ApiTemplateLock(ApiWords.Lower(l.Kind), l.Target, string.IsNullOrWhiteSpace(l.Reason) ? null : l.Reason))],
            JsonNode.Parse(TenderInputJson.Serialize(template.Input with { Template = null }))!);
    }
}
