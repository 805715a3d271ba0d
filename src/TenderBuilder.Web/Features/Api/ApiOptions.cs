namespace TenderBuilder.Web.Features.Api;

/// <summary>
/// The API's limits (section <c>Api</c>), stated in its OpenAPI document and enforced with a
/// problem detail that names the limit. The defaults hold a 5,000-site draft with room to spare.
/// </summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>The largest request body, in bytes (413 above it).</summary>
    public int MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The most answers one draft may hold (the catalogue asks a few hundred questions).</summary>
    public int MaxAnswers { get; set; } = 2_000;

    /// <summary>The longest text of any one field, in characters.</summary>
    public int MaxTextLength { get; set; } = 20_000;

    /// <summary>Requests one key may make per minute (429 with Retry-After above it).</summary>
    public int PermitsPerMinute { get; set; } = 120;

    /// <summary>The largest page of a list (drafts, templates, access log).</summary>
    public const int MaxPageSize = 200;
}
