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
/// <param name="Name">The key of the words saying why <paramref name="Floor"/> and <paramref name="Usual"/>
/// (<see cref="Words.ConsistencyWords.PeriodFloor"/>, <see cref="Words.ConsistencyWords.PeriodUsual"/>).</param>
/// <param name="Sources">The paragraphs setting the periods (to verify: not yet in the verified facts).</param>
internal sealed record SubmissionPeriod(int Floor, int Usual, string Name, Citation[] Sources)
{
    // Electronic submission is the rule in EU procedures (communication is electronic by default since
    // the directives' transposition), and no question asks otherwise, so the open procedure's usual
    // period is the 35 days of Art. 27(1) less the 5 of Art. 27(4); the message says so.
    private static readonly SubmissionPeriod s_open = new(
        15, 30, "open",
        [new("dir-2014-24", "Art. 27(1)–(4)", null)]);

    // Two stages: requests to participate (30 days from the notice), then tenders (30 days from the
    // invitation). No floor: the article lets the tender period be shortened on grounds (a prior
    // information notice, agreement with the candidates, urgency) TenderBuilder does not ask about.
    private static readonly SubmissionPeriod s_restricted = new(
        0, 60, "restricted",
        [new("dir-2014-24", "Art. 28(1)–(2)", null)]);

    private static readonly SubmissionPeriod s_negotiation = s_restricted with
    {
        Name = "negotiation",
        Sources = [new("dir-2014-24", "Art. 29(1); Art. 28(1)–(2)", null)],
    };

    // Only the request stage has a minimum; tenders follow the dialogue, later still.
    private static readonly SubmissionPeriod s_dialogue = new(
        0, 30, "dialogue",
        [new("dir-2014-24", "Art. 30(1)", null)]);

    // Art. 39 has no urgency ground: 30 days for applications, tenders 5 days fewer when submitted
    // electronically, so 25 is the floor. Whether 25 suffice depends on stages TenderBuilder does not ask.
    private static readonly SubmissionPeriod s_concession = new(
        25, 30, "concession",
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
