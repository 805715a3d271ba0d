using TenderBuilder.Core.Framing;

namespace TenderBuilder.Application.Notices;

/// <summary>
/// Why a tender gets no EU notice, in English, for the readers who read English by design: the
/// command line and the HTTP API. The web app words the same grounds from its resources.
/// </summary>
public static class NoticeReasons
{
    /// <summary>The reason as the end of a sentence, lower-case ("the estimated value is below …").</summary>
    public static string WhyNone(NoticeGround ground) => ground switch
    {
        NoticeGround.NotProcurement => "permits and land leases are not awarded under the procurement directives, so the law asks for no EU notice.",
        NoticeGround.BelowThreshold => "the estimated value is below the EU threshold, so the law asks for no EU notice.",
        NoticeGround.DeclinedThoughRequired => "you answered that you want none, although the procurement directive requires one at this value.",
        _ => "you answered that you want none.",
    };
}
