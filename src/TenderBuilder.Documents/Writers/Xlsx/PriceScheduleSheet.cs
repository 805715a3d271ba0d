using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Words;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Words;

namespace TenderBuilder.Documents.Writers.Xlsx;

/// <summary>
/// The "Price schedule" sheet: the bidder's prices per charging point of each AFIR power class,
/// per lot, with the quantities and the term given and the totals calculated, so every bidder
/// prices the same thing and the "total price" of the award criterion has a single meaning. Below
/// it, the unit prices for the changes the contract annex lets the authority order during the
/// term, which the review clause says are paid "at the unit price … stated in its tender's price
/// schedule".
/// </summary>
/// <remarks>
/// Prices per point are written only when the authority pays the other party
/// (<see cref="Core.Framing.LegalFraming.AuthorityPays"/>: a purchase, a services contract, a hybrid
/// in which the authority bears the demand risk). A concessionaire is paid by the users, so its
/// sheet of the same name holds what it offers instead (<see cref="ConcessionPriceSchedule"/>); a
/// permit holder is not paid at all and has no price schedule.
/// </remarks>
internal static class PriceScheduleSheet
{
    /// <summary>The header row; the title lines sit above it.</summary>
    public const uint HeaderRow = 4;

    /// <summary>The review clause whose upgrades are priced in the "Unit prices for changes" block.</summary>
    public const string ReviewClauseId = "exit.technology-refresh";

    private const string UpgradesParameter = "upgrade_events";
    private const string AwardPriceClauseId = "award.price-or-cost";
    private const int LastColumn = PriceSheetLayout.LastColumn;

    private static readonly double[] s_widths = PriceSheetLayout.Widths;

    /// <summary>Whether the package gets a price schedule: prices per point, or a concession's offer.</summary>
    public static bool AppliesTo(TenderPackage package) =>
        package.Framing.AuthorityPays || ConcessionPriceSchedule.AppliesTo(package);

