using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Words;
using TenderBuilder.Documents.Composition;

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
    public const string Name = "Price schedule";

    /// <summary>The header row; the title lines sit above it.</summary>
    public const uint HeaderRow = 4;

    /// <summary>The review clause whose upgrades are priced in the "Unit prices for changes" block.</summary>
    public const string ReviewClauseId = "exit.technology-refresh";

    private const string UpgradesParameter = "upgrade_events";
    private const string AwardPriceClauseId = "award.price-or-cost";
    private const int LastColumn = PriceSheetLayout.LastColumn;

    /// <summary>What a price the authority pays is counted as.</summary>
    internal const string ExcludingVat = "excluding VAT";

    private static readonly double[] s_widths = PriceSheetLayout.Widths;

    /// <summary>Whether the package gets a price schedule: prices per point, or a concession's offer.</summary>
    public static bool AppliesTo(TenderPackage package) =>
        package.Framing.AuthorityPays || ConcessionPriceSchedule.AppliesTo(package);

    public static Worksheet Build(SheetWriter sheet, TenderPackage package, ClauseNumbers numbers, string tenderTitle, string referenceLine, string? reference)
    {
        var scope = TenderScope.Of(package);
        var currency = string.IsNullOrWhiteSpace(scope.Currency) ? null : scope.Currency.Trim();
        var inCurrency = currency is null ? "" : $" ({currency})";
        var layout = new PriceSheetLayout();
        var supplyCells = new List<string>();
        var operationCells = new List<string>();
        var unitPriceCells = new List<string>();

        sheet.Text(sheet.Row(1), 1, $"{Name}: {tenderTitle}", MatrixStyles.Title);
        sheet.Text(sheet.Row(2), 1, referenceLine, MatrixStyles.Default);
        var heading = currency is null
            ? "All prices exclude VAT and are in the currency of the tender (to be set by the authority). "
            : $"All prices are in {currency} and exclude VAT. ";
        sheet.Text(sheet.Row(3), 1, heading + "Fill in the yellow cells; the totals calculate themselves.", MatrixStyles.Label);

        string[] headers =
        [
            "Power class",
            "Quantity (points)",
            $"Supply and installation, price per point{inCurrency}",
            $"Operation and maintenance, price per point per year{inCurrency}",
            "Years",
            $"Total{inCurrency}",
        ];
        layout.Header(sheet, HeaderRow, headers);

        var blocks = Blocks(scope);
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
                sheet.Text(row, 1, Vocabulary.English.Label(powerClass), MatrixStyles.Body);
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
            sheet.Text(total, 1, byLot ? $"Subtotal, {block.Short}" : "Total", MatrixStyles.TotalLabel);
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
            sheet.Text(grand, 1, "Total, all lots", MatrixStyles.TotalLabel);
            for (var c = 2; c < LastColumn; c++)
            {
                sheet.Blank(grand, c, MatrixStyles.TotalLabel);
            }

            sheet.Formula(grand, LastColumn, "SUM(" + string.Join(',', subtotals.Select(r => Invariant($"F{r}"))) + ")", 0, MatrixStyles.TotalMoney);
            rowIndex++;
        }

        var notes = Notes(package, numbers, scope, byLot);
        if (notes.Count > 0)
        {
            sheet.Text(sheet.Row(++rowIndex), 1, "Notes", MatrixStyles.Label);
            foreach (var note in notes)
            {
                layout.Paragraph(sheet, ++rowIndex, note);
            }

            rowIndex++;
        }

        if (Changes(package, numbers) is { } changes)
        {
            WriteChanges(sheet, rowIndex, changes, inCurrency, layout, unitPriceCells, belowATotal: true);
        }

        return layout.Worksheet(sheet, reference,
            (supplyCells, headers[2], ExcludingVat),
            (operationCells, headers[3], ExcludingVat),
            (unitPriceCells, $"Unit price for changes{inCurrency}", ExcludingVat));
    }

    /// <summary>
    /// Writes the "Unit prices for changes" block below <paramref name="rowIndex"/> and returns its
    /// last row; the input cells go to <paramref name="unitPriceCells"/>.
    /// </summary>
    internal static uint WriteChanges(SheetWriter sheet, uint rowIndex, ChangeList changes, string inCurrency, PriceSheetLayout layout, List<string> unitPriceCells, bool belowATotal)
    {
        sheet.Text(sheet.Row(++rowIndex), 1, "Unit prices for changes", MatrixStyles.Label);
        layout.Paragraph(sheet, ++rowIndex,
            $"Clause {changes.Number}, \"{changes.Title}\", lets the authority order the changes below during the term; each change ordered is paid at the " +
            "unit price you give here. " + (belowATotal ? "These prices are not part of the total above. " : "") +
            "Where a price is not for one charging point, say in column D what it covers.");

        string[] changeHeaders = ["Change the authority may order", "Clause", $"Unit price{inCurrency}", "What the unit price covers"];
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
    private static List<Block> Blocks(TenderScope scope)
    {
        if (scope.Lots.Length > 0 && scope.Lots.All(l => l.Quantities is not null))
        {
            return [.. scope.Lots.Select(lot => lot.Id.Length == 0
                ? new Block("Sites in no lot", "sites in no lot", true, PointsOf(lot.Quantities!), "No charging points are listed for these sites.")
                : new Block(
                    string.IsNullOrWhiteSpace(lot.Title) ? $"Lot {lot.Id}" : $"Lot {lot.Id}: {lot.Title}",
                    $"lot {lot.Id}",
                    true,
                    PointsOf(lot.Quantities!),
                    "No charging points are listed for this lot."))];
        }

        var title = scope.Lots.Length > 0 ? "All lots together" : "The whole contract";
        return [new Block(title, title, false, PointsOf(scope.Total), "The numbers of charging points are to be set by the authority.")];
    }

    private static List<(PowerClass, int)> PointsOf(ScopeQuantities quantities) =>
        [.. PowerClasses.All.Where(c => quantities.Points[c] is > 0).Select(c => (c, quantities.Points[c]!.Value))];

    private static List<string> Notes(TenderPackage package, ClauseNumbers numbers, TenderScope scope, bool byLot)
    {
        var notes = new List<string>();
        if (scope.DurationYears is null)
        {
            notes.Add("Years: the term of the contract is to be set by the authority. Until it is, column E is blank and the totals count supply and installation only.");
        }

        var award = package.For(Deliverable.Criteria).FirstOrDefault(c => c.Id == AwardPriceClauseId);
        var basis = award?.Parameters.FirstOrDefault(p => p.Name == "basis");
        if (award is not null && basis?.Origin != ParameterOrigin.Unset && string.Equals(basis?.Rendered, "the total price", StringComparison.Ordinal))
        {
            notes.Add(byLot
                ? $"The total price compared under award criterion {numbers[award.Id]}, \"{award.Title}\", is, for each lot, that lot's subtotal in column F."
                : $"The total price compared under award criterion {numbers[award.Id]}, \"{award.Title}\", is the total in column F.");
        }

        if (scope.Lots.Length > 0 && !byLot)
        {
            notes.Add("The quantities are those of the whole tender: the tender does not split the charging points between the lots.");
        }

        if (scope.Total.Unclassified > 0)
        {
            notes.Add(Invariant($"{scope.Total.Unclassified} charging points of the sites list give no current or power, so they are in no power class and not in this schedule; the authority is to complete them."));
        }

        if (scope.Total.IsPartial)
        {
            notes.Add("The tender does not give the number of points of every power class; classes without a number are not in this schedule.");
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
            return new ChangeList(number, clause.Title, [$"Each upgrade listed in clause {number} (the list is to be set by the authority)"]);
        }

        var items = upgrades.Rendered.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(item => item.TrimEnd('.'))
            .Where(item => item.Length > 0)
            .Select(item => char.ToUpper(item[0], CultureInfo.InvariantCulture) + item[1..])
            .ToList();
        return new ChangeList(number, clause.Title, items);
    }

    private static string Invariant(FormattableString text) => PriceSheetLayout.Invariant(text);
}
