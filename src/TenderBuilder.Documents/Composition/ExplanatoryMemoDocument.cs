using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Words;
using TenderBuilder.Documents.Model;

namespace TenderBuilder.Documents.Composition;

/// <summary>
/// The explanatory memo, internal to the authority: for every clause why it is there, its sources
/// and their verification status, its strength; the clauses left out and why; open findings; and
/// the sources a lawyer must check before publication.
/// </summary>
internal static class ExplanatoryMemoDocument
{
    public const string Title = "Explanatory memo for the authority";

    /// <summary>The file name, without extension.</summary>
    public const string FileName = "explanatory-memo";

    public static Document Compose(TenderPackage package, ClauseNumbers numbers)
    {
        var blocks = new BlockBuilder().Contents();
        blocks.Note(NoteKind.Warning, "Internal document of the contracting authority. Do not publish it or send it to tenderers.");

        blocks.Heading(1, "About this memo");
        blocks.Paragraph(
            $"This memo explains the tender documents built by TenderBuilder on {ScopeSection.Date(package.ReferenceDate)} with clause catalogue {package.CatalogVersion}. " +
            "For every clause it gives the answers that put it in the tender, its sources and whether each source has been verified against the primary legal text. " +
            "Sources marked \"to verify\" must be checked by a lawyer before publication.");

        WriteLegalFraming(blocks, package);
        WriteToVerify(blocks, package, numbers);
        WriteFindings(blocks, package);
        WriteClauses(blocks, package, numbers);
        WriteExcluded(blocks, package);
        WriteNotice(blocks, package, numbers);
        WriteGlossary(blocks, package);
        WriteTraceability(blocks, package, numbers);

        return new Document(TenderDocuments.Metadata(package, Title, FileName, Audience.Authority), blocks.Build());
    }

    // The law the package is written under, and why: a lawyer checks this before anything else
    // (docs/legal-framing.md).
    private static void WriteLegalFraming(BlockBuilder blocks, TenderPackage package)
    {
        var framing = package.Framing;
        blocks.Heading(1, "The law this tender is written under");
        var law = framing.Regime switch
        {
            Core.Framing.LegalRegime.Concession when framing.DirectiveApplies =>
                "The documents are written as a service concession under Directive 2014/23/EU and cite no article of Directive 2014/24/EU.",
            Core.Framing.LegalRegime.Concession =>
                "The documents are written as a service concession under national law: no procurement directive is cited as their basis.",
            Core.Framing.LegalRegime.Permit =>
                "The documents are written as permit conditions, not as a procurement: no procurement directive is cited. Where permits are limited, their selection follows Directive 2006/123/EC Art. 12.",
            _ => "The documents are written as a public contract under Directive 2014/24/EU and cite no article of Directive 2014/23/EU.",
        };
        blocks.Paragraph($"{framing.Reason} {law} The other party is called {Core.Rules.PartyText.Name(framing.Regime, package.Language)} throughout. Check this framing with your legal adviser before publication.");
    }

    private static void WriteToVerify(BlockBuilder blocks, TenderPackage package, ClauseNumbers numbers)
    {
        blocks.Heading(1, "Sources a lawyer must check before publication");
        var toVerify = package.Clauses
            .SelectMany(c => c.Sources.Where(s => s.Status == VerificationStatus.ToVerify).Select(s => (Source: s, Clause: c.Id)))
            .GroupBy(x => (x.Source.Document, x.Source.Locator))
            .OrderBy(g => g.Key.Document, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Locator, StringComparer.Ordinal)
            .ToList();
        if (toVerify.Count == 0)
        {
            blocks.Paragraph("Every source cited by the included clauses has been verified against the primary text.");
            return;
        }

        blocks.Paragraph($"{toVerify.Count} citations in the included clauses have not been verified against a primary text.");
        blocks.Table("Citations to verify",
            [new Column(4), new Column(3), new Column(3)],
            ["Document", "Where", "Cited by"],
            toVerify.Select(g => new[] { g.Key.Document, g.Key.Locator, string.Join(", ", g.Select(x => numbers[x.Clause]).Distinct()) }));
    }

    private static void WriteFindings(BlockBuilder blocks, TenderPackage package)
    {
        blocks.Heading(1, "Open findings");
        if (package.Findings.IsEmpty)
        {
            blocks.Paragraph("TenderBuilder found no inconsistency in the answers.");
            return;
        }

        blocks.Table("Findings",
            [new Column(2), new Column(6), new Column(2)],
            ["Severity", "Finding", "Source"],
            package.Findings.Select(f => new[]
            {
                Vocabulary.English.Of(f.Severity).LabelWithHelp,
                f.Message,
                f.References.IsEmpty
                    ? string.Join("; ", f.Sources.Select(s => $"{s.SourceId} {s.Locator}"))
                    : string.Join("; ", f.References.Select(s => $"{s.Label} — {Vocabulary.English.Label(s.Status)}")),
            }));
    }