    public static Worksheet Build(SheetWriter sheet, TenderPackage package, ClauseNumbers numbers, string tenderTitle, string referenceLine, string? reference)
    {
        var words = MatrixWords.For(package.Language);
        var terms = DocumentTerms.Of(package.Language);
        var scope = TenderScope.Of(package);
        var currency = string.IsNullOrWhiteSpace(scope.Currency) ? null : scope.Currency.Trim();
        var inCurrency = currency is null ? "" : $" ({currency})";
        var layout = new PriceSheetLayout(words);
        var supplyCells = new List<string>();
        var operationCells = new List<string>();
        var unitPriceCells = new List<string>();

        sheet.Text(sheet.Row(1), 1, Format(words.PriceTitle, words.PriceSheet, tenderTitle), MatrixStyles.Title);
        sheet.Text(sheet.Row(2), 1, referenceLine, MatrixStyles.Default);
        var heading = currency is null ? words.PricesNoCurrency : Format(words.PricesInCurrency, currency);
        sheet.Text(sheet.Row(3), 1, heading + words.FillInYellow, MatrixStyles.Label);

        string[] headers = [.. words.PriceColumns.Select(header => Format(header, inCurrency))];
        layout.Header(sheet, HeaderRow, headers);

        var blocks = Blocks(scope, words);
        var byLot = blocks.Count > 1 || blocks[0].IsLot;
        var rowIndex = HeaderRow;
        var subtotals = new List<uint>();
        foreach (var block in blocks)
        {
            var title = sheet.Row(++rowIndex);
            sheet.Text(title, 1, block.Title, MatrixStyles.Label);
            layout.Merge(rowIndex);

            var first = rowIndex + 1;
            foreach (var (powerClass, quantity) in block.Points)
            {
                var row = sheet.Row(++rowIndex);
                sheet.Text(row, 1, terms.Label(powerClass), MatrixStyles.Body);
                sheet.Number(row, 2, quantity, MatrixStyles.Count);
                sheet.Blank(row, 3, MatrixStyles.InputMoney);
                sheet.Blank(row, 4, MatrixStyles.InputMoney);
                if (scope.DurationYears is { } years)
                {
                    // General format: a term of 7.5 years must not show as 8.
                    sheet.Number(row, 5, (double)years, MatrixStyles.Body);
                }
                else
                {
                    sheet.Blank(row, 5, MatrixStyles.Body);
                }

                // Quantity × (supply and installation + operation and maintenance × years).
                sheet.Formula(row, LastColumn, Invariant($"B{rowIndex}*(C{rowIndex}+D{rowIndex}*E{rowIndex})"), 0, MatrixStyles.Money);
                supplyCells.Add(Invariant($"C{rowIndex}"));
                operationCells.Add(Invariant($"D{rowIndex}"));
            }

            var last = rowIndex;
            if (block.Points.Count == 0)
            {
                var note = sheet.Row(++rowIndex);
                sheet.Text(note, 1, block.Empty, MatrixStyles.Paragraph);
                layout.Merge(rowIndex);
            }

            var total = sheet.Row(++rowIndex);
            sheet.Text(total, 1, byLot ? Format(words.Subtotal, block.Short) : words.Total, MatrixStyles.TotalLabel);
            for (var c = 2; c < LastColumn; c++)
            {
                sheet.Blank(total, c, MatrixStyles.TotalLabel);
            }

            if (block.Points.Count > 0)
            {
                sheet.Formula(total, LastColumn, Invariant($"SUM(F{first}:F{last})"), 0, MatrixStyles.TotalMoney);
            }
            else
            {
                sheet.Number(total, LastColumn, 0, MatrixStyles.TotalMoney);
            }

            subtotals.Add(rowIndex);
            rowIndex++; // a blank row between blocks
        }

        if (byLot)
        {
            var grand = sheet.Row(++rowIndex);
            sheet.Text(grand, 1, words.TotalAllLots, MatrixStyles.TotalLabel);
            for (var c = 2; c < LastColumn; c++)
            {
                sheet.Blank(grand, c, MatrixStyles.TotalLabel);
            }

            sheet.Formula(grand, LastColumn, "SUM(" + string.Join(',', subtotals.Select(r => Invariant($"F{r}"))) + ")", 0, MatrixStyles.TotalMoney);
            rowIndex++;
        }

        var notes = Notes(package, numbers, scope, byLot, words);
        if (notes.Count > 0)
        {
            sheet.Text(sheet.Row(++rowIndex), 1, words.Notes, MatrixStyles.Label);
            foreach (var note in notes)
            {
                layout.Paragraph(sheet, ++rowIndex, note);
            }

            rowIndex++;
        }

        if (Changes(package, numbers) is { } changes)
        {
            WriteChanges(sheet, rowIndex, changes, inCurrency, layout, unitPriceCells, belowATotal: true, words);
        }

        return layout.Worksheet(sheet, reference,
            (supplyCells, headers[2], words.ExcludingVat),
            (operationCells, headers[3], words.ExcludingVat),
            (unitPriceCells, Format(words.UnitPriceColumn, inCurrency), words.ExcludingVat));
    }

    /// <summary>
    /// Writes the "Unit prices for changes" block below <paramref name="rowIndex"/> and returns its
    /// last row; the input cells go to <paramref name="unitPriceCells"/>.
    /// </summary>
    internal static uint WriteChanges(SheetWriter sheet, uint rowIndex, ChangeList changes, string inCurrency, PriceSheetLayout layout, List<string> unitPriceCells, bool belowATotal, MatrixWords words)
    {
        sheet.Text(sheet.Row(++rowIndex), 1, words.UnitPricesHeading, MatrixStyles.Label);
        layout.Paragraph(sheet, ++rowIndex,
            Format(words.UnitPricesIntro, changes.Number, changes.Title) + (belowATotal ? words.NotInTotal : "") + words.WhatItCovers);

        string[] changeHeaders = [.. words.ChangeColumns.Select(header => Format(header, inCurrency))];
        layout.Header(sheet, ++rowIndex, changeHeaders);
        foreach (var change in changes.Items)
        {
            var row = sheet.Row(++rowIndex);
            sheet.Text(row, 1, change, MatrixStyles.Body);
            sheet.Text(row, 2, changes.Number, MatrixStyles.Body);
            sheet.Blank(row, 3, MatrixStyles.InputMoney);
            sheet.Blank(row, 4, MatrixStyles.Input);
            row.Height = RowHeights.For([(change, s_widths[0])]);
            row.CustomHeight = true;
            unitPriceCells.Add(Invariant($"C{rowIndex}"));
        }

        return rowIndex;
    }

