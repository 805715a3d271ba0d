using System.Globalization;
using System.Text.Json;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.Evaluation;
using TenderBuilder.Application.Review;
using TenderBuilder.Application.Templates;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Web.Features.Api;

/// <summary>
/// Drafts through the API: the same services as the Drafts page and the wizard, acting as the key's
/// organisation. Every change names the revision it was made from; a stale one is refused with the
/// current revision (409), so two systems (or a system and an officer) never overwrite each other.
/// </summary>
internal static class ApiDraftEndpoints
{
    /// <summary>The title a draft gets when its input names none.</summary>
    private const string UntitledSource = "API request";

    public static void Map(RouteGroupBuilder api)
    {
        var drafts = api.MapGroup("/drafts").WithTags("Drafts");
        drafts.MapGet("/", ListAsync).Scope(ApiScope.Read).WithName("listDrafts").Produces<ApiDraftList>()
            .WithSummary("List drafts").WithDescription("The organisation's drafts, last changed first; `search` matches title or reference.");
        drafts.MapPost("/", CreateAsync).Scope(ApiScope.Write).WithName("createDraft")
            .WithSummary("Create a draft from a TenderInput").WithDescription("The body is a draft file (TenderInput JSON). Buyer fields it leaves empty are filled from the organisation's buyer profile; a file naming a template version this organisation may use keeps that template's locks.")
            .AcceptsTenderInput().Produces<ApiDraft>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        drafts.MapPost("/from-template", FromTemplateAsync).Scope(ApiScope.Write).WithName("createDraftFromTemplate")
            .WithSummary("Create a draft from a template").WithDescription("Starts a draft from the template's current version, bound to its locks.")
            .Produces<ApiDraft>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithMetadata(new ApiFromTemplateBody());
        drafts.MapGet("/{id:guid}", ReadAsync).Scope(ApiScope.Read).WithName("getDraft").Produces<ApiDraft>()
            .WithSummary("Read a draft").WithDescription("Its input and the revision to change it against (also the ETag).");
        drafts.MapPut("/{id:guid}/input", ReplaceAsync).Scope(ApiScope.Write).WithName("replaceDraftInput").Produces<ApiRevision>()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Replace a draft's input").WithDescription("Stores the whole TenderInput, made from `revision`. A stale revision is refused with 409 and the current one.")
            .AcceptsTenderInput();
        drafts.MapPatch("/{id:guid}/answers", AnswerAsync).Scope(ApiScope.Write).WithName("updateDraftAnswers").Produces<ApiRevision>()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Change some answers").WithDescription("The body maps question ids to values (null removes the answer); other answers stay. An answer of the wrong type or out of range is refused (400, named by its question). Made from `revision`; a stale revision is refused with 409 and the current one.")
            .WithMetadata(new ApiAnswersBody());
        drafts.MapDelete("/{id:guid}", DeleteAsync).Scope(ApiScope.Write).WithName("deleteDraft").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Delete a draft").WithDescription("Moves it to the organisation's archive, where an administrator can restore it. A draft in review or approved is a record and stays (409).");
        drafts.MapGet("/{id:guid}/findings", FindingsAsync).Scope(ApiScope.Read).WithName("getDraftFindings")
            .WithSummary("Validate a draft").WithDescription("What the rules find in the draft as stored, in the language of Accept-Language (en, nl, sv, de). Errors block the package.");
        drafts.MapGet("/{id:guid}/review", ReviewAsync).Scope(ApiScope.Read).WithName("getDraftReview")
            .WithSummary("Read a draft's review state").WithDescription("Its status and the review steps taken. Submitting, approving and returning are a person's acts, in the web app only.");
    }

