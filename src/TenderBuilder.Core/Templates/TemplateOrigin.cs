namespace TenderBuilder.Core.Templates;

/// <summary>Where a draft came from: a template and its version, as a draft file names it.</summary>
/// <param name="Id">The template.</param>
/// <param name="Version">Its version (1, 2, …).</param>
/// <param name="Name">Its name when the draft was started.</param>
public sealed record TemplateOrigin(Guid Id, int Version, string Name)
{
    /// <summary>The origin in words, as a draft's history says it: template “…” version n.</summary>
    public string Label => $"template “{Name}” version {Version}";
}
