using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Framing;

namespace TenderBuilder.Core.Consistency;

/// <summary>
/// The fewest days a procurement directive allows between sending the notice and the deadline for
/// tenders, for one regime and procedure. TenderBuilder asks for the planned publication date, not the
/// day the notice is sent, and asks nothing about prior information notices, urgency or stages, so a
/// period is given twice: <paramref name="Floor"/>, below which no ground in the article helps (an
/// error), and <paramref name="Usual"/>, which binds unless such a ground applies (a warning).
/// </summary>
/// <param name="Floor">Fewer days are never allowed; 0 where the article's shortening grounds are not all known to TenderBuilder.</param>
/// <param name="Usual">The period without a shortening ground.</param>
/// <param name="FloorWords">Why <paramref name="Floor"/>, completing "the shortest period is …".</param>
/// <param name="UsualWords">Why <paramref name="Usual"/>, completing "the minimum is …".</param>
/// <param name="Sources">The paragraphs setting the periods (to verify: not yet in the verified facts).</param>
internal sealed record SubmissionPeriod(int Floor, int Usual, string FloorWords, string UsualWords, Citation[] Sources)
{
    // Electronic submission is the rule in EU procedures (communication is electronic by default since
    // the directives' transposition), and no question asks otherwise, so the open procedure's usual
    // period is the 35 days of Art. 27(1) less the 5 of Art. 27(4); the message says so.
    private static readonly SubmissionPeriod s_open = new(
        15, 30,
        "15 days, the shortest an open procedure allows even after a prior information notice or in duly substantiated urgency (Directive 2014/24/EU Art. 27(2) and (3))",
        "30 days: 35 days from sending the contract notice, less 5 days because tenders are submitted electronically, as they are in EU procedures (Directive 2014/24/EU Art. 27(1) and (4)); fewer only after a prior information notice or in duly substantiated urgency, and never fewer than 15",
        [new("dir-2014-24", "Art. 27(1)–(4)", null)]);

    // Two stages: requests to participate (30 days from the notice), then tenders (30 days from the
    // invitation). No floor: the article lets the tender period be shortened on grounds (a prior
    // information notice, agreement with the candidates, urgency) TenderBuilder does not ask about.
    private static readonly SubmissionPeriod s_restricted = new(
        0, 60, "",
        "60 days: 30 days from sending the contract notice for requests to participate, then 30 days from the invitation for tenders (Directive 2014/24/EU Art. 28(1) and (2)); the tender period may be shorter only in the cases Art. 28 lists, such as a prior information notice (Art. 28(3))",
        [new("dir-2014-24", "Art. 28(1)–(2)", null)]);

    private static readonly SubmissionPeriod s_negotiation = s_restricted with
    {
        UsualWords = "60 days: in a competitive procedure with negotiation, as in a restricted one, 30 days from sending the contract notice for requests to participate, then 30 days from the invitation for initial tenders (Directive 2014/24/EU Art. 29(1), applying Art. 28(1) and (2)); the tender period may be shorter only in the cases Art. 28 lists, such as a prior information notice (Art. 28(3))",
        Sources = [new("dir-2014-24", "Art. 29(1); Art. 28(1)–(2)", null)],
    };

    // Only the request stage has a minimum; tenders follow the dialogue, later still.
    private static readonly SubmissionPeriod s_dialogue = new(
        0, 30, "",
        "30 days from sending the contract notice for requests to participate (Directive 2014/24/EU Art. 30(1)); the tenders follow the dialogue, so their deadline comes later still",
        [new("dir-2014-24", "Art. 30(1)", null)]);

    // Art. 39 has no urgency ground: 30 days for applications, tenders 5 days fewer when submitted
    // electronically, so 25 is the floor. Whether 25 suffice depends on stages TenderBuilder does not ask.
    private static readonly SubmissionPeriod s_concession = new(
        25, 30,
        "25 days, the shortest Directive 2014/23/EU allows: 30 days from sending the concession notice, less 5 days where tenders are submitted electronically (Art. 39(3) and (5))",
        "30 days from sending the concession notice for applications, with or without tenders (Directive 2014/23/EU Art. 39(3)); 25 days suffice only for tenders submitted electronically (Art. 39(5)), and in successive stages tenders need a further 22 days from the invitation (Art. 39(4))",
        [new("dir-2014-23", "Art. 39(3)–(5)", null)]);

    /// <summary>The period for a regime and procedure, or null where no directive period is known (a permit, a mismatched procedure).</summary>
    public static SubmissionPeriod? For(LegalRegime regime, string? procedure) => (regime, procedure) switch
    {
        (_, null or Q.PermitProcedure) => null,
        (LegalRegime.Concession, _) => s_concession,
        (LegalRegime.PublicContract, Q.OpenProcedure) => s_open,
        (LegalRegime.PublicContract, Q.RestrictedProcedure) => s_restricted,
        (LegalRegime.PublicContract, Q.NegotiationProcedure) => s_negotiation,
        (LegalRegime.PublicContract, Q.DialogueProcedure) => s_dialogue,
        _ => null,
    };

    /// <summary>Every period, so that each gets its own checks with its own citations.</summary>
    public static IReadOnlyList<SubmissionPeriod> All { get; } = [s_open, s_restricted, s_negotiation, s_dialogue, s_concession];
}