    private static async Task<IResult> ListAsync(DraftsService drafts, string? search, int? skip, int? take, CancellationToken cancellationToken)
    {
        if (take is < 1 or > ApiOptions.MaxPageSize)
        {
            return ApiProblems.Invalid("take", $"Ask for 1 to {ApiOptions.MaxPageSize} drafts a page.");
        }

        if (skip is < 0)
        {
            return ApiProblems.Invalid("skip", "Skip 0 or more drafts.");
        }

        var all = await drafts.ListAsync(search, cancellationToken);
        return Results.Ok(new ApiDraftList([.. all.Skip(skip ?? 0).Take(take ?? 50).Select(ApiDraftSummary.From)], all.Count));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ApiRequestBody body, DraftsService drafts, CancellationToken cancellationToken)
    {
        var (text, problem) = await body.TextAsync(request, cancellationToken);
        if (text is null)
        {
            return problem!;
        }

        if (ApiRequestBody.StrictJsonProblem(request, text) is { } notJson)
        {
            return notJson;
        }

        // Read once here for the limits and the line of any problem; the import reads the same text.
        var document = TenderInputReader.Read(text);
        if (body.Exceeded(document.Input, document) is { } limit)
        {
            return limit;
        }

        var id = await drafts.ImportAsync(text, UntitledSource, cancellationToken);
        return Created(await drafts.OpenAsync(id, cancellationToken));
    }

    private static async Task<IResult> FromTemplateAsync(HttpRequest http, ApiRequestBody body, TemplatesService templates, DraftsService drafts, CancellationToken cancellationToken)
    {
        var (request, problem) = await body.JsonAsync<ApiFromTemplate>(http, cancellationToken);
        if (request is null)
        {
            return problem!;
        }

        if (request.TemplateId == Guid.Empty)
        {
            return ApiProblems.Invalid("templateId", "Name the template to start from (GET /api/v1/templates lists them).");
        }

        var template = await templates.GetAsync(request.TemplateId, cancellationToken);
        var id = await templates.StartDraftAsync(template.Id, string.IsNullOrWhiteSpace(request.Title) ? template.Name : request.Title, cancellationToken);
        return Created(await drafts.OpenAsync(id, cancellationToken));
    }

    private static async Task<IResult> ReadAsync(Guid id, DraftsService drafts, HttpResponse response, CancellationToken cancellationToken)
    {
        var draft = await drafts.OpenAsync(id, cancellationToken);
        response.Headers.ETag = $"\"{draft.Revision.ToString(CultureInfo.InvariantCulture)}\"";
        return Results.Ok(ApiDraft.From(draft));
    }

    private static async Task<IResult> ReplaceAsync(Guid id, long? revision, HttpRequest request, ApiRequestBody body, DraftsService drafts, CancellationToken cancellationToken)
    {
        if (Revision(revision, request) is not { } from)
        {
            return RevisionProblem(revision, request);
        }

        revision = from;

        var (input, problem) = await body.TenderInputAsync(request, cancellationToken);
        if (input is null)
        {
            return problem!;
        }

        return Results.Ok(new ApiRevision(id, await drafts.SaveAsync(id, revision.Value, input, cancellationToken)));
    }

