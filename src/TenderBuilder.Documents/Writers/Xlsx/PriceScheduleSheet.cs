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
/// Written only when the authority pays the other party (<see cref="Core.Framing.LegalFraming.AuthorityPays"/>:
/// a purchase, a services contract, a hybrid in which the authority bears the demand risk). A
/// concessionaire is paid by the users, not by the authority, and a permit holder is not paid at
/// all, so there is no price per point for the authority to compare: a price schedule there would
/// invite bids on a basis the tender does not award on.
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
    private const int LastColumn = 6;

    private static readonly double[] s_widths = [46, 12, 22, 24, 9, 20];

    /// <summary>Whether the package gets a price schedule.</summary>
    public static bool AppliesTo(TenderPackage package) => package.Framing.AuthorityPays;

    public static Worksheet Build(SheetWriter sheet, TenderPackage package, ClauseNumbers numbers, string tenderTitle, string referenceLine, string? reference)
    {
        var scope = TenderScope.Of(package);
        var currency = string.IsNullOrWhiteSpace(scope.Currency) ? null : scope.Currency.Trim();
        var inCurrency = currency is null ? "" : $" ({currency})";
        var merges = new List<string>();
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
        var header = sheet.Row(HeaderRow);
        header.Height = RowHeights.For(headers.Select((h, i) => (h, s_widths[i])));
        header.CustomHeight = true;
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Text(header, c + 1, headers[c], MatrixStyles.Header);
        }

        var blocks = Blocks(scope);
        var byLot = blocks.Count > 1 || blocks[0].IsLot;
        var rowIndex = HeaderRow;
        var subtotals = new List<uint>();
        foreach (var block in blocks)
        {
            var title = sheet.Row(++rowIndex);
            sheet.Text(title, 1, block.Title, MatrixStyles.Label);
            merges.Add(Span(rowIndex));

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
                merges.Add(Span(rowIndex));
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
                Paragraph(sheet, ++rowIndex, note, merges);
            }

            rowIndex++;
        }

        if (Changes(package, numbers) is { } changes)
        {
            sheet.Text(sheet.Row(++rowIndex), 1, "Unit prices for changes", MatrixStyles.Label);
            Paragraph(sheet, ++rowIndex,
                $"Clause {changes.Number}, \"{changes.Title}\", lets the authority order the changes below during the term; each change ordered is paid at the " +
                "unit price you give here. These prices are not part of the total above. Where a price is not for one charging point, say in column D what it covers.",
                merges);

            string[] changeHeaders = ["Change the authority may order", "Clause", $"Unit price{inCurrency}", "What the unit price covers"];
            var changeHeader = sheet.Row(++rowIndex);
            changeHeader.Height = RowHeights.For(changeHeaders.Select((h, i) => (h, s_widths[i])));
            changeHeader.CustomHeight = true;
            for (var c = 0; c < changeHeaders.Length; c++)
            {
                sheet.Text(changeHeader, c + 1, changeHeaders[c], MatrixStyles.Header);
            }

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
        }

        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            FrozenView(),
            new Columns(s_widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })),
            sheet.Data,
            SheetLayout.Protection());
        if (merges.Count > 0)
        {
            worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
        }

        var validations = new DataValidations();
        AddValidation(validations, supplyCells, headers[2]);
        AddValidation(validations, operationCells, headers[3]);
        AddValidation(validations, unitPriceCells, $"Unit price for changes{inCurrency}");
        if (validations.HasChildren)
        {
            validations.Count = (uint)validations.ChildElements.Count;
            worksheet.Append(validations);
        }

        worksheet.Append(SheetLayout.PrintLayout(landscape: false, reference));
        return worksheet;
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

    private sealed record ChangeList(string Number, string Title, IReadOnlyList<string> Items);

    /// <summary>
    /// The upgrades the review clause lists, one row each. The clause's own example separates them
    /// with semicolons, so that is where the list is split; a list written otherwise stays one row.
    /// Null when the contract has no review clause: nothing else in the catalogue is priced per unit.
    /// </summary>
    private static ChangeList? Changes(TenderPackage package, ClauseNumbers numbers)
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

    private static void Paragraph(SheetWriter sheet, uint rowIndex, string text, List<string> merges)
    {
        var row = sheet.Row(rowIndex);
        sheet.Text(row, 1, text, MatrixStyles.Paragraph);
        row.Height = RowHeights.For([(text, s_widths.Sum())]);
        row.CustomHeight = true;
        merges.Add(Span(rowIndex));
    }

    private static void AddValidation(DataValidations validations, List<string> cells, string column)
    {
        if (cells.Count == 0)
        {
            return;
        }

        validations.Append(new DataValidation(new Formula1("0"))
        {
            Type = DataValidationValues.Decimal,
            Operator = DataValidationOperatorValues.GreaterThanOrEqual,
            AllowBlank = true,
            ShowInputMessage = true,
            ShowErrorMessage = true,
            ErrorStyle = DataValidationErrorStyleValues.Stop,
            PromptTitle = "Price",
            Prompt = "A number of 0 or more, excluding VAT.",
            ErrorTitle = "Price",
            Error = $"{column}: enter a number of 0 or more, excluding VAT.",
            SequenceOfReferences = new ListValue<StringValue>(Ranges(cells).Select(r => new StringValue(r))),
        });
    }

    // Cells of one column in consecutive rows collapse into one range, e.g. "C6:C8 C12".
    private static IEnumerable<string> Ranges(List<string> cells)
    {
        var column = cells[0][..1];
        var rows = cells.Select(c => uint.Parse(c[1..], CultureInfo.InvariantCulture)).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var start = rows[i];
            while (i + 1 < rows.Count && rows[i + 1] == rows[i] + 1)
            {
                i++;
            }

            yield return start == rows[i] ? Invariant($"{column}{start}") : Invariant($"{column}{start}:{column}{rows[i]}");
        }
    }

    private static string Span(uint row) => Invariant($"A{row}:{SheetWriter.Column(LastColumn)}{row}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // Frozen below the header, so the column titles stay in view over every lot.
    private static SheetViews FrozenView() => new(new SheetView(
        new Pane
        {
            VerticalSplit = HeaderRow,
            TopLeftCell = SheetWriter.Reference(1, HeaderRow + 1),
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        },
        new Selection { Pane = PaneValues.BottomLeft })
    { WorkbookViewId = 0 });
}
