using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Catalogues.Translations;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Words;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Words;

namespace TenderBuilder.Documents.Composition;

/// <summary>
/// The explanatory memo, internal to the authority: for every clause why it is there, its sources
/// and their verification status, its strength; the clauses left out and why; open findings; and
/// the sources a lawyer must check before publication.
/// </summary>
internal static class ExplanatoryMemoDocument
{
    /// <summary>The English title.</summary>
    public static string Title => DocumentWords.English.MemoTitle;

    /// <summary>The file name, without extension.</summary>
    public const string FileName = "explanatory-memo";

    public static Document Compose(TenderPackage package, ClauseNumbers numbers)
    {
        var words = MemoWords.For(package.Language);
        var terms = DocumentTerms.Of(package.Language);
        var blocks = new BlockBuilder().Contents(DocumentWords.For(package.Language).Contents);
        blocks.Note(NoteKind.Warning, words.InternalWarning);

        blocks.Heading(1, words.AboutHeading);
        blocks.Paragraph(Format(words.About, Core.Words.ValueText.Date(package.ReferenceDate, package.Language), package.CatalogVersion));
        WriteTranslationSummary(blocks, package, words);

        WriteLegalFraming(blocks, package, words);
        WriteToVerify(blocks, package, numbers, words);
        WriteFindings(blocks, package, words, terms);
        WriteClauses(blocks, package, numbers, words, terms);
        WriteExcluded(blocks, package, words, terms);
        WriteNotice(blocks, package, numbers, words);
        WriteGlossary(blocks, package, words, terms);
        WriteTraceability(blocks, package, numbers, words, terms);

        return new Document(TenderDocuments.Metadata(package, DocumentWords.For(package.Language).MemoTitle, FileName, Audience.Authority), blocks.Build());
    }