    private static async Task<IResult> AnswerAsync(
        Guid id, long? revision, HttpContext http, ApiRequestBody body, DraftsService drafts, DraftEvaluator evaluator, CancellationToken cancellationToken)
    {
        var catalogue = evaluator.Catalogue;
        if (Revision(revision, http.Request) is not { } from)
        {
            return RevisionProblem(revision, http.Request);
        }

        revision = from;

        var (changes, problem) = await body.AnswersAsync(http.Request, cancellationToken);
        if (changes is null)
        {
            return problem!;
        }

        // Questions bound to a tender field (the title, the value, …) are answered in the input's
        // tender object, not among the answers: named here rather than stored where nothing reads them.
        foreach (var (question, _) in changes)
        {
            if (catalogue.Questionnaire.Find(question) is not { } known)
            {
                return ApiProblems.Invalid(question, "No question of the catalogue has this id (GET /api/v1/catalogue/questions lists them).");
            }

            if (known.Field is { } field)
            {
                return ApiProblems.Invalid(question, $"This question is answered in the input's tender.{field}; change it with PUT /api/v1/drafts/{{id}}/input.");
            }
        }

        var draft = await drafts.OpenAsync(id, cancellationToken);
        if (draft.Revision != revision)
        {
            return await ApiErrorFilter.StaleAsync(http, id);
        }

        var answers = new Dictionary<string, JsonElement>(draft.Input.Answers, StringComparer.Ordinal);
        foreach (var (question, value) in changes)
        {
            if (value is null)
            {
                answers.Remove(question);
            }
            else
            {
                answers[question] = JsonSerializer.SerializeToElement(value);
            }
        }

        var input = draft.Input with { Answers = answers };
        if (body.Exceeded(input) is { } limit)
        {
            return limit;
        }

        // The answers sent now must fit their questions; the rules' own checks say how, by question.
        var malformed = evaluator.Evaluate(input).Findings
            .Where(f => f.IsMalformedInput && f.Severity == FindingSeverity.Error)
            .Select(f => (Field: ApiFinding.Field(f), f.Message))
            .Where(f => changes.ContainsKey(f.Field))
            .GroupBy(f => f.Field)
            .ToDictionary(g => g.Key, g => g.Select(f => f.Message).ToArray());
        if (malformed.Count > 0)
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Some answers do not fit their questions.",
                string.Join(Environment.NewLine, malformed.SelectMany(m => m.Value)), malformed);
        }

        return Results.Ok(new ApiRevision(id, await drafts.SaveAsync(id, revision.Value, input, cancellationToken)));
    }

    private static async Task<IResult> DeleteAsync(Guid id, DraftsService drafts, CancellationToken cancellationToken)
    {
        await drafts.DeleteAsync(id, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<ApiFindings> FindingsAsync(Guid id, DraftsService drafts, DraftEvaluator evaluator, CancellationToken cancellationToken)
    {
        var draft = await drafts.OpenAsync(id, cancellationToken);
        var package = evaluator.EvaluateFor(draft.Input, Hosting.InterfaceLanguages.CatalogueLanguage(CultureInfo.CurrentUICulture));
        return new ApiFindings(id, draft.Revision,
            package.Findings.Count(f => f.Severity == FindingSeverity.Error),
            package.Findings.Count(f => f.Severity == FindingSeverity.Warning),
            [.. package.Findings.Select(f => ApiFinding.From(f, evaluator.Catalogue))]);
    }

    private static async Task<ApiReview> ReviewAsync(Guid id, DraftsService drafts, DraftReviews reviews, CancellationToken cancellationToken)
    {
        var draft = await drafts.OpenAsync(id, cancellationToken);
        var steps = await reviews.HistoryAsync(id, cancellationToken);
        return new ApiReview(id, ApiWords.Status(draft.Status), [.. steps.Select(ApiReview.Step)]);
    }

    // The revision may come as ?revision=12 or as the ETag read with the draft (If-Match: "12");
    // null when neither names one, or when both do and disagree (which one was meant is not guessed).
    private static long? Revision(long? query, HttpRequest request)
    {
        var header = IfMatch(request);
        return (query, header) switch
        {
            ({ } q, { } h) => q == h ? q : null,
            _ => query ?? header,
        };
    }

    private static long? IfMatch(HttpRequest request) =>
        long.TryParse(request.Headers.IfMatch.ToString().Replace("W/", "", StringComparison.Ordinal).Trim('"', ' '), NumberStyles.None, CultureInfo.InvariantCulture, out var revision)
            ? revision
            : null;

    private static IResult RevisionProblem(long? query, HttpRequest request) => query is not null && IfMatch(request) is not null
        ? ApiProblems.Invalid("If-Match", "?revision= and If-Match name different revisions; send one of them.")
        : ApiProblems.Invalid("revision", "Name the revision the change was made from: ?revision=N, or the header If-Match with the ETag of GET /api/v1/drafts/{id}.");

    private static IResult Created(OpenedDraft draft)
    {
        var result = Results.Created($"/api/v1/drafts/{draft.Id}", ApiDraft.From(draft));
        return new WithETag(result, draft.Revision);
    }

    // The revision of a new draft as its ETag, as GET /drafts/{id} gives it.
    private sealed class WithETag(IResult inner, long revision) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ETag = $"\"{revision.ToString(CultureInfo.InvariantCulture)}\"";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
