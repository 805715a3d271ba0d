using TenderBuilder.Application.Packages;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Web.Features.Api;

/// <summary>
/// A draft's tender package: what it holds, and each file (the documents, the compliance matrix,
/// the open data, the EU notice, the ZIP of all). Built once per saved revision and day, as for the
/// export step; an approved draft's package is the one frozen at approval, byte for byte.
/// </summary>
internal static class ApiPackageEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var package = api.MapGroup("/drafts/{id:guid}/package").WithTags("Packages");
        package.MapGet("/", ManifestAsync).Scope(ApiScope.Build).WithName("buildPackage").Produces<ApiPackage>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Build a draft's package").WithDescription("Builds the package of the draft as stored and lists its files with their size, SHA-256 and download address. A draft whose answers hold errors is refused (409) with the errors.");
        package.MapGet("/{file}", FileAsync).Scope(ApiScope.Build).WithName("downloadPackageFile")
            .WithSummary("Download one file of a draft's package").WithDescription("One artefact by its path in the package (for example the ZIP of all, the specification as DOCX or PDF, the compliance matrix XLSX, the OCDS release, the eForms notice XML). Sent as a stream with its length, so large files need not be held by the client.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream").ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ManifestAsync(Guid id, DraftPackages packages, Application.Notices.EformsSdkSource eforms, CancellationToken cancellationToken)
    {
        if (await BuiltAsync(id, packages, cancellationToken) is not { } built)
        {
            return ApiProblems.NotFound("draft");
        }

        return Unexportable(built) ?? Results.Ok(new ApiPackage(id, built.Revision, built.FrozenAtUtc,
            [.. built.Files.Select(f => new ApiPackageFile(f.File.Path, f.File.Title, f.File.MediaType, f.File.Audience, f.Content.LongLength,
                built.Sha256[f.File.Path], $"/api/v1/drafts/{id}/package/{Uri.EscapeDataString(f.File.Path)}"))],
            Notice(built, eforms.Sdk is not null)));
    }

    // Whether the package holds the EU notice, and why not when it does not: the law and the
    // officer's answer decide, as on the export step; a server without the SDK says so too.
    private static ApiNotice Notice(BuiltDraftPackage built, bool serverHasSdk)
    {
        var package = built.Package;
        var decision = Core.Framing.NoticeDecision.For(package.Tender, package.Framing, package.ReferenceDate);
        var file = built.Files.Select(f => f.File.Path).FirstOrDefault(p => p.StartsWith("eforms-notice-", StringComparison.Ordinal));
        var reason = (decision.Produce, file, serverHasSdk) switch
        {
            (true, not null, _) => null,
            (true, null, false) => "This server has no eForms SDK, so the notice could not be written; its administrator can add it (docs/deployment.md, EU notices).",
            (true, null, true) => "The notice could not be written; the server's log says why.",
            _ => Capitalised(Application.Notices.NoticeReasons.WhyNone(decision.Ground)) + " Answer notice.wanted: true to write one anyway.",
        };
        return new ApiNotice(file is not null, (int)decision.Subtype, ApiWords.Lower(decision.Ground), file, reason);
    }

    private static string Capitalised(string sentence) => string.Concat(char.ToUpperInvariant(sentence[0]).ToString(), sentence.AsSpan(1));

    private static async Task<IResult> FileAsync(Guid id, string file, DraftPackages packages, CancellationToken cancellationToken)
    {
        if (await BuiltAsync(id, packages, cancellationToken) is not { } built)
        {
            return ApiProblems.NotFound("draft");
        }

        if (Unexportable(built) is { } refused)
        {
            return refused;
        }

        if (built.Files.FirstOrDefault(f => f.File.Path == file) is not { } entry)
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "No such file in the package.",
                $"The package holds: {string.Join(", ", built.Files.Select(f => f.File.Path))}.");
        }

        // Streamed from the built bytes with their length; clients may ask for ranges of a large file.
        return Results.Stream(new MemoryStream(entry.Content, writable: false), entry.File.MediaType, entry.File.Path,
            enableRangeProcessing: true);
    }

    private static Task<BuiltDraftPackage?> BuiltAsync(Guid id, DraftPackages packages, CancellationToken cancellationToken) =>
        packages.GetAsync(id, cancellationToken: cancellationToken);

    // As for the web's downloads: a package frozen at approval always; any other once its errors are fixed.
    private static IResult? Unexportable(BuiltDraftPackage built)
    {
        if (built.IsExportable)
        {
            return null;
        }

        var errors = built.Package.Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();
        return ApiProblems.Conflict("has-errors", "The draft's answers still hold errors; fix them before building.",
            string.Join(Environment.NewLine, errors.Select(e => e.Message)),
            errors.GroupBy(ApiFinding.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
    }
}
