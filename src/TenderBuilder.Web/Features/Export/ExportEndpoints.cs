using Microsoft.EntityFrameworkCore;
using TenderBuilder.Core.Catalogs;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Data;
using TenderBuilder.Documents.Packaging;

namespace TenderBuilder.Web.Features.Export;

/// <summary>
/// Downloads of a draft's tender package, all under one route prefix so that sign-in can later
/// protect them in one place: the whole ZIP, or any single file of it. A draft whose answers still
/// hold errors is not exported; the response says which errors.
/// </summary>
internal static class ExportEndpoints
{
    public const string Prefix = "/export/drafts";

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix);
        group.MapGet("/{id:guid}/{file}", DownloadAsync);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(
        Guid id, string file, IDbContextFactory<TenderBuilderDbContext> contexts, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = await db.TenderDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (draft is null)
        {
            return Results.NotFound();
        }

        var package = RulesEngine.Evaluate(
            TenderInputJson.Deserialize(draft.InputJson), CatalogueLoader.Default, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (package.HasErrors)
        {
            var errors = package.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Message).ToList();
            return Results.Problem(
                title: "The tender still has errors, so it cannot be exported yet.",
                detail: string.Join(Environment.NewLine, errors),
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["errors"] = errors });
        }

        var entry = TenderPackageBuilder.Build(package).FirstOrDefault(e => e.File.Path == file);
        return entry is null
            ? Results.NotFound()
            : Results.File(entry.Content, entry.File.MediaType, entry.File.Path);
    }
}
