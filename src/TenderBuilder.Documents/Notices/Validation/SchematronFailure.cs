namespace TenderBuilder.Documents.Notices.Validation;

/// <summary>
/// One schematron rule that a notice broke: a failed assert (or a successful report) of the eForms
/// SDK's rules, as the runner reported it.
/// </summary>
/// <param name="RuleId">The assert's id, e.g. <c>BR-BT-00501-0052</c>.</param>
/// <param name="Role">The role as the SDK writes it (<c>ERROR</c>, <c>WARN</c>, <c>INFO</c>), or
/// <c>FATAL</c> when the notice was not well-formed or the processor could not evaluate the rule.</param>
/// <param name="Location">The path of the node the rule was checked on, e.g. <c>/*/cac:ContractingParty[1]</c>.</param>
/// <param name="Test">The assert's XPath test as the SDK writes it.</param>
/// <param name="Message">The assert's text (the SDK's is a translation key such as <c>rule|text|BR-BT-00501-0052</c>),
/// or what went wrong for a <c>FATAL</c> one.</param>
/// <param name="Fields">The eForms fields the rule is about, from its diagnostics: field ids such as
/// <c>BT-501-Organization-Company</c>, and node ids kept with their prefix (<c>node:ND-Company</c>).</param>
public sealed record SchematronFailure(
    string RuleId,
    string Role,
    string Location,
    string Test,
    string Message,
    IReadOnlyList<string> Fields)
{
    /// <summary>Whether this failure makes the notice unpublishable (role <c>ERROR</c> or <c>FATAL</c>).</summary>
    public bool IsError =>
        string.Equals(Role, "ERROR", StringComparison.OrdinalIgnoreCase) || string.Equals(Role, "FATAL", StringComparison.OrdinalIgnoreCase);
}
