namespace TenderBuilder.Core.Questionnaires;

/// <summary>
/// The kinds of value a text question may require (<c>format:</c> in the questions files): the
/// values an EU notice checks against a pattern or a code list.
/// </summary>
public enum TextFormat
{
    /// <summary>A web address: <c>https://…</c>, <c>http://…</c> or <c>www.…</c> (eForms BT-15, BT-18, BT-505).</summary>
    Url,

    /// <summary>An e-mail address (eForms BT-506).</summary>
    Email,

    /// <summary>A telephone number: digits, optionally a leading +, spaces, hyphens and brackets (eForms BT-503).</summary>
    Phone,

    /// <summary>A NUTS 3 region code of an EU or EEA country, as the eForms code list has it (eForms BT-507, BT-5071).</summary>
    Nuts,
}
