using DocumentFormat.OpenXml.Spreadsheet;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Framing;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Words;

namespace TenderBuilder.Documents.Writers.Xlsx;

/// <summary>
/// The "Price schedule" sheet of a concession: what the authority pays nothing for cannot be
/// priced per point, so the tenderer offers here what the award criteria score instead (a
/// concession fee, a maximum driver price per kWh, a public contribution), each beside the
/// criterion that scores it, and below them the unit prices for the changes the review clause
/// lets the authority order, which that clause says are "stated in its tender's price schedule".
/// </summary>
internal static class ConcessionPriceSchedule
{
    // The concession's price criteria are one clause per element and scoring formula
    // (award.yaml); the prefix names the element, whatever the formula.
    private const string FeePrefix = "award.concession-fee-";
    private const string TariffPrefix = "award.driver-tariff-";
    private const string ContributionPrefix = "award.public-contribution-";


    /// <summary>Whether a concession has anything for the tenderer to price: an element scored or a change priced.</summary>
    public static bool AppliesTo(TenderPackage package) =>
        package.Framing.Regime == LegalRegime.Concession
        && (Offers(package).Any() || package.For(Deliverable.Contract).Any(c => c.Id == PriceScheduleSheet.ReviewClauseId));

    public static Worksheet Build(SheetWriter sheet, TenderPackage package, ClauseNumbers numbers, string tenderTitle, string referenceLine, string? reference)
    {
        var words = MatrixWords.For(package.Language);
        var scope = TenderScope.Of(package);
        var currency = string.IsNullOrWhiteSpace(scope.Currency) ? null : scope.Currency.Trim();
        var inCurrency = currency is null ? "" : $" ({currency})";
        var layout = new PriceSheetLayout(words);
        // Input cells grouped by what their number is, so each cell's check says the same as column D.
        var inputCells = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var unitPriceCells = new List<string>();

        sheet.Text(sheet.Row(1), 1, Format(words.PriceTitle, words.PriceSheet, tenderTitle), MatrixStyles.Title);
        sheet.Text(sheet.Row(2), 1, referenceLine, MatrixStyles.Default);
        sheet.Text(sheet.Row(3), 1, words.ConcessionIntro, MatrixStyles.Label);

        var rowIndex = PriceScheduleSheet.HeaderRow;
        // The currency is on each line ("Counted"), as one line counts minutes rather than money.
        var offers = Offers(package).ToList();
        if (offers.Count > 0)
        {
            layout.Header(sheet, rowIndex, words.ConcessionColumns);
            foreach (var clause in offers)
            {
                foreach (var line in Lines(clause, currency is null ? "" : currency + " ", words))
                {
                    var row = sheet.Row(++rowIndex);
                    sheet.Text(row, 1, line.What, MatrixStyles.Body);
                    sheet.Text(row, 2, numbers[clause.Id], MatrixStyles.Body);
                    sheet.Blank(row, 3, line.Basis == words.InMinutes ? MatrixStyles.Input : MatrixStyles.InputMoney);
                    sheet.Text(row, 4, line.Counted, MatrixStyles.Body);
                    row.Height = RowHeights.For([(line.What, PriceSheetLayout.Widths[0]), (line.Counted, PriceSheetLayout.Widths[3])]);
                    row.CustomHeight = true;
                    if (!inputCells.TryGetValue(line.Basis, out var cells))
                    {
                        inputCells[line.Basis] = cells = [];
                    }

                    cells.Add(PriceSheetLayout.Invariant($"C{rowIndex}"));
                }
            }

            rowIndex++;
        }

        if (PriceScheduleSheet.Changes(package, numbers) is { } changes)
        {
            rowIndex = PriceScheduleSheet.WriteChanges(sheet, rowIndex, changes, inCurrency, layout, unitPriceCells, belowATotal: false, words);
        }

        return layout.Worksheet(sheet, reference,
        [
            .. inputCells.Select(group => (group.Value, words.YourOffer, group.Key)),
            (unitPriceCells, Format(words.UnitPriceColumn, inCurrency), words.ExcludingVat),
        ]);
    }

    private static IEnumerable<IncludedClause> Offers(TenderPackage package) =>
        package.For(Deliverable.Criteria).Where(c =>
            c.Id.StartsWith(FeePrefix, StringComparison.Ordinal)
            || c.Id.StartsWith(TariffPrefix, StringComparison.Ordinal)
            || c.Id.StartsWith(ContributionPrefix, StringComparison.Ordinal));

    /// <summary>One offer: what it is, how it is counted (column D), and what its number is (for the cell's check).</summary>
    private sealed record Line(string What, string Counted, string Basis);

    // The words of each line come from the criterion's own parameters, so the sheet counts the
    // offer exactly as the criterion scores it.
    private static IEnumerable<Line> Lines(IncludedClause clause, string currency, MatrixWords words)
    {
        string Value(string name, string unset) =>
            clause.Parameters.FirstOrDefault(p => p.Name == name) is { Origin: not ParameterOrigin.Unset } p ? p.Rendered : unset;

        if (clause.Id.StartsWith(FeePrefix, StringComparison.Ordinal))
        {
            yield return new(words.FeeOffer, Format(words.FeeCounted, currency, Value("fee_basis", words.BasisUnset)), words.ExcludingVat);
        }
        else if (clause.Id.StartsWith(TariffPrefix, StringComparison.Ordinal))
        {
            var vat = Value("vat_basis", words.VatUnset);
            yield return new(words.TariffOffer, Format(words.TariffCounted, currency, vat), vat);
            yield return new(words.OccupancyOffer, Format(words.OccupancyCounted, currency, vat), vat);
            yield return new(words.OccupancyStartOffer, words.OccupancyStartCounted, words.InMinutes);
        }
        else
        {
            yield return new(words.ContributionOffer, Format(words.ContributionCounted, currency, Value("contribution_basis", words.BasisUnset)), words.ExcludingVat);
        }
    }

    private static string Format(string format, params object[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);
}
