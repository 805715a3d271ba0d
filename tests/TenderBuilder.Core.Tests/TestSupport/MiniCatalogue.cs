using TenderBuilder.Core.Catalogues;

namespace TenderBuilder.Core.Tests.TestSupport;

/// <summary>
/// A small catalogue written in the tests, for checking the loader, the conditions and the engine
/// on cases the real catalogue does not (or must not) contain.
/// </summary>
internal static class MiniCatalogue
{
    public const string Version = """
        version: 2026.11.0
        sections: [tender, model, sites]
        topics: [demo]
        """;

    public const string Sources = """
        sources:
          - id: afir
            title: Regulation (EU) 2023/1804
            short: AFIR
            type: law
            url: http://data.europa.eu/eli/reg/2023/1804/oj
          - id: stf
            title: STF guidelines
            short: STF
            type: guidance
        """;

    public const string Tender = """
        section: tender
        title: The tender
        questions:
          - id: tender.title
            type: text
            label: Title
            field: title
            required: true
        """;

    public const string Model = """
        section: model
        title: Model
        questions:
          - id: model.type
            type: singleChoice
            label: Which model?
            options:
              - { value: concession, label: Service concession, reason: you chose a service concession }
              - { value: purchase_own, label: Purchase and own, reason: the authority buys and owns the points }
          - id: model.duration_years
            type: number
            label: How many years?
            reason: the contract runs for {answer}
            unit: years
            min: 1
            max: 30
            visibleWhen:
              equals: { question: model.type, value: concession }
        """;

    public const string Sites = """
        section: sites
        title: Sites
        questions:
          - id: sites.types
            type: multipleChoice
            label: Site types
            options:
              - { value: on_street, label: On-street, reason: the sites include on-street charging, reasonNot: there is no on-street site }
              - { value: hub, label: Hub, reason: the sites include a hub, reasonNot: there is no hub }
          - id: sites.rollout_end
            type: date
            label: End of roll-out
          - id: sites.public
            type: yesNo
            label: Publicly accessible?
            default: true
            defaultSource: { source: afir, locator: Art. 2(45), verified: "§1.4" }
          - id: sites.availability
            type: percentage
            label: Availability
        """;

    public const string Clauses = """
        topic: demo
        title: Demo
        clauses:
          - id: demo.always
            kb: T-01
            kind: technicalSpecification
            deliverable: specification
            strength: recommended
            title: Always there
            text: Each point shall be connected.
            verification: { method: declaration, text: The bidder declares it. }
            sources: [{ source: stf, locator: checklist }]
          - id: demo.concession-duration
            kb: T-02
            kind: contractPerformance
            deliverable: contract
            strength: mandatory
            title: Duration
            text: The concession runs {years}.
            parameters:
              - { name: years, type: duration, label: Duration, unit: years, min: 1, max: 30, fromAnswer: model.duration_years }
            verification: { method: documentReview, text: The contract states it. }
            when:
              all:
                - equals: { question: model.type, value: concession }
                - greaterThan: { question: model.duration_years, value: 5 }
            sources: [{ source: afir, locator: Art. 5(1), verified: "§1.6" }]
          - id: demo.availability
            kb: T-03
            kind: contractPerformance
            deliverable: contract
            strength: recommended
            title: Availability
            text: Each point shall be available {share} of the time.
            parameters:
              - { name: share, type: percentage, label: Availability, fromAnswer: sites.availability }
            verification: { method: documentReview, text: Monthly reports. }
            when:
              in: { question: model.type, values: [concession, purchase_own] }
            sources: [{ source: stf, locator: checklist }]
          - id: demo.hub-only
            kb: T-04
            kind: technicalSpecification
            deliverable: specification
            strength: optional
            title: Hub signage
            text: Hubs shall be signposted.
            verification: { method: siteAcceptanceTest, text: Checked on site. }
            when:
              contains: { question: sites.types, value: hub }
            sources: [{ source: stf, locator: checklist }]
        """;

    public static Catalogue Load(string? model = null, string? sites = null, string? clauses = null, string? version = null, string? sources = null) =>
        CatalogueLoader.Load(Files(model, sites, clauses, version, sources));

    public static List<CatalogueFile> Files(string? model = null, string? sites = null, string? clauses = null, string? version = null, string? sources = null) =>
    [
        new("catalogue.yaml", version ?? Version),
        new("sources.yaml", sources ?? Sources),
        new("questions/tender.yaml", Tender),
        new("questions/model.yaml", model ?? Model),
        new("questions/sites.yaml", sites ?? Sites),
        new("clauses/demo.yaml", clauses ?? Clauses),
    ];
}
