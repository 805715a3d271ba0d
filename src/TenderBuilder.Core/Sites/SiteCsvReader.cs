using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Text;

namespace TenderBuilder.Core.Sites;

/// <summary>
/// Reads a sites CSV file (the layout of <see cref="SiteCsvLayout"/>, as a spreadsheet saves it)
/// into sites, or refuses the whole file with every problem by line and column. It checks what a
/// file alone can say — numbers, dates, site types, access, currents, connectors, how the rows of a
/// site fit together; what depends on the rest of the draft (lots, duplicate points, power ranges)
/// is <see cref="SiteChecks"/>' to say once the sites are in the draft.
/// </summary>
public static class SiteCsvReader
{
    /// <summary>The largest file read, in bytes: 2 MB holds far more than <see cref="SiteChecks.MaxSites"/> sites.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>The most problems listed; a file with more is usually in another layout altogether.</summary>
    public const int MaxProblems = 100;

    /// <summary>The longest text a cell may hold.</summary>
    public const int MaxTextLength = 1_000;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly FrozenSet<string> s_known = SiteCsvLayout.Columns.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] s_dateFormats = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy", "d.M.yyyy"];

    /// <summary>Reads a file's bytes: UTF-8, with or without a byte-order mark.</summary>
    public static SiteCsvResult Read(ReadOnlySpan<byte> bytes, SiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (bytes.Length > MaxBytes)
        {
            return TooLarge;
        }

        string text;
        try
        {
            text = s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return SiteCsvResult.Refused([new SiteCsvProblem(null, null,
                "The file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8” and import it again.")]);
        }

        return Read(text, options);
    }

    /// <summary>Reads a file's text.</summary>
    public static SiteCsvResult Read(string text, SiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        if (text.Length > MaxBytes)
        {
            return TooLarge;
        }

        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            return SiteCsvResult.Refused([new SiteCsvProblem(null, null, "The file is empty. Download the template, fill it in and import it.")]);
        }

        var records = CsvRecords.Parse(text, CsvRecords.DetectSeparator(text), out var unclosed);
        if (unclosed is { } quoteLine)
        {
            return SiteCsvResult.Refused([new SiteCsvProblem(quoteLine, null,
                "a value starts with a quote (\") that is never closed, so the rest of the file cannot be read. Close the quote or remove it.")]);
        }

        var problems = new Problems();
        var columns = Header(records[0], problems);
        if (problems.Any)
        {
            return SiteCsvResult.Refused(problems.List);
        }

        var sites = new Sites(options, problems);
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (record.Fields.Count > columns.Width && record.Fields.Skip(columns.Width).Any(f => !string.IsNullOrWhiteSpace(f)))
            {
                problems.Add(record.Line, null,
                    $"the row has {record.Fields.Count} values but the header names {columns.Width} columns. A value holding the separator needs quotes around it.");
                continue;
            }

            if (!sites.Add(new Row(record, columns, problems)) || problems.Full)
            {
                break;
            }
        }

        return problems.Any ? SiteCsvResult.Refused(problems.List) : new SiteCsvResult { Sites = sites.Built() };
    }

    /// <summary>What a file larger than <see cref="MaxBytes"/> gives, so a caller that knows the size first need not read it.</summary>
    public static SiteCsvResult TooLarge { get; } = SiteCsvResult.Refused([new SiteCsvProblem(null, null,
        $"The file is larger than {MaxBytes / (1024 * 1024)} MB. A sites list of up to {SiteChecks.MaxSites:N0} sites fits well within that; check that it is the right file, or group alike sites in one row with a site count.")]);

    private static Columns Header(CsvRecord header, Problems problems)
    {
        var names = header.Fields.Select(f => f.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        // Spreadsheets often save a separator after the last column; an unnamed column at the end is no column.
        while (names.Count > 0 && names[^1].Length == 0)
        {
            names.RemoveAt(names.Count - 1);
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (name.Length == 0)
            {
                problems.Add(header.Line, null, $"column {i + 1} of the header has no name. The columns are: {string.Join(", ", SiteCsvLayout.Columns)}.");
            }
            else if (!s_known.Contains(name))
            {
                problems.Add(header.Line, header.Fields[i].Trim(), $"this is not a column of the sites list. The columns are: {string.Join(", ", SiteCsvLayout.Columns)}.");
            }
            else if (!index.TryAdd(name, i))
            {
                problems.Add(header.Line, name, "the column is named twice; keep one.");
            }
        }

        foreach (var missing in SiteCsvLayout.Required.Where(c => !index.ContainsKey(c)))
        {
            problems.Add(header.Line, missing, "the column is missing. Every sites file needs " + string.Join(", ", SiteCsvLayout.Required) + ".");
        }

        return new Columns(index, names.Count);
    }

    private sealed record Columns(Dictionary<string, int> Index, int Width);

    private sealed class Problems
    {
        private readonly List<SiteCsvProblem> _list = [];
        private int _more;

        public bool Any => _list.Count > 0;

        public bool Full => _list.Count >= MaxProblems;

        public IEnumerable<SiteCsvProblem> List => _more == 0 && !Full ? _list
            : _list.Append(new SiteCsvProblem(null, null, $"The first {MaxProblems} problems are listed; there may be more. Is the file in the layout of the template?"));

        public void Add(int? line, string? column, string message)
        {
            if (Full)
            {
                _more++;
                return;
            }

            _list.Add(new SiteCsvProblem(line, column, message));
        }
    }

    // One row's cells, each read to its type; a cell that cannot be read is a problem naming the line and column.
    private sealed class Row(CsvRecord record, Columns columns, Problems problems)
    {
        public int Line => record.Line;

        public string Raw(string column) =>
            columns.Index.TryGetValue(column, out var i) && i < record.Fields.Count ? SpreadsheetFormulas.Restore(record.Fields[i].Trim()) : "";

        public bool IsEmpty(string column) => Raw(column).Length == 0;

        public void Problem(string column, string message) => problems.Add(Line, column, message);

        public string? Text(string column)
        {
            var text = Raw(column);
            if (text.Length > MaxTextLength)
            {
                Problem(column, $"the text is longer than {MaxTextLength:N0} characters.");
                return null;
            }

            return text.Length == 0 ? null : text;
        }

        public decimal? Number(string column)
        {
            var text = Raw(column);
            if (text.Length == 0)
            {
                return null;
            }

            if (LocalNumber.TryParse(text, out var value))
            {
                return value;
            }

            Problem(column, $"“{text}” is not a number.");
            return null;
        }

        public int? Whole(string column)
        {
            var text = Raw(column);
            if (Number(column) is not { } value)
            {
                return null;
            }

            if (value != decimal.Truncate(value) || value is < 0 or > int.MaxValue)
            {
                Problem(column, $"“{text}” is not a whole number of 0 or more.");
                return null;
            }

            return (int)value;
        }

        public DateOnly? Date(string column)
        {
            var text = Raw(column);
            if (text.Length == 0)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Problem(column, $"“{text}” is not a date; write it as 2027-03-01 or 01-03-2027 (day, month, year).");
            return null;
        }

        // Codes are written in lower case in the catalogue; "Hub" or "DC" typed in a spreadsheet means the same.
        public string? Code(string column, Func<string, string?> problem)
        {
            var text = Raw(column).ToLowerInvariant();
            if (text.Length == 0)
            {
                return null;
            }

            if (problem(text) is { } wrong)
            {
                Problem(column, wrong);
                return null;
            }

            return text;
        }

        public ImmutableArray<string> ConnectorCodes()
        {
            var codes = Raw(SiteCsvLayout.Connectors).Split(SiteCsvLayout.ConnectorSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(c => c.ToLowerInvariant()).ToList();
            foreach (var code in codes)
            {
                if (SiteOptions.ConnectorProblem(code) is { } wrong)
                {
                    Problem(SiteCsvLayout.Connectors, wrong);
                }
            }

            return [.. codes.Distinct(StringComparer.Ordinal)];
        }
    }

    // The sites read so far: a row either starts a site or, with the same id as the row before, adds a point group to it.
    private sealed class Sites(SiteOptions options, Problems problems)
    {
        private readonly List<(Site Site, List<PointGroup> Groups)> _sites = [];
        private readonly Dictionary<string, int> _firstLine = new(StringComparer.Ordinal);
        private Row? _first;

        public ImmutableArray<Site> Built() => [.. _sites.Select(s => s.Site with { PointGroups = [.. s.Groups] })];

        // False when reading should stop (too many sites).
        public bool Add(Row row)
        {
            var id = row.Raw(SiteCsvLayout.SiteId);
            if (id.Length == 0)
            {
                row.Problem(SiteCsvLayout.SiteId, "every row needs the id of its site (e.g. S001); a site's further rows repeat it.");
                return true;
            }

            if (_first is { } first && first.Raw(SiteCsvLayout.SiteId) == id)
            {
                foreach (var column in SiteCsvLayout.SiteColumns.Where(c => !row.IsEmpty(c) && row.Raw(c) != first.Raw(c)))
                {
                    row.Problem(column, $"“{row.Raw(column)}” differs from “{first.Raw(column)}” on line {first.Line} for site {id}. On a site's further rows, leave it empty or repeat it exactly.");
                }

                if (Group(row) is { } more)
                {
                    _sites[^1].Groups.Add(more);
                }
                else
                {
                    problems.Add(row.Line, SiteCsvLayout.Points, $"the row adds no charging points to site {id}. Give its points, current and rated_kw, or remove the row.");
                }

                return true;
            }

            if (_firstLine.TryGetValue(id, out var line))
            {
                row.Problem(SiteCsvLayout.SiteId, $"site {id} is listed on line {line} already. Put all rows of a site one below the other, or give this site its own id.");
                return true;
            }

            if (_sites.Count == SiteChecks.MaxSites)
            {
                problems.Add(row.Line, null, $"the file lists more than {SiteChecks.MaxSites:N0} sites, the most a draft takes. Group alike sites in one row with a site count.");
                return false;
            }

            _firstLine[id] = row.Line;
            _first = row;
            var name = row.Text(SiteCsvLayout.Name);
            if (name is null && row.IsEmpty(SiteCsvLayout.Name))
            {
                row.Problem(SiteCsvLayout.Name, $"site {id} has no name; give one an officer and a bidder recognise.");
            }

            var site = new Site
            {
                Id = id,
                Name = name ?? "",
                Address = row.Text(SiteCsvLayout.Address),
                Area = row.Text(SiteCsvLayout.Area),
                Latitude = row.Number(SiteCsvLayout.Latitude),
                Longitude = row.Number(SiteCsvLayout.Longitude),
                Type = row.Code(SiteCsvLayout.SiteType, options.TypeProblem),
                Access = row.Code(SiteCsvLayout.Access, options.AccessProblem),
                SiteCount = row.IsEmpty(SiteCsvLayout.SiteCount) ? 1 : row.Whole(SiteCsvLayout.SiteCount) ?? 1,
                Lot = row.Text(SiteCsvLayout.Lot),
                GridCapacityKva = row.Number(SiteCsvLayout.GridCapacityKva),
                Commissioning = row.Date(SiteCsvLayout.Commissioning),
            };
            var groups = new List<PointGroup>();
            if (Group(row) is { } group)
            {
                groups.Add(group);
            }

            _sites.Add((site, groups));
            return true;
        }

        // A row's point group, or null when its group columns are all empty (a site without points yet).
        private static PointGroup? Group(Row row)
        {
            if (SiteCsvLayout.GroupColumns.All(row.IsEmpty))
            {
                return null;
            }

            foreach (var column in new[] { SiteCsvLayout.Points, SiteCsvLayout.Current, SiteCsvLayout.RatedKw }.Where(row.IsEmpty))
            {
                row.Problem(column, "the cell is empty; a row with charging points gives their number (points), current (ac or dc) and rated_kw.");
            }

            return new PointGroup
            {
                Count = row.Whole(SiteCsvLayout.Points) ?? 0,
                Current = row.Code(SiteCsvLayout.Current, c => SiteOptions.CurrentProblem(c) is null ? null : $"“{c}” is not a current; write ac or dc."),
                RatedKw = row.Number(SiteCsvLayout.RatedKw),
                Connectors = row.ConnectorCodes(),
            };
        }
    }
}
