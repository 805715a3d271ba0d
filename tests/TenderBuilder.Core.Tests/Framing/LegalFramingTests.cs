using TenderBuilder.Core.Framing;

namespace TenderBuilder.Core.Tests.Framing;

public sealed class LegalFramingTests
{
    [Fact]
    public void A_concession_below_the_threshold_on_the_reference_date_is_not_based_on_the_directive()
    {
        // The small-town example is worth €95,000, far below the €5,404,000 concession threshold of 2026-27 (verified §3.16).
        var below = ModelVariants.Evaluate("small-town-ten-ac-points.yaml", "concession", null).Framing;
        var above = ModelVariants.Evaluate("utrecht-like-concession.yaml", "concession", null).Framing;

        (below.Regime, below.DirectiveApplies).ShouldBe((LegalRegime.Concession, false));
        below.Reason.ShouldContain("below the EU threshold for concessions");
        (above.Regime, above.DirectiveApplies).ShouldBe((LegalRegime.Concession, true));
    }

    [Fact]
    public void A_hybrid_is_a_concession_only_when_the_operator_bears_the_demand_risk_and_says_so_when_unanswered()
    {
        ModelVariants.Evaluate("regional-framework-lots.yaml", "hybrid", true).Framing.Regime.ShouldBe(LegalRegime.Concession);
        ModelVariants.Evaluate("regional-framework-lots.yaml", "hybrid", false).Framing.Regime.ShouldBe(LegalRegime.PublicContract);

        var unanswered = ModelVariants.Evaluate("regional-framework-lots.yaml", "hybrid", null).Framing;
        unanswered.Regime.ShouldBe(LegalRegime.PublicContract);
        unanswered.Reason.ShouldContain("has not said who bears the demand risk");
    }

    [Fact]
    public void Only_a_public_contract_pays_the_other_party_and_a_permit_has_no_award_criteria_and_no_value()
    {
        var contract = ModelVariants.Evaluate("regional-framework-lots.yaml", "services", null).Framing;
        var concession = ModelVariants.Evaluate("regional-framework-lots.yaml", "concession", null).Framing;
        var permit = ModelVariants.Evaluate("regional-framework-lots.yaml", "permit", null).Framing;

        (contract.AuthorityPays, concession.AuthorityPays, permit.AuthorityPays).ShouldBe((true, false, false));
        (contract.HasAwardCriteria, concession.HasAwardCriteria, permit.HasAwardCriteria).ShouldBe((true, true, false));
        (contract.RequiresEstimatedValue, concession.RequiresEstimatedValue, permit.RequiresEstimatedValue).ShouldBe((true, true, false));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(LegalRegime.PublicContract, false)]
    [InlineData(LegalRegime.Concession, true)]
    [InlineData(LegalRegime.Permit, false)]
    public void A_concession_admits_only_untied_sources_and_its_own_directive(LegalRegime? sourceRegime, bool admitted)
    {
        new LegalFraming(LegalRegime.Concession, true, "").Admits(sourceRegime).ShouldBe(admitted);
    }

    [Fact]
    public void Below_the_threshold_a_concession_cites_no_directive_and_a_permit_only_the_services_directive()
    {
        new LegalFraming(LegalRegime.Concession, false, "").Admits(LegalRegime.Concession).ShouldBeFalse();
        new LegalFraming(LegalRegime.Permit, false, "").Admits(LegalRegime.Permit).ShouldBeTrue();
        new LegalFraming(LegalRegime.Permit, false, "").Admits(LegalRegime.PublicContract).ShouldBeFalse();
    }

    [Theory]
    [InlineData("{party} shall report. Each month {party} reports; {party}'s back-end.", LegalRegime.Concession,
        "The concessionaire shall report. Each month the concessionaire reports; the concessionaire's back-end.")]
    [InlineData("Notified to {party}.", LegalRegime.Permit, "Notified to the permit holder.")]
    [InlineData("({party} pays)", LegalRegime.PublicContract, "(The contractor pays)")]
    public void The_party_is_named_as_the_model_calls_it_and_capitalised_at_a_sentence_start(string text, LegalRegime regime, string expected)
    {
        TenderBuilder.Core.Rules.PartyText.Render(text, regime, "en").ShouldBe(expected);
    }

    [Theory]
    [InlineData("{tender} rules. A {tender} that fails is rejected; the {tenderer}'s {tenders}. {tenderers} quote it.", LegalRegime.Permit,
        "Application rules. An application that fails is rejected; the applicant's applications. Applicants quote it.")]
    [InlineData("{tender} rules. A {tender} that fails is rejected; the {tenderer}'s {tenders}. {tenderers} quote it.", LegalRegime.Concession,
        "Tender rules. A tender that fails is rejected; the tenderer's tenders. Tenderers quote it.")]
    [InlineData("Where the {tender_documents} ask for it, a {tenderer} (or {tenderers}') proof.", LegalRegime.Permit,
        "Where the application documents ask for it, an applicant (or applicants') proof.")]
    [InlineData("Where the {tender_documents} ask for it, a {tenderer} (or {tenderers}') proof.", LegalRegime.PublicContract,
        "Where the tender documents ask for it, a tenderer (or tenderers') proof.")]
    [InlineData("({tenderer} signs) Data {tender}; a {party} and a {tender}.", LegalRegime.Permit,
        "(Applicant signs) Data application; a {party} and an application.")]
    public void The_offer_and_who_makes_it_are_named_as_the_model_calls_them_with_capital_possessive_plural_and_article(string text, LegalRegime regime, string expected)
    {
        TenderBuilder.Core.Rules.OfferText.Render(text, regime, "en").ShouldBe(expected);
    }

