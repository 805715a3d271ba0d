using System.Globalization;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Words;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Words;

namespace TenderBuilder.Documents.Composition;

/// <summary>
/// The "Subject matter and scope" section that opens the technical specifications and the
/// contract performance annex: what is bought, how many points of which power per lot and site
/// type, the roll-out dates, the term and the value. It only restates the draft; what the draft
/// leaves open reads "to be set by the authority", never a guess.
/// </summary>
internal static class ScopeSection
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes the section in <paramref name="words"/>, numbers and money in the culture of <paramref name="language"/>.</summary>
    public static void Write(BlockBuilder blocks, TenderScope scope, ScopeWords words, string? language = null)
    {
        var culture = DocumentTerms.Culture(language);
        blocks.Heading(1, words.Heading);
        What(blocks, scope, words);
        Quantities(blocks, scope, words, language);
        Lots(blocks, scope, words);
        Rollout(blocks, scope, words);
        Term(blocks, scope, words, culture);
        Payment(blocks, scope, words);
        Value(blocks, scope, words, culture);
    }

    /// <summary>A count as the documents print it: digits only, so it reads the same in every language.</summary>
    public static string Count(int value) => value.ToString(s_invariant);

    /// <summary>An amount with its currency code first ("EUR 9,500,000").</summary>
    public static string Money(decimal amount, string? currency, CultureInfo? culture = null)
    {
        var number = amount.ToString(amount == decimal.Truncate(amount) ? "#,0" : "#,0.00", culture ?? s_invariant);
        return string.IsNullOrWhiteSpace(currency) ? number : $"{currency} {number}";
    }

    private static void What(BlockBuilder blocks, TenderScope scope, ScopeWords words)
    {
        blocks.Heading(2, words.WhatHeading);
        if (scope.Model is { } model && words.WhatIsBought.TryGetValue(model, out var what))
        {
            blocks.Paragraph(FramedText.Render(what, scope.Regime, scope.Language));
            blocks.Paragraph(Format(words.ModelIs, scope.ModelLabel ?? model));
        }
        else
        {
            blocks.Paragraph(words.ModelUnknown);
        }

        if (scope.JointProcurement == true)
        {
            blocks.Paragraph(words.JointProcurement);
        }
    }

    private static void Quantities(BlockBuilder blocks, TenderScope scope, ScopeWords words, string? language)
    {
        blocks.Heading(2, words.QuantitiesHeading);
        blocks.Paragraph(scope.FromSites
            ? Format(words.FromSites, words.AnnexHeading, Core.Input.DocumentLanguages.InRunningText(DocumentWords.For(language).SpecificationTitle, language))
            : words.FromTotals);
        if (scope.Total.AllPoints is null)
        {
            blocks.Paragraph(words.NoQuantities);
        }
        else
        {
            QuantitiesTable(blocks, scope, words, language);
            if (scope.Total.IsPartial)
            {
                blocks.Paragraph(words.Partial, ParagraphStyle.Small);
            }
        }

        if (scope.Lots.Length > 0 && scope.Lots.All(l => l.Quantities is null))
        {
            blocks.Paragraph(words.LotSplitUnknown);
        }

        SiteTypes(blocks, scope, words);
    }

    // Rows are the power classes that have points (or are not counted), columns the lots and the
    // total: a bidder for one lot reads down its column, and the classes nobody asked for stay out.
    private static void QuantitiesTable(BlockBuilder blocks, TenderScope scope, ScopeWords words, string? language)
    {
        var lots = scope.Lots.Where(l => l.Quantities is not null).ToList();
        var header = new List<string> { words.PowerClassColumn };
        header.AddRange(lots.Select(l => l.Id.Length == 0 ? words.NoLotColumn : Format(words.LotColumn, l.Id)));
        header.Add(words.Total);

        var rows = new List<string[]>();
        foreach (var powerClass in PowerClasses.All)
        {
            var total = scope.Total.Points[powerClass];
            if (total == 0)
            {
                continue;
            }

            rows.Add([DocumentTerms.Of(language).Label(powerClass), .. lots.Select(l => Cell(l.Quantities!.Points[powerClass], words)), Cell(total, words)]);
        }

        if (scope.Total.Unclassified > 0)
        {
            rows.Add([words.UnclassifiedRow, .. lots.Select(l => Count(l.Quantities!.Unclassified)), Count(scope.Total.Unclassified)]);
        }

        rows.Add([words.Total, .. lots.Select(l => Cell(l.Quantities!.AllPoints ?? 0, words)), Cell(scope.Total.AllPoints, words)]);
        rows.Add([words.SitesRow, .. lots.Select(l => Cell(l.Quantities!.Sites, words)), Cell(scope.Total.Sites, words)]);

        Column[] columns = [new(3), .. lots.Select(_ => new Column(1, Alignment.Right)), new(1, Alignment.Right)];
        blocks.Table(words.QuantitiesCaption, columns, [.. header], rows);
    }

    private static void SiteTypes(BlockBuilder blocks, TenderScope scope, ScopeWords words)
    {
        if (scope.SiteTypes.IsEmpty)
        {
            return;
        }

        if (!scope.FromSites)
        {
            blocks.Paragraph(Format(words.SiteTypesAre, string.Join("; ", scope.SiteTypes.Select(t => ShortLabel(t.Label) ?? t.Type))));
            return;
        }

        blocks.Table(
            words.SiteTypesCaption,
            [new(3), new(1, Alignment.Right), new(1, Alignment.Right)],
            [words.SiteTypeColumn, words.SitesRow, words.PointsColumn],
            scope.SiteTypes.Select(t => new[] { (t.Type is null ? null : ShortLabel(t.Label)) ?? words.TypeNotGiven, Cell(t.Sites, words), Cell(t.Points, words) }));
    }

    private static void Lots(BlockBuilder blocks, TenderScope scope, ScopeWords words)
    {
        var lots = scope.Lots.Where(l => l.Id.Length > 0).ToList();
        if (lots.Count == 0)
        {
            return;
        }

        blocks.Heading(2, words.LotsHeading);
        blocks.Bullets(lots.Select(l =>
        {
            var line = Format(words.LotLine, l.Id, l.Title ?? "");
            return string.IsNullOrWhiteSpace(l.Description) ? line : $"{line}. {l.Description.Trim()}";
        }));
        // The offer's words are filled first: a format string reads only numbered holes.
        blocks.Paragraph(scope.MaxLotsAwarded is { } most
            ? Format(FramedText.Render(words.LotsLimited, scope.Regime, scope.Language), most == 1 ? words.OneLot : Format(words.SomeLots, Count(most)))
            : FramedText.Render(words.LotsEveryLot, scope.Regime, scope.Language));
    }

    private static void Rollout(BlockBuilder blocks, TenderScope scope, ScopeWords words)
    {
        blocks.Heading(2, words.RolloutHeading);
        var dates = new List<string>();
        if (scope.ContractStart is { } start)
        {
            dates.Add(Format(words.ContractStarts, ValueText.Date(start, scope.Language)));
        }

        if (scope.RolloutStart is { } first)
        {
            dates.Add(Format(words.RolloutStarts, ValueText.Date(first, scope.Language)));
        }

        if (scope.RolloutEnd is { } last)
        {
            dates.Add(Format(words.RolloutEnds, ValueText.Date(last, scope.Language)));
        }

        if (scope.RolloutStart is null && scope.RolloutEnd is null)
        {
            dates.Add(words.RolloutUnknown);
        }

        foreach (var line in dates)
        {
            blocks.Paragraph(line);
        }

        if (scope.Milestones.IsEmpty)
        {
            return;
        }

        blocks.Paragraph(words.MilestonesIntro);
        var items = scope.Milestones.Select(m => Format(words.MilestoneLine, ValueText.Date(m.Date, scope.Language), Count(m.Points), Count(m.Sites), SitesWord(m.Sites, words))).ToList();
        if (scope.SitesWithoutDate > 0)
        {
            items.Add(Format(words.WithoutDate, Count(scope.PointsWithoutDate), Count(scope.SitesWithoutDate), SitesWord(scope.SitesWithoutDate, words)));
        }

        blocks.Bullets(items);
    }

    private static void Term(BlockBuilder blocks, TenderScope scope, ScopeWords words, CultureInfo culture)
    {
        blocks.Heading(2, words.TermHeading);
        blocks.Paragraph(scope.DurationYears is { } years ? Format(words.TermYears, years.ToString("0.##", culture)) : words.TermUnknown);
        if (scope.EndOfTermLabel is { } end)
        {
            blocks.Paragraph(Format(words.EndOfTerm, end));
        }

        if (scope.ReviewClause == true)
        {
            blocks.Paragraph(words.ReviewClause);
        }
    }

    // Who pays whom, who keeps the charging revenue and who pays the grid: a bid manager cannot
    // build a price without these (docs/legal-framing.md, "price fits the money flow").
    private static void Payment(BlockBuilder blocks, TenderScope scope, ScopeWords words)
    {
        blocks.Heading(2, words.MoneyHeading);
        var lines = new List<string>();
        switch (scope.Regime)
        {
            case LegalRegime.PublicContract:
                lines.Add(words.AuthorityPays);
                lines.Add(scope.ChargingRevenue switch
                {
                    "operator" => words.RevenueOperator,
                    "authority" => words.RevenueAuthority,
                    _ => words.RevenueUnknown,
                });
                lines.Add(scope.InstallationPaid switch
                {
                    "per_point" => words.PaidPerPoint,
                    "after_rollout" => words.PaidAfterRollout,
                    _ => words.PaidUnknown,
                });
                lines.Add(scope.PriceIndex is { } index ? Format(words.Indexed, index) : words.NotIndexed);
                break;
            case LegalRegime.Concession:
                lines.Add(scope.PublicFunding == true ? words.ConcessionFunded : words.ConcessionMoney);
                break;
            default:
                lines.Add(words.PermitMoney);
                break;
        }

        lines.Add(scope.GridConnections switch
        {
            "authority" => words.GridByAuthority,
            "operator" => words.GridByOperator,
            _ => words.GridUnknown,
        });
        if (scope.ListsGridCapacity)
        {
            lines.Add(scope.GridCapacityStatus is { } status && words.GridCapacityMeans.TryGetValue(status, out var means) ? means : words.GridCapacityUnknown);
        }

        foreach (var line in lines)
        {
            blocks.Paragraph(FramedText.Render(line, scope.Regime, scope.Language));
        }
    }

    private static void Value(BlockBuilder blocks, TenderScope scope, ScopeWords words, CultureInfo culture)
    {
        // A permit is not bought: a value would read as money the authority expects to pay, so none
        // is printed, even where the officer entered one.
        if (!scope.ValueRequired)
        {
            return;
        }

        blocks.Heading(2, words.ValueHeading);
        blocks.Paragraph(scope.EstimatedValue is { } total ? Format(words.ValueTotal, Money(total, scope.Currency, culture)) : words.ValueUnknown);
        var lots = scope.Lots.Where(l => l.Id.Length > 0).ToList();
        if (lots.Count > 0)
        {
            blocks.Bullets(lots.Select(l => Format(words.ValueLot, l.Id, l.EstimatedValue is { } value ? Money(value, scope.Currency, culture) : words.ToBeSet)));
        }

        blocks.Paragraph(FramedText.Render(scope.Regime == LegalRegime.Concession ? words.ValueIsTurnover : words.ValueIsSpending, scope.Regime, scope.Language));
    }

    // The questionnaire's option up to its first comma or bracket: the help after it is for the officer.
    internal static string? ShortLabel(string? label)
    {
        if (label is null)
        {
            return null;
        }

        var cut = label.IndexOfAny([',', '(']);
        return cut > 0 ? label[..cut].Trim() : label;
    }

    private static string SitesWord(int count, ScopeWords words) => count == 1 ? words.Site : words.SitesWord;

    private static string Cell(int? value, ScopeWords words) => value is { } v ? Count(v) : words.ToBeSet;

    private static string Format(string format, params object[] args) => string.Format(s_invariant, format, args);
}