    /// <summary>What a lot (or the whole contract) is priced on: the points per power class that has any.</summary>
    private sealed record Block(string Title, string Short, bool IsLot, IReadOnlyList<(PowerClass Class, int Points)> Points, string Empty);

    // Per lot when the sites say which lot each is in; otherwise one block from the totals, as the
    // draft gives no split of the points between lots.
    private static List<Block> Blocks(TenderScope scope, MatrixWords words)
    {
        if (scope.Lots.Length > 0 && scope.Lots.All(l => l.Quantities is not null))
        {
            return [.. scope.Lots.Select(lot => lot.Id.Length == 0
                ? new Block(words.SitesInNoLot, words.SitesInNoLotShort, true, PointsOf(lot.Quantities!), words.NoPointsForSites)
                : new Block(
                    string.IsNullOrWhiteSpace(lot.Title) ? Format(words.Lot, lot.Id) : Format(words.LotWithTitle, lot.Id, lot.Title),
                    Format(words.LotShort, lot.Id),
                    true,
                    PointsOf(lot.Quantities!),
                    words.NoPointsForLot))];
        }

        var title = scope.Lots.Length > 0 ? words.AllLotsTogether : words.WholeContract;
        return [new Block(title, title, false, PointsOf(scope.Total), words.PointsToBeSet)];
    }

    private static List<(PowerClass, int)> PointsOf(ScopeQuantities quantities) =>
        [.. PowerClasses.All.Where(c => quantities.Points[c] is > 0).Select(c => (c, quantities.Points[c]!.Value))];

    private static List<string> Notes(TenderPackage package, ClauseNumbers numbers, TenderScope scope, bool byLot, MatrixWords words)
    {
        var notes = new List<string>();
        if (scope.DurationYears is null)
        {
            notes.Add(words.YearsToBeSet);
        }

        var award = package.For(Deliverable.Criteria).FirstOrDefault(c => c.Id == AwardPriceClauseId);
        var basis = award?.Parameters.FirstOrDefault(p => p.Name == "basis");
        // The stored option, not its words: a translated package renders "the total price" in its own language.
        if (award is not null && basis?.Origin != ParameterOrigin.Unset && basis?.Value is Core.Answers.AnswerValue.Choice { Value: "the total price" })
        {
            notes.Add(Format(byLot ? words.TotalPricePerLot : words.TotalPrice, numbers[award.Id], award.Title));
        }

        if (scope.Lots.Length > 0 && !byLot)
        {
            notes.Add(words.QuantitiesWhole);
        }

        if (scope.Total.Unclassified > 0)
        {
            notes.Add(Format(words.Unclassified, scope.Total.Unclassified));
        }

        if (scope.Total.IsPartial)
        {
            notes.Add(words.PartialClasses);
        }

        return notes;
    }

    internal sealed record ChangeList(string Number, string Title, IReadOnlyList<string> Items);

    /// <summary>
    /// The upgrades the review clause lists, one row each. The clause's own example separates them
    /// with semicolons, so that is where the list is split; a list written otherwise stays one row.
    /// Null when the contract has no review clause: nothing else in the catalogue is priced per unit.
    /// </summary>
    internal static ChangeList? Changes(TenderPackage package, ClauseNumbers numbers)
    {
        var clause = package.For(Deliverable.Contract).FirstOrDefault(c => c.Id == ReviewClauseId);
        if (clause is null)
        {
            return null;
        }

        var number = numbers[clause.Id];
        var upgrades = clause.Parameters.FirstOrDefault(p => p.Name == UpgradesParameter);
        if (upgrades is null || upgrades.Origin == ParameterOrigin.Unset || string.IsNullOrWhiteSpace(upgrades.Rendered))
        {
            return new ChangeList(number, clause.Title, [Format(MatrixWords.For(package.Language).EachUpgrade, number)]);
        }

        var items = upgrades.Rendered.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(item => item.TrimEnd('.'))
            .Where(item => item.Length > 0)
            .Select(item => char.ToUpper(item[0], DocumentTerms.Culture(package.Language)) + item[1..])
            .ToList();
        return new ChangeList(number, clause.Title, items);
    }

    private static string Invariant(FormattableString text) => PriceSheetLayout.Invariant(text);

    // Counts are whole numbers, which read the same in every culture; the rest are words.
    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
