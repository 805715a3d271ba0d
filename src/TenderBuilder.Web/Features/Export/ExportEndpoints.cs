using Microsoft.Extensions.Localization;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.History;
using TenderBuilder.Application.Packages;
using TenderBuilder.Application.Templates;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;
using TenderBuilder.Web.Components.Shared;

namespace TenderBuilder.Web.Features.Export;

/// <summary>
/// Downloads of a draft's tender package, all under one route prefix so that sign-in can later
/// protect them in one place: the whole ZIP, or any single file of it, and an HTML preview of each
/// document. A draft whose answers still hold errors is not exported; the response says which errors.
/// </summary>
internal static class ExportEndpoints
{
    // The addresses are the pages' too: DownloadLinks holds them so a link and its route agree.
    private const string Prefix = DownloadLinks.DraftPrefix;
    private const string TemplatePrefix = DownloadLinks.TemplatePrefix;
    private const string TenderInputFile = DownloadLinks.TenderInputFile;
    private const string HistoryFile = DownloadLinks.HistoryFile;

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix);
        group.MapGet("/{id:guid}/" + HistoryFile, HistoryAsync);
        group.MapGet("/{id:guid}/" + TenderInputFile, TenderInputAsync);
        group.MapGet("/{id:guid}/" + DownloadLinks.SitesFile, SitesAsync);
        endpoints.MapGet(DownloadLinks.SitesTemplate, () => Results.File(DraftSites.Template(), SiteCsvWriter.MediaType, DownloadLinks.SitesTemplateFile));
        group.MapGet("/{id:guid}/" + FrozenPackages.HashesFile, HashesAsync);
        group.MapGet("/{id:guid}/{file}", DownloadAsync);
        group.MapGet("/{id:guid}/preview/{file}", PreviewAsync);
        endpoints.MapGet(TemplatePrefix + "/{id:guid}/" + TenderInputFile, TemplateFileAsync);
        return endpoints;
    }

    private static Task<IResult> DownloadAsync(
        Guid id, string file, DraftPackages packages, IStringLocalizer<ExportText> words, CancellationToken cancellationToken) =>
        ExportAsync(id, packages, words, built =>
        {
            var entry = built.Files.FirstOrDefault(e => e.File.Path == file);
            return entry is null
                ? Results.NotFound()
                : Results.File(entry.Content, entry.File.MediaType, entry.File.Path);
        }, cancellationToken);

    // Each file's SHA-256, as sha256sum writes them: for an approved draft those recorded at approval,
    // so a copy received later can be checked against what was approved.
    private static Task<IResult> HashesAsync(Guid id, DraftPackages packages, IStringLocalizer<ExportText> words, CancellationToken cancellationToken) =>
        ExportAsync(id, packages, words, built =>
        {
            var sums = FrozenPackages.Sums(built.Files.Select(f => (f.File.Path, built.Sha256[f.File.Path])));
            return Results.File(System.Text.Encoding.UTF8.GetBytes(sums), "text/plain; charset=utf-8", FrozenPackages.HashesFile);
        }, cancellationToken);

    // The gate of every download from a draft's package: no such draft is 404; one that may not be exported yet says why.
    private static async Task<IResult> ExportAsync(
        Guid id, DraftPackages packages, IStringLocalizer<ExportText> words, Func<BuiltDraftPackage, IResult> serve, CancellationToken cancellationToken)
    {
        if (await packages.GetAsync(id, cancellationToken: cancellationToken) is not { } built)
        {
            return Results.NotFound();
        }

        return Unexportable(built, words) ?? serve(built);
    }

    // A package frozen at approval is exported as approved; any other only once its errors are fixed.
    private static IResult? Unexportable(BuiltDraftPackage built, IStringLocalizer<ExportText> words)
    {
        if (built.IsExportable)
        {
            return null;
        }

        var errors = built.Package.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Message).ToList();
        return Results.Problem(
            title: words["StillHasErrors"],
            detail: string.Join(Environment.NewLine, errors),
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["errors"] = errors });
    }

    // The input as stored, errors and all: it is the officer's work, not a publication.
    private static async Task<IResult> TenderInputAsync(Guid id, DraftsService drafts, CancellationToken cancellationToken)
    {
        try
        {
            var draft = await drafts.OpenAsync(id, cancellationToken);
            return DraftFile(draft.FileInput);
        }
        catch (DraftNotFoundException)
        {
            return Results.NotFound();
        }
    }

    // A template's current version as a draft file: import it as a draft or a template elsewhere.
    private static async Task<IResult> TemplateFileAsync(Guid id, TemplatesService templates, CancellationToken cancellationToken)
    {
        try
        {
            var (_, input) = await templates.FileAsync(id, cancellationToken);
            return DraftFile(input);
        }
        catch (TemplateNotFoundException)
        {
            return Results.NotFound();
        }
    }

    // A draft file, as the command line reads it and the Drafts and Templates pages import it.
    private static IResult DraftFile(Core.Input.TenderInput input) =>
        Results.File(System.Text.Encoding.UTF8.GetBytes(Core.Input.TenderInputJson.Serialize(input)), "application/json", TenderInputFile);

    // The draft's sites as stored, in the layout the wizard imports, errors and all: the officer's
    // work to edit in a spreadsheet. Another organisation's draft is not found, as for every download.
    private static async Task<IResult> SitesAsync(Guid id, DraftSites sites, CancellationToken cancellationToken)
    {
        try
        {
            return Results.File(await sites.CsvAsync(id, cancellationToken), SiteCsvWriter.MediaType, DownloadLinks.SitesFile);
        }
        catch (DraftNotFoundException)
        {
            return Results.NotFound();
        }
    }

    // In the reader's interface language, as the history page: its header row and the kinds of change.
    private static async Task<IResult> HistoryAsync(
        Guid id, DraftHistory history, Core.Catalogues.Catalogue catalogue, IStringLocalizer<ChangeDescriber> historyWords, CancellationToken cancellationToken)
    {
        try
        {
            var describer = new ChangeDescriber(Hosting.InterfaceLanguages.Asked(catalogue), historyWords);
            // With a byte-order mark, so spreadsheet programs read the names and values as UTF-8.
            var csv = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(await history.CsvAsync(id, describer, cancellationToken))).ToArray();
            return Results.File(csv, "text/csv; charset=utf-8", HistoryFile);
        }
        catch (DraftNotFoundException)
        {
            return Results.NotFound();
        }
    }

    // Previews show the HTML documents while the officer still works, errors and all; the page
    // frames them, and their own policy lets them run no script and load nothing.
    private static async Task<IResult> PreviewAsync(Guid id, string file, DraftPackages packages, HttpContext http, CancellationToken cancellationToken)
    {
        if (!file.EndsWith(".html", StringComparison.Ordinal) || await packages.GetAsync(id, cancellationToken: cancellationToken) is not { } built
            || built.Files.FirstOrDefault(e => e.File.Path == file) is not { } entry)
        {
            return Results.NotFound();
        }

        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";
        http.Response.Headers.XFrameOptions = "SAMEORIGIN";
        return Results.Bytes(entry.Content, "text/html; charset=utf-8");
    }
}

/// <summary>
/// Names the resources of what the export endpoints say to a person (Resources/Features/Export/ExportText.resx,
/// ADR 0018); <see cref="ExportEndpoints"/> is static, so it cannot name them itself.
/// </summary>
internal sealed class ExportText
{
    private ExportText()
    {
    }
}
