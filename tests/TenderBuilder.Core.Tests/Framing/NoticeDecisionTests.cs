using TenderBuilder.Core.Consistency;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Tests.TestSupport;

namespace TenderBuilder.Core.Tests.Framing;

/// <summary>
/// Whether a tender gets an EU notice and of which subtype, for each regime, on each side of the
/// EU threshold (verified-facts §3.16: from 2026 €216,000 for a city's services, €140,000 for central
/// government, €5,404,000 for concessions) and for each answer of the officer.
/// </summary>
public sealed class NoticeDecisionTests
{
    private static readonly DateOnly s_2026 = new(2026, 11, 29);

    public static TheoryData<string, string, decimal?, string?, bool?, bool, NoticeSubtype, NoticeGround> Cases => new()
    {
        // A public contract of a city: the sub-central threshold.
        { "services", "municipality", 216_000m, "EUR", null, true, NoticeSubtype.ContractNotice, NoticeGround.Required },
        { "services", "municipality", 215_999m, "EUR", null, false, NoticeSubtype.ContractNotice, NoticeGround.BelowThreshold },
        { "purchase_own", "municipality", 215_999m, "EUR", true, true, NoticeSubtype.ContractNotice, NoticeGround.Voluntary },
        { "services", "municipality", 215_999m, "EUR", false, false, NoticeSubtype.ContractNotice, NoticeGround.Declined },
        { "services", "municipality", 9_500_000m, "EUR", false, false, NoticeSubtype.ContractNotice, NoticeGround.DeclinedThoughRequired },
        { "services", "municipality", 9_500_000m, "EUR", true, true, NoticeSubtype.ContractNotice, NoticeGround.Required },
        // Central government: the lower threshold.
        { "services", "central_government", 140_000m, "EUR", null, true, NoticeSubtype.ContractNotice, NoticeGround.Required },
        { "services", "central_government", 139_999m, "EUR", null, false, NoticeSubtype.ContractNotice, NoticeGround.BelowThreshold },
        // A concession: the concession threshold, and the concession notice.
        { "concession", "municipality", 5_404_000m, "EUR", null, true, NoticeSubtype.ConcessionNotice, NoticeGround.Required },
        { "concession", "municipality", 5_403_999m, "EUR", null, false, NoticeSubtype.ConcessionNotice, NoticeGround.BelowThreshold },
        { "concession", "municipality", 5_403_999m, "EUR", true, true, NoticeSubtype.ConcessionNotice, NoticeGround.Voluntary },
        { "concession", "municipality", 42_000_000m, "EUR", false, false, NoticeSubtype.ConcessionNotice, NoticeGround.DeclinedThoughRequired },
        // A permit is not a procurement: a notice only on request, announced like a concession.
        { "permit", "municipality", 9_500_000m, "EUR", null, false, NoticeSubtype.ConcessionNotice, NoticeGround.NotProcurement },
        { "permit", "municipality", null, "EUR", true, true, NoticeSubtype.ConcessionNotice, NoticeGround.Voluntary },
        { "permit", "municipality", null, "EUR", false, false, NoticeSubtype.ConcessionNotice, NoticeGround.Declined },
        // A value that cannot be compared is not taken as below the threshold.
        { "services", "municipality", null, "EUR", null, true, NoticeSubtype.ContractNotice, NoticeGround.Required },
        { "services", "municipality", 100_000m, "SEK", null, true, NoticeSubtype.ContractNotice, NoticeGround.Required },
        { "concession", "municipality", 100_000m, "SEK", null, true, NoticeSubtype.ConcessionNotice, NoticeGround.Required },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_model_the_value_and_the_answer_decide_the_notice(
        string model, string authorityType, decimal? amount, string? currency, bool? wanted, bool produce, NoticeSubtype subtype, NoticeGround ground)
    {
        var input = Input(model, authorityType, amount, currency, wanted);

        var decision = Decide(input, model, s_2026);

        decision.ShouldBe(new NoticeDecision(produce, subtype, ground));
    }

    [Fact]
    public void A_hybrid_follows_who_bears_the_demand_risk()
    {
        var input = Input("hybrid", "municipality", 1_000_000m, "EUR", null);

        // Below the concession threshold, above the services one: the regime decides.
        NoticeDecision.For(input, LegalFraming.Of("hybrid", true, input, s_2026, DocumentLanguages.English), s_2026)
            .ShouldBe(new NoticeDecision(false, NoticeSubtype.ConcessionNotice, NoticeGround.BelowThreshold));
        NoticeDecision.For(input, LegalFraming.Of("hybrid", false, input, s_2026, DocumentLanguages.English), s_2026)
            .ShouldBe(new NoticeDecision(true, NoticeSubtype.ContractNotice, NoticeGround.Required));
    }

    [Fact]
    public void On_a_day_whose_thresholds_TenderBuilder_does_not_know_a_notice_is_required()
    {
        EuThresholds.On(new DateOnly(2030, 1, 1)).ShouldBeNull("the test needs a day without known thresholds");
        var input = Input("services", "municipality", 95_000m, "EUR", null);

        Decide(input, "services", new DateOnly(2030, 1, 1)).ShouldBe(new NoticeDecision(true, NoticeSubtype.ContractNotice, NoticeGround.Required));
        Decide(input, "services", s_2026).Produce.ShouldBeFalse();
    }

    private static NoticeDecision Decide(TenderInput input, string model, DateOnly day) =>
        NoticeDecision.For(input, LegalFraming.Of(model, null, input, day, DocumentLanguages.English), day);

    private static TenderInput Input(string model, string authorityType, decimal? amount, string? currency, bool? wanted) =>
        Inputs.With(new Dictionary<string, object> { ["model.type"] = model }) with
        {
            Tender = new TenderMetadata
            {
                Title = "Notice test",
                Authority = new AuthorityInfo { Type = authorityType, Country = "NL" },
                EstimatedValue = new MoneyAmount { Amount = amount, Currency = currency },
                Notice = new NoticeInfo { Wanted = wanted },
            },
        };
}