    private static string Format(string format, params object[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);

    // The law the package is written under, and why: a lawyer checks this before anything else
    // (docs/legal-framing.md).
    private static void WriteLegalFraming(BlockBuilder blocks, TenderPackage package, MemoWords words)
    {
        var framing = package.Framing;
        blocks.Heading(1, words.LawHeading);
        var law = framing.Regime switch
        {
            Core.Framing.LegalRegime.Concession when framing.DirectiveApplies => words.LawConcessionDirective,
            Core.Framing.LegalRegime.Concession => words.LawConcessionNational,
            Core.Framing.LegalRegime.Permit => words.LawPermit,
            _ => words.LawPublicContract,
        };
        blocks.Paragraph($"{framing.Reason} {law} {Format(words.PartyCalled, Core.Rules.PartyText.Name(framing.Regime, package.Language))}");
    }

    private static void WriteToVerify(BlockBuilder blocks, TenderPackage package, ClauseNumbers numbers, MemoWords words)
    {
        blocks.Heading(1, words.ToVerifyHeading);
        var toVerify = package.Clauses
            .SelectMany(c => c.Sources.Where(s => s.Status == VerificationStatus.ToVerify).Select(s => (Source: s, Clause: c.Id)))
            .GroupBy(x => (x.Source.Document, x.Source.Locator))
            .OrderBy(g => g.Key.Document, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Locator, StringComparer.Ordinal)
            .ToList();
        if (toVerify.Count == 0)
        {
            blocks.Paragraph(words.AllVerified);
            return;
        }

        blocks.Paragraph(Format(words.SomeToVerify, ScopeSection.Count(toVerify.Count)));
        blocks.Table(words.ToVerifyCaption,
            [new Column(4), new Column(3), new Column(3)],
            [.. words.ToVerifyColumns],
            toVerify.Select(g => new[] { g.Key.Document, g.Key.Locator, string.Join(", ", g.Select(x => numbers[x.Clause]).Distinct()) }));
    }

    private static void WriteFindings(BlockBuilder blocks, TenderPackage package, MemoWords words, Vocabulary terms)
    {
        blocks.Heading(1, words.FindingsHeading);
        if (package.Findings.IsEmpty)
        {
            blocks.Paragraph(words.NoFindings);
            return;
        }

        blocks.Table(words.FindingsCaption,
            [new Column(2), new Column(6), new Column(2)],
            [.. words.FindingsColumns],
            package.Findings.Select(f => new[]
            {
                terms.Of(f.Severity).LabelWithHelp,
                f.Message,
                f.References.IsEmpty
                    ? string.Join("; ", f.Sources.Select(s => $"{s.SourceId} {s.Locator}"))
                    : string.Join("; ", f.References.Select(s => $"{s.Label} — {terms.Label(s.Status)}")),
            }));
    }

    private static void WriteClauses(BlockBuilder blocks, TenderPackage package, ClauseNumbers numbers, MemoWords words, Vocabulary terms)
    {
        blocks.Heading(1, words.ClausesHeading);
        // The order of the documents: specifications, selection then award criteria, contract annex.
        var ordered = package.Clauses
            .Where(c => c.Deliverable != Deliverable.Notice)
            .Select((clause, index) => (clause, index))
            .OrderBy(x => x.clause.Deliverable)
            .ThenBy(x => x.clause.Kind == ClauseKind.AwardCriterion)
            .ThenBy(x => x.index)
            .Select(x => x.clause);
        foreach (var clause in ordered)
        {
            blocks.Heading(2, $"{numbers[clause.Id]} {clause.Title}", "memo-" + numbers[clause.Id]);
            blocks.AppliesTo(clause);
            blocks.Labelled(words.Strength, terms.Of(clause.Strength).LabelWithHelp + (clause.IsCustom ? "; " + words.WrittenByAuthority : ""));
            WriteLanguage(blocks, package, clause, words);
            blocks.Labelled(words.Why, clause.Explanation);
            if (!clause.Parameters.IsEmpty)
            {
                blocks.Bullets(clause.Parameters.Select(p => $"{p.Label}: {p.Rendered} ({terms.Label(p.Origin)}{(p.DefaultSource is { } s ? $", {s.Label}, {terms.Label(s.Status)}" : "")})"));
            }

            blocks.Labelled(words.Sources, clause.Sources.IsEmpty
                ? words.NoSources
                : string.Join("; ", clause.Sources.Select(s => $"{s.Label} — {terms.Label(s.Status)}")));
        }
    }

    // Said once, so the reason a translation needs checking is not repeated under every clause; each
    // clause then carries only its one-word status.
    private static void WriteTranslationSummary(BlockBuilder blocks, TenderPackage package, MemoWords words)
    {
        var statuses = package.Clauses.Where(c => c.Translation is not null).Select(c => c.Translation).ToList();
        if (statuses.Count == 0)
        {
            return;
        }

        var reviewed = statuses.Count(s => s == TranslationStatus.Reviewed);
        blocks.Paragraph(Format(words.TranslationSummary, ScopeSection.Count(statuses.Count - reviewed), ScopeSection.Count(reviewed)));
    }

    // A package in a language other than English says how far each catalogue clause's translation
    // is checked, and which of the authority's own clauses are not declared in the document
    // language (their text goes in as written). Nothing in English, where the catalogue is the original.
    private static void WriteLanguage(BlockBuilder blocks, TenderPackage package, IncludedClause clause, MemoWords words)
    {
        if (clause.Translation is { } status)
        {
            blocks.Labelled(words.Translation, status == TranslationStatus.Reviewed ? words.TranslationReviewed : words.TranslationDraft);
        }

        if (clause.IsCustom && clause.DeclaredLanguage != package.Language
            && !(clause.DeclaredLanguage is null && package.Language == DocumentLanguages.English))
        {
            blocks.Labelled(words.Language, Format(words.LanguageNotDeclared, LanguageName(package.Language, words)));
        }
    }

    private static string LanguageName(string language, MemoWords words) =>
        words.LanguageNames.TryGetValue(language, out var name) ? name : language;

    // What a reviewer of the catalogue needs and an officer defending the tender does not: the
    // knowledge-base item each clause models, each answer its rule tested, and the section of
    // TenderBuilder's verified-facts sheet behind each verified source. Kept out of the body so
    // the reasons read as reasons, not as a trace of the tool.
    private static void WriteTraceability(BlockBuilder blocks, TenderPackage package, ClauseNumbers numbers, MemoWords words, Vocabulary terms)
    {
        blocks.Heading(1, words.TraceabilityHeading);
        blocks.Paragraph(words.TraceabilityIntro);
        foreach (var clause in package.Clauses.Where(c => !c.IsCustom))
        {
            blocks.Heading(2, $"{numbers[clause.Id]} {clause.Title}", "trace-" + numbers[clause.Id]);
            blocks.Labelled(words.KnowledgeBaseItem, Format(words.KnowledgeBaseLine, clause.Kb, clause.Id), ParagraphStyle.Small);
            if (!clause.Because.IsEmpty)
            {
                blocks.Table(words.RuleTestedCaption,
                    [new Column(4), new Column(3), new Column(3), new Column(1.2)],
                    [.. words.RuleTestedColumns],
                    clause.Because.Select(f => new[] { f.Question, f.Answer ?? words.NotAnswered, f.Test, f.Result ? words.Met : words.NotMet }));
            }

            var verified = clause.Sources.Where(s => s.Status == VerificationStatus.Verified && s.VerifiedIn is not null).ToList();
            if (verified.Count > 0)
            {
                blocks.Labelled(words.VerifiedIn, string.Join("; ", verified.Select(s => $"{s.Label} — {terms.Status(s.Status, s.VerifiedIn)}")), ParagraphStyle.Small);
            }
        }
    }

    /// <summary>The English heading of the appendix that holds knowledge-base ids and fact-sheet sections.</summary>
    public static string TraceabilityHeading => MemoWords.English.TraceabilityHeading;

    private static void WriteExcluded(BlockBuilder blocks, TenderPackage package, MemoWords words, Vocabulary terms)
    {
        blocks.Heading(1, words.ExcludedHeading);
        var byOfficer = package.Excluded.Where(e => e.By == ExcludedBy.Officer).ToList();
        blocks.Heading(2, words.RemovedHeading);
        if (byOfficer.Count == 0)
        {
            blocks.Paragraph(words.NoneRemoved);
        }
        else
        {
            blocks.Table(words.RemovedCaption,
                [new Column(4), new Column(2), new Column(5)],
                [.. words.RemovedColumns],
                byOfficer.Select(e => new[] { e.Title, terms.Label(e.Strength), e.Justification ?? "" }));
        }

        // Variants of one clause (a scoring formula per method, a wording per model) share a title:
        // when one variant is in, the others are not "left out", and the rest read once.
        var included = package.Clauses.Select(c => c.Title).ToHashSet(StringComparer.Ordinal);
        var byRule = package.Excluded
            .Where(e => e.By == ExcludedBy.Rule && !included.Contains(e.Title))
            .GroupBy(e => e.Title, StringComparer.Ordinal)
            .Select(g => new[] { g.Key, string.Join(" ", g.Select(e => e.Reason).Distinct(StringComparer.Ordinal)) })
            .ToList();
        blocks.Heading(2, words.NotApplicableHeading);
        blocks.Table(words.NotApplicableCaption,
            [new Column(3), new Column(7)],
            [.. words.NotApplicableColumns],
            byRule);
    }

    /// <summary>The English heading of the annex that explains the terms of art the clauses use.</summary>
    public static string GlossaryHeading => MemoWords.English.GlossaryHeading;

    // The terms of art the clauses use, so that a reader who is not an engineer can follow them;
    // a term the package does not use is left out.
    private static void WriteGlossary(BlockBuilder blocks, TenderPackage package, MemoWords words, Vocabulary terms)
    {
        var used = package.TermsUsed();
        if (used.Count == 0)
        {
            return;
        }

        blocks.Heading(1, words.GlossaryHeading);
        blocks.Paragraph(words.GlossaryIntro);
        blocks.Table(words.GlossaryCaption,
            [new Column(2.5), new Column(6), new Column(2.5)],
            [.. words.GlossaryColumns],
            used.Select(t => new[]
            {
                t.Aliases.IsEmpty ? t.Term : $"{t.Term} ({string.Join(", ", t.Aliases)})",
                t.Definition,
                t.Source is { } source ? $"{t.SourceName ?? source.SourceId} {source.Locator} — {terms.Label(source.Status)}" : "",
            }));
    }

    private static void WriteNotice(BlockBuilder blocks, TenderPackage package, ClauseNumbers numbers, MemoWords words)
    {
        var notice = package.For(Deliverable.Notice).ToList();
        if (notice.Count == 0)
        {
            return;
        }

        blocks.Heading(1, words.NoticeHeading);
        foreach (var clause in notice)
        {
            blocks.Heading(2, $"{numbers[clause.Id]} {clause.Title}", "memo-" + numbers[clause.Id]);
            blocks.AppliesTo(clause);
            blocks.Paragraph(clause.Text);
            blocks.Labelled(words.Why, clause.Explanation, ParagraphStyle.Small);
        }
    }
}