    [Fact]
    public void The_framed_text_fills_the_party_and_the_offer_together_and_reserves_both()
    {
        TenderBuilder.Core.Rules.FramedText.Render("{party} keeps a copy of its {tender}.", LegalRegime.Permit, "en")
            .ShouldBe("The permit holder keeps a copy of its application.");
        TenderBuilder.Core.Rules.FramedText.Tokens.ShouldBe(["party", "tender", "tenders", "tenderer", "tenderers", "tender_documents"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("{party:acc} and {party:dat}, {party:gen}; a {tender:dat}.", LegalRegime.Permit,
        "The permit holder and the permit holder, the permit holder; an application.")]
    [InlineData("{tenderers:gen} {tender_documents:acc} of {tenderer:dat}", LegalRegime.PublicContract,
        "Tenderers tender documents of tenderer")]
    public void A_token_with_a_grammatical_form_reads_as_its_form_which_in_english_is_the_plain_word(string text, LegalRegime regime, string expected)
    {
        TenderBuilder.Core.Rules.FramedText.Render(text, regime, "en").ShouldBe(expected);
    }

    [Fact]
    public void The_framing_words_give_every_token_under_every_regime_in_every_form()
    {
        var words = TenderBuilder.Core.Words.FramingWords.For("en");
        foreach (var token in TenderBuilder.Core.Rules.FramedText.Tokens)
        {
            foreach (var regime in Enum.GetValues<LegalRegime>())
            {
                words.Word(token, regime).ShouldNotBeNullOrWhiteSpace();
                foreach (var form in TenderBuilder.Core.Words.FramingWords.Forms)
                {
                    words.Word(token, regime, form).ShouldBe(words.Word(token, regime), $"{token} {regime} {form}: English does not inflect");
                }
            }
        }
    }

    [Fact]
    public void Only_english_turns_a_into_an_before_a_vowel()
    {
        // The pseudo-language is not English: its article and word pass through as written.
        TenderBuilder.Core.Rules.FramedText.Render("a {tender}", LegalRegime.Permit, TenderBuilder.Core.Catalogues.Translations.PseudoText.Language)
            .ShouldNotContain("an ");
    }
}

public sealed class BelowThresholdConcessionTests
{
    [Fact]
    public void A_clause_the_directive_requires_above_the_threshold_stays_but_does_not_claim_the_directive_below_it()
    {
        var below = ModelVariants.Evaluate("small-town-ten-ac-points.yaml", "concession", null);
        var above = ModelVariants.Evaluate("utrecht-like-concession.yaml", "concession", null);

        var kept = below.Clauses.Single(c => c.Id == "procedure.concession-minimum-requirements");
        kept.Sources.ShouldNotContain(s => s.SourceId == "dir-2014-23");
        kept.Explanation.ShouldContain("ask your legal adviser whether national law requires it");
        var based = above.Clauses.Single(c => c.Id == "procedure.concession-minimum-requirements");
        based.Sources.ShouldContain(s => s.SourceId == "dir-2014-23");
        based.Explanation.ShouldContain("Required by law (Directive 2014/23/EU Art. 37(1)");
    }
}

public sealed class DerivedRegimeTests
{
    [Theory]
    [InlineData("concession", null, "concession")]
    [InlineData("hybrid", true, "concession")]
    [InlineData("hybrid", false, "public_contract")]
    [InlineData("services", null, "public_contract")]
    [InlineData("permit", null, "permit")]
    public void The_law_is_worked_out_from_the_model_and_concession_clauses_follow_it(string model, bool? demandRisk, string regime)
    {
        var package = ModelVariants.Evaluate("regional-framework-lots.yaml", model, demandRisk);

        package.Answers.Choice(TenderBuilder.Core.Sites.DerivedAnswers.LegalRegime).ShouldBe(regime);
        package.Answers[TenderBuilder.Core.Sites.DerivedAnswers.LegalRegime].Origin.ShouldBe(TenderBuilder.Core.Answers.AnswerOrigin.Derived);
        package.Clauses.Any(c => c.Id == "procedure.concession-minimum-requirements").ShouldBe(regime == "concession");
    }

    [Fact]
    public void An_answer_given_for_the_law_is_refused_since_the_model_decides_it()
    {
        var input = ModelVariants.Under("regional-framework-lots.yaml", "services", null);
        var answers = input.Answers.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        answers[TenderBuilder.Core.Sites.DerivedAnswers.LegalRegime] = System.Text.Json.JsonSerializer.SerializeToElement("concession");

        var package = TenderBuilder.Core.Rules.RulesEngine.Evaluate(input with { Answers = answers }, TenderBuilder.Core.Catalogues.CatalogueLoader.Default, ModelVariants.ReferenceDate);

        package.Findings.ShouldContain(f => f.Code == "input.derived-answer" && f.Message.Contains("worked out from the procurement model"));
        package.Framing.Regime.ShouldBe(LegalRegime.PublicContract);
        package.Answers.Choice(TenderBuilder.Core.Sites.DerivedAnswers.LegalRegime).ShouldBe("public_contract");
    }
}
