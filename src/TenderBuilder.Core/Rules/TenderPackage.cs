using System.Collections.Immutable;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Conditions;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Core.Rules;

/// <summary>
/// What the rules engine makes of a TenderInput: the included clauses with resolved parameters,
/// every excluded clause with its reason, and the findings. Documents and exports are written
/// from this alone.
/// </summary>
public sealed record TenderPackage
{
    /// <summary>The catalogue version the package was built with.</summary>
    public required string CatalogVersion { get; init; }

    /// <summary>The date the evaluation was made for (thresholds, dates in force).</summary>
    public required DateOnly ReferenceDate { get; init; }

    /// <summary>
    /// The document language (a BCP-47 tag from <see cref="Input.DocumentLanguages"/>): every
    /// word of the package is in it, clause texts as translated in the catalogue, furniture from
    /// the localisation table (<see cref="Words.WordTables"/>).
    /// </summary>
    public string Language { get; init; } = Input.DocumentLanguages.English;

    /// <summary>The tender's metadata, as given.</summary>
    public required TenderMetadata Tender { get; init; }

    /// <summary>
    /// The law the package is written under, from the procurement model (docs/legal-framing.md); a
    /// package made elsewhere than the rules engine is a public contract unless it says otherwise.
    /// </summary>
    public Framing.LegalFraming Framing { get; init; } = new(Core.Framing.LegalRegime.PublicContract, true, "");

    /// <summary>
    /// The sites and their charging points, as given: the documents list them for bidders to price
    /// and count the quantities from them. Empty when the draft gives totals only.
    /// </summary>
    public ImmutableArray<Site> Sites { get; init; } = [];

    /// <summary>Every answer as the rules read it (for exports that describe the tender itself, such as open data).</summary>
    public required AnswerSet Answers { get; init; }

    /// <summary>Included clauses, by deliverable, then topic, then catalogue order; custom clauses last.</summary>
    public required ImmutableArray<IncludedClause> Clauses { get; init; }

    /// <summary>Clauses not included, by the rules or by the officer.</summary>
    public required ImmutableArray<ExcludedClause> Excluded { get; init; }

    /// <summary>Errors, warnings and information.</summary>
    public required ImmutableArray<Finding> Findings { get; init; }

    /// <summary>Whether any finding blocks export.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);

    /// <summary>The catalogue's glossary, kept so the documents can explain the terms they use.</summary>
    public Glossary Glossary { get; init; } = Glossary.Empty;

    /// <summary>
    /// The glossary terms the package's clauses use (titles, texts, reasons), alphabetically: worked out
    /// only when asked, since evaluation runs on every answer and only the memo needs them.
    /// </summary>
    public IReadOnlyList<GlossaryTerm> TermsUsed() =>
        Glossary.TermsIn(Clauses.SelectMany(c => new[] { c.Title, c.Text, c.Explanation }));

    /// <summary>The included clauses of one deliverable.</summary>
    public IEnumerable<IncludedClause> For(Deliverable deliverable) => Clauses.Where(c => c.Deliverable == deliverable);
}

/// <summary>A citation with its document resolved, ready to print.</summary>
public sealed record SourceReference(string SourceId, string Document, string Short, SourceType Type, string Locator, VerificationStatus Status, string? VerifiedIn, Uri? Url)
{
    /// <summary>"AFIR Art. 5(1)".</summary>
    public string Label => $"{Short} {Locator}";
}

/// <summary>Where a parameter's value came from.</summary>
public enum ParameterOrigin
{
    /// <summary>Nothing: the authority must set it.</summary>
    Unset,

    /// <summary>The catalogue's source-backed default.</summary>
    Default,

    /// <summary>An answer to a question.</summary>
    Answer,

    /// <summary>The officer's override.</summary>
    Override,
}

