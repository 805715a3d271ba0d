namespace TenderBuilder.Documents.Notices.Validation;

/// <summary>What the schematron rules found in one notice.</summary>
/// <param name="Name">The notice's name, as it was given to <see cref="SchematronProcessor.ValidateAsync"/>.</param>
/// <param name="Failures">Every rule the notice broke, warnings included; empty for a clean notice.</param>
public sealed record SchematronResult(string Name, IReadOnlyList<SchematronFailure> Failures)
{
    /// <summary>Whether any failure is an <c>ERROR</c> or <c>FATAL</c> one: the notice would be refused.</summary>
    public bool HasErrors => Failures.Any(f => f.IsError);
}
