using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Text;
using TenderBuilder.Core.Words;

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
    /// <param name="bytes">The file.</param>
    /// <param name="options">The site types and kinds of access the catalogue takes.</param>
    /// <param name="language">The language of the problems (a document language or the pseudo-language); English when null, as the command line has them.</param>
    public static SiteCsvResult Read(ReadOnlySpan<byte> bytes, SiteOptions options, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (bytes.Length > MaxBytes)
        {
            return TooLargeIn(language);
        }

        string text;
        try
        {
            text = s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var say = new Speech(language);
            return SiteCsvResult.Refused([say.Problem(null, null, say.Words.NotUtf8)]);
        }

        return Read(text, options, language);
    }

    /// <summary>Reads a file's text.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="options">The site types and kinds of access the catalogue takes.</param>
    /// <param name="language">The language of the problems (a document language or the pseudo-language); English when null, as the command line has them.</param>
    public static SiteCsvResult Read(string text, SiteOptions options, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        if (text.Length > MaxBytes)
        {
            return TooLargeIn(language);
        }

        var say = new Speech(language);
        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            return SiteCsvResult.Refused([say.Problem(null, null, say.Words.Empty)]);
        }

        var records = CsvRecords.Parse(text, CsvRecords.DetectSeparator(text), out var unclosed);
        if (unclosed is { } quoteLine)
        {
            return SiteCsvResult.Refused([say.Problem(quoteLine, null, say.Words.UnclosedQuote)]);
        }

        var problems = new Problems(say);
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
                problems.Add(record.Line, null, say.Format(say.Words.TooManyValues, record.Fields.Count, columns.Width));
                continue;
            }

            if (!sites.Add(new Row(record, columns, problems)) || problems.Full)
            {
                break;
            }
        }

        return problems.Any ? SiteCsvResult.Refused(problems.List) : new SiteCsvResult { Sites = sites.Built() };
    }

    /// <summary>What a file larger than <see cref="MaxBytes"/> gives, in English, so a caller that knows the size first need not read it.</summary>
    public static SiteCsvResult TooLarge { get; } = TooLargeIn(null);

    /// <summary>What a file larger than <see cref="MaxBytes"/> gives, in a language (English when null).</summary>
    public static SiteCsvResult TooLargeIn(string? language)
    {
        var say = new Speech(language);
        return SiteCsvResult.Refused([say.Problem(null, null, say.Format(say.Words.TooLarge, MaxBytes / (1024 * 1024), say.Count(SiteChecks.MaxSites)))]);
    }

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
                problems.Add(header.Line, null, problems.Say.Format(problems.Say.Words.UnnamedColumn, i + 1, string.Join(", ", SiteCsvLayout.Columns)));
            }
            else if (!s_known.Contains(name))
            {
                problems.Add(header.Line, header.Fields[i].Trim(), problems.Say.Format(problems.Say.Words.UnknownColumn, string.Join(", ", SiteCsvLayout.Columns)));
            }
            else if (!index.TryAdd(name, i))
            {
                problems.Add(header.Line, name, problems.Say.Words.ColumnTwice);
            }
        }

        foreach (var missing in SiteCsvLayout.Required.Where(c => !index.ContainsKey(c)))
        {
            problems.Add(header.Line, missing, problems.Say.Format(problems.Say.Words.MissingColumn, string.Join(", ", SiteCsvLayout.Required)));
        }

        return new Columns(index, names.Count);
    }

    private sealed record Columns(Dictionary<string, int> Index, int Width);

    // The problems' words in one language, with the culture its counts are written in.
    private sealed class Speech(string? language)
    {
        public SiteImportWords Words { get; } = SiteImportWords.For(language);

        public CultureInfo Culture { get; } = DocumentLanguages.CultureOf(language);

        public string Format(string message, params object?[] arguments) => string.Format(Culture, message, arguments);

        // A count as prose writes it: "1,000" in English, "1.000" in German.
        public string Count(int n) => n.ToString("N0", Culture);

        public SiteCsvProblem Problem(int? line, string? column, string message) => new(line, column, message) { Language = language };
    }

    private sealed class Problems(Speech say)
    {
        private readonly List<SiteCsvProblem> _list = [];
        private int _more;

        public Speech Say => say;

        public bool Any => _list.Count > 0;

        public bool Full => _list.Count >= MaxProblems;

        public IEnumerable<SiteCsvProblem> List => _more == 0 && !Full ? _list
            : _list.Append(say.Problem(null, null, say.Format(say.Words.MoreProblems, MaxProblems)));

        public void Add(int? line, string? column, string message)
        {
            if (Full)
            {
                _more++;
                return;
            }

            _list.Add(say.Problem(line, column, message));
        }
    }

    // One row's cells, each read to its type; a cell that cannot be read is a problem naming the line and column.
    private sealed class Row(CsvRecord record, Columns columns, Problems problems)
    {
        public Speech Say => problems.Say;

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
                Problem(column, Say.Format(Say.Words.TextTooLong, Say.Count(MaxTextLength)));
                return null;
            }

            return NoControlCharacter(column, text) && text.Length > 0 ? text : null;
        }

        // Files refuse control characters with their place, as draft files do: no document shows them and PostgreSQL refuses some.
        public bool NoControlCharacter(string column, string text)
        {
            if (ControlCharacters.First(text) is { } c)
            {
                Problem(column, Say.Format(Say.Words.ControlCharacter, ControlCharacters.Name(c)));
                return false;
            }

            return true;
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

            Problem(column, Say.Format(Say.Words.NotANumber, text));
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
                Problem(column, Say.Format(Say.Words.NotWhole, text));
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

            Problem(column, Say.Format(Say.Words.NotADate, text));
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
                if (SiteOptions.ConnectorProblem(code, Say.Words) is { } wrong)
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
                row.Problem(SiteCsvLayout.SiteId, row.Say.Words.MissingSiteId);
                return true;
            }

            if (!row.NoControlCharacter(SiteCsvLayout.SiteId, id))
            {
                return true;
            }

            if (_first is { } first && first.Raw(SiteCsvLayout.SiteId) == id)
            {
                foreach (var column in SiteCsvLayout.SiteColumns.Where(c => !row.IsEmpty(c) && row.Raw(c) != first.Raw(c)))
                {
                    row.Problem(column, row.Say.Format(row.Say.Words.DiffersFromFirst, row.Raw(column), first.Raw(column), first.Line, id));
                }

                if (Group(row) is { } more)
                {
                    _sites[^1].Groups.Add(more);
                }
                else
                {
                    problems.Add(row.Line, SiteCsvLayout.Points, row.Say.Format(row.Say.Words.NoPointsAdded, id));
                }

                return true;
            }

            if (_firstLine.TryGetValue(id, out var line))
            {
                row.Problem(SiteCsvLayout.SiteId, row.Say.Format(row.Say.Words.SiteListedTwice, id, line));
                return true;
            }

            if (_sites.Count == SiteChecks.MaxSites)
            {
                problems.Add(row.Line, null, row.Say.Format(row.Say.Words.TooManySites, row.Say.Count(SiteChecks.MaxSites)));
                return false;
            }

            _firstLine[id] = row.Line;
            _first = row;
            var name = row.Text(SiteCsvLayout.Name);
            if (name is null && row.IsEmpty(SiteCsvLayout.Name))
            {
                row.Problem(SiteCsvLayout.Name, row.Say.Format(row.Say.Words.MissingName, id));
            }

            var site = new Site
            {
                Id = id,
                Name = name ?? "",
                Address = row.Text(SiteCsvLayout.Address),
                Area = row.Text(SiteCsvLayout.Area),
                Latitude = row.Number(SiteCsvLayout.Latitude),
                Longitude = row.Number(SiteCsvLayout.Longitude),
                Type = row.Code(SiteCsvLayout.SiteType, t => options.TypeProblem(t, row.Say.Words)),
                Access = row.Code(SiteCsvLayout.Access, a => options.AccessProblem(a, row.Say.Words)),
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
                row.Problem(column, row.Say.Words.EmptyGroupCell);
            }

            return new PointGroup
            {
                Count = row.Whole(SiteCsvLayout.Points) ?? 0,
                Current = row.Code(SiteCsvLayout.Current, c => SiteOptions.CurrentProblem(c) is null ? null : row.Say.Format(row.Say.Words.NotACurrent, c)),
                RatedKw = row.Number(SiteCsvLayout.RatedKw),
                Connectors = row.ConnectorCodes(),
            };
        }
    }
}