/// <summary>A parameter with its value and where the value came from.</summary>
public sealed record ResolvedParameter(string Name, string Label, AnswerValue? Value, string Rendered, ParameterOrigin Origin, SourceReference? DefaultSource);

/// <summary>An included clause, its text resolved, with the explanation of why it is there.</summary>
public sealed record IncludedClause
{
    /// <summary>Clause id (<c>custom.*</c> for the officer's own).</summary>
    public required string Id { get; init; }

    /// <summary>The knowledge-base item it models (empty for custom clauses).</summary>
    public required string Kb { get; init; }

    /// <summary>Selection, specification, award or contract performance.</summary>
    public required ClauseKind Kind { get; init; }

    /// <summary>The document it goes into.</summary>
    public required Deliverable Deliverable { get; init; }

    /// <summary>Internal strength (never shown to bidders).</summary>
    public required Strength Strength { get; init; }

    /// <summary>The topic id.</summary>
    public required string Topic { get; init; }

    /// <summary>The topic's heading.</summary>
    public required string TopicTitle { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>The requirement text, parameters filled in.</summary>
    public required string Text { get; init; }

    /// <summary>How it is verified.</summary>
    public required Verification Verification { get; init; }

    /// <summary>Its sources, with verification status.</summary>
    public required ImmutableArray<SourceReference> Sources { get; init; }

    /// <summary>Its parameters and their values.</summary>
    public required ImmutableArray<ResolvedParameter> Parameters { get; init; }

    /// <summary>Why it is in, in plain words.</summary>
    public required string Explanation { get; init; }

    /// <summary>The answers behind it.</summary>
    public required ImmutableArray<Fact> Because { get; init; }

    /// <summary>Whether the officer wrote it.</summary>
    public bool IsCustom { get; init; }

    /// <summary>The charging points it binds under the answers, or null for every point.</summary>
    public ClauseScope? Scope { get; init; }

    /// <summary>
    /// The scope in a sentence the documents print under the title ("Applies to AC charging points
    /// at sites of the type …."), or null for a clause that binds every point.
    /// </summary>
    public string? AppliesTo { get; init; }

    /// <summary>
    /// How far the catalogue's translation of the clause is checked, for the memo: null in English
    /// (the original) and for the officer's own clauses; bidders' documents carry no such mark.
    /// </summary>
    public Catalogues.Translations.TranslationStatus? Translation { get; init; }

    /// <summary>
    /// For the officer's own clause, the language its author declared it is written in (a tag of
    /// <see cref="DocumentLanguages"/>), or null when not declared; its text is printed as written,
    /// so the memo names every one not declared in the document language.
    /// </summary>
    public string? DeclaredLanguage { get; init; }

    /// <summary>The verified legal provisions that make a mandatory clause mandatory ("AFIR Art. 5(1)").</summary>
    public IEnumerable<SourceReference> RequiredBy =>
        Strength == Strength.Mandatory ? Sources.Where(s => s.Type == SourceType.Law && s.Status == VerificationStatus.Verified) : [];

    /// <summary>Whether the officer may remove it (with a justification): every clause the law does not require.</summary>
    public bool IsRemovable => Strength != Strength.Mandatory;

    /// <summary>
    /// For the officer's own clause, its id among the input's custom clauses (the clause id without
    /// its <c>custom.</c> topic), which is what deleting it takes; null for a catalogue clause.
    /// </summary>
    public string? CustomClauseId => IsCustom ? CustomClauses.IdOf(Id) : null;
}

/// <summary>Who left a clause out.</summary>
public enum ExcludedBy
{
    /// <summary>Its condition did not hold.</summary>
    Rule,

    /// <summary>The officer removed it, with a justification.</summary>
    Officer,
}

/// <summary>A catalogue clause that is not in the tender, and why.</summary>
public sealed record ExcludedClause(
    string Id,
    string Title,
    Strength Strength,
    ExcludedBy By,
    string Reason,
    string? Justification,
    ImmutableArray<Fact> Because);