    private static void WriteClauses(BlockBuilder blocks, TenderPackage package, ClauseNumbers numbers)
    {
        blocks.Heading(1, "Why each clause is in the tender");
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
            blocks.Labelled("Strength", Vocabulary.English.Of(clause.Strength).LabelWithHelp + (clause.IsCustom ? "; written by the authority" : ""));
            blocks.Labelled("Why", clause.Explanation);
            if (!clause.Parameters.IsEmpty)
            {
                blocks.Bullets(clause.Parameters.Select(p => $"{p.Label}: {p.Rendered} ({Vocabulary.English.Label(p.Origin)}{(p.DefaultSource is { } s ? $", {s.Label}, {Vocabulary.English.Label(s.Status)}" : "")})"));
            }

            blocks.Labelled("Sources", clause.Sources.IsEmpty
                ? "none (a clause written by the authority)"
                : string.Join("; ", clause.Sources.Select(s => $"{s.Label} — {Vocabulary.English.Label(s.Status)}")));
        }
    }

    // What a reviewer of the catalogue needs and an officer defending the tender does not: the
    // knowledge-base item each clause models, each answer its rule tested, and the section of
    // TenderBuilder's verified-facts sheet behind each verified source. Kept out of the body so
    // the reasons read as reasons, not as a trace of the tool.
    private static void WriteTraceability(BlockBuilder blocks, TenderPackage package, ClauseNumbers numbers)
    {
        blocks.Heading(1, TraceabilityHeading);
        blocks.Paragraph(
            "For those who review TenderBuilder's catalogue: for each clause, the knowledge-base item it models, each answer its rule tested and " +
            "whether the test held, and the section of TenderBuilder's verified-facts sheet that confirms each verified source.");
        foreach (var clause in package.Clauses.Where(c => !c.IsCustom))
        {
            blocks.Heading(2, $"{numbers[clause.Id]} {clause.Title}", "trace-" + numbers[clause.Id]);
            blocks.Labelled("Knowledge-base item", $"{clause.Kb} (clause {clause.Id}; see the catalogue traceability table)", ParagraphStyle.Small);
            if (!clause.Because.IsEmpty)
            {
                blocks.Table("The answers its rule tested",
                    [new Column(4), new Column(3), new Column(3), new Column(1.2)],
                    ["Question", "Answer", "The rule needs", "Met"],
                    clause.Because.Select(f => new[] { f.Question, f.Answer ?? "(not answered)", f.Test, f.Result ? "yes" : "no" }));
            }

            var verified = clause.Sources.Where(s => s.Status == VerificationStatus.Verified && s.VerifiedIn is not null).ToList();
            if (verified.Count > 0)
            {
                blocks.Labelled("Verified in", string.Join("; ", verified.Select(s => $"{s.Label} — {Vocabulary.English.Status(s.Status, s.VerifiedIn)}")), ParagraphStyle.Small);
            }
        }
    }

    /// <summary>The heading of the appendix that holds knowledge-base ids and fact-sheet sections.</summary>
    public const string TraceabilityHeading = "Traceability appendix";

    private static void WriteExcluded(BlockBuilder blocks, TenderPackage package)
    {
        blocks.Heading(1, "Clauses left out");
        var byOfficer = package.Excluded.Where(e => e.By == ExcludedBy.Officer).ToList();
        blocks.Heading(2, "Removed by the authority");
        if (byOfficer.Count == 0)
        {
            blocks.Paragraph("The authority removed no recommended clause.");
        }
        else
        {
            blocks.Table("Clauses removed by the authority, with its justification",
                [new Column(4), new Column(2), new Column(5)],
                ["Clause", "Strength", "Justification"],
                byOfficer.Select(e => new[] { e.Title, e.Strength.ToString(), e.Justification ?? "" }));
        }

        // Variants of one clause (a scoring formula per method, a wording per model) share a title:
        // when one variant is in, the others are not "left out", and the rest read once.
        var included = package.Clauses.Select(c => c.Title).ToHashSet(StringComparer.Ordinal);
        var byRule = package.Excluded
            .Where(e => e.By == ExcludedBy.Rule && !included.Contains(e.Title))
            .GroupBy(e => e.Title, StringComparer.Ordinal)
            .Select(g => new[] { g.Key, string.Join(" ", g.Select(e => e.Reason).Distinct(StringComparer.Ordinal)) })
            .ToList();
        blocks.Heading(2, "Not applicable to this tender");
        blocks.Table("Clauses whose conditions do not hold",
            [new Column(3), new Column(7)],
            ["Clause", "Why not"],
            byRule);
    }

    /// <summary>The heading of the annex that explains the terms of art the clauses use.</summary>
    public const string GlossaryHeading = "Glossary";

    // The terms of art the clauses use, so that a reader who is not an engineer can follow them;
    // a term the package does not use is left out.
    private static void WriteGlossary(BlockBuilder blocks, TenderPackage package)
    {
        var terms = package.TermsUsed();
        if (terms.Count == 0)
        {
            return;
        }

        blocks.Heading(1, GlossaryHeading);
        blocks.Paragraph("The terms of art used in the clauses of this tender, in plain words. Definitions taken from a source name it and whether it has been verified.");
        blocks.Table("Terms used in this tender",
            [new Column(2.5), new Column(6), new Column(2.5)],
            ["Term", "Meaning", "Source"],
            terms.Select(t => new[]
            {
                t.Aliases.IsEmpty ? t.Term : $"{t.Term} ({string.Join(", ", t.Aliases)})",
                t.Definition,
                t.Source is { } source ? $"{t.SourceName ?? source.SourceId} {source.Locator} — {Vocabulary.English.Label(source.Status)}" : "",
            }));
    }

    private static void WriteNotice(BlockBuilder blocks, TenderPackage package, ClauseNumbers numbers)
    {
        var notice = package.For(Deliverable.Notice).ToList();
        if (notice.Count == 0)
        {
            return;
        }

        blocks.Heading(1, "Data for the contract notice");
        foreach (var clause in notice)
        {
            blocks.Heading(2, $"{numbers[clause.Id]} {clause.Title}", "memo-" + numbers[clause.Id]);
            blocks.AppliesTo(clause);
            blocks.Paragraph(clause.Text);
            blocks.Labelled("Why", clause.Explanation, ParagraphStyle.Small);
        }
    }
}
