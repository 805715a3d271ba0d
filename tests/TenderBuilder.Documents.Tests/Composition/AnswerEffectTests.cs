using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Conditions;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;
using TenderBuilder.Documents.Composition;
using TenderBuilder.Documents.Model;
using TenderBuilder.Documents.Writers.Xlsx;
using Xunit.Abstractions;

namespace TenderBuilder.Documents.Tests.Composition;

/// <summary>
/// Every answer the officer gives must reach what bidders read, or the question says why not
/// (<c>informational:</c>). For each question and each worked example where it is visible, the
/// answer is changed (every option, yes, no, unanswered, the number bounds the catalogue
/// compares against, another date, another text), the package is built again and the text of the
/// bidders' documents (specification with its scope and sites annex, criteria, contract annex,
/// acceptance tests, compliance matrix) is compared with the example's.
/// </summary>
public sealed class AnswerEffectTests(ITestOutputHelper output)
{
    private static readonly DateOnly s_referenceDate = new(2026, 11, 29);

    private static readonly Lazy<Probe> s_probe = new(() => new Probe(CatalogueLoader.Default));

    [Fact]
    public void Every_question_that_is_not_informational_changes_a_document_bidders_read()
    {
        var probe = s_probe.Value;
        var failures = probe.Results
            .Where(r => r.Question.Informational is null && !r.Changed)
            .Select(r => r.Describe())
            .ToList();

        output.WriteLine($"{probe.Results.Count} questions, {probe.Builds} packages built in {probe.Elapsed.TotalSeconds:0.0} s");
        failures.ShouldBeEmpty(
            $"{failures.Count} question(s) change nothing a bidder reads. Make the answer reach the bidder "
            + "(a clause condition, an alternative, a parameter fromAnswer) or, where it legitimately does not, "
            + "say why with `informational:` in the question's YAML:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void A_question_marked_informational_changes_no_document_bidders_read()
    {
        var stale = s_probe.Value.Results
            .Where(r => r.Question.Informational is not null && r.Changed)
            .Select(r => $"{r.Question.Id}: changing it to {r.ChangedBy} changes the bidders' documents of {r.ChangedIn}; remove `informational:`")
            .ToList();

        stale.ShouldBeEmpty($"{stale.Count} question(s) marked informational do change a bidder document:\n" + string.Join("\n", stale));
    }

    /// <summary>Flips every question over every example, once per test run.</summary>
    private sealed class Probe
    {
        private readonly Catalogue _catalogue;
        private int _builds;

        public Probe(Catalogue catalogue)
        {
            _catalogue = catalogue;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var bases = Examples.Files.Select(file => new Base(file, Read(file), this)).ToList();
            var bounds = ConditionBounds(catalogue);
            // Answers worked out from the lots, the model or the notice decision are not the officer's to change; their sources are.
            Results = [.. catalogue.Questionnaire.Questions
                .Where(question => !DerivedAnswers.AlwaysDerived(question.DerivedFrom))
                .AsParallel().AsOrdered()
                .Select(question => Flip(question, bases, bounds))];
            Elapsed = watch.Elapsed;
        }

        public IReadOnlyList<Result> Results { get; }

        public int Builds => _builds;

        public TimeSpan Elapsed { get; }

        private static TenderInput Read(string file) =>
            TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, file))).Input;

        private Result Flip(Question question, List<Base> bases, ILookup<string, AnswerValue> bounds)
        {
            var tried = new List<string>();
            var visibleIn = 0;
            IEnumerable<Base> Bases(Func<TenderInput, TenderInput?> enable, string how) => bases
                .Select(b => (b, Input: enable(b.Input)))
                .Where(p => p.Input is not null)
                .Select(p => new Base($"{p.b.File} ({how})", p.Input!, this))
                .Where(b => Asked(b.Package, question));

            // First the examples that ask the question. Where no example asks it, each example
            // with the answers that make it asked; where that changes nothing, each example with the
            // answers that bring in a clause that reads it.
            var rounds = new List<Func<IEnumerable<Base>>> { () => bases.Where(b => Asked(b.Package, question)) };
            if (question.VisibleWhen is { } visibleWhen)
            {
                rounds.Add(() => visibleIn == 0 ? Bases(input => Enable(input, visibleWhen, 0), "with the answers that ask it") : []);
            }

            foreach (var clause in _catalogue.Clauses.Where(c => c.When is not null && Reads(c, question.Id)))
            {
                rounds.Add(() => Bases(input => Enable(input, clause.When!, 0) is { } on && question.VisibleWhen is { } v ? Enable(on, v, 0) : Enable(input, clause.When!, 0), $"with the answers that bring in {clause.Id}"));
            }

            foreach (var round in rounds)
            {
                foreach (var @base in round())
                {
                    visibleIn++;
                    var resolved = @base.Package.Answers[question.Id];
                    var current = @base.Input.GivenAnswer(question);
                    var labels = new List<string>();
                    foreach (var (label, raw) in Variants(question, resolved.Value, bounds[question.Id]))
                    {
                        if (Same(raw, current))
                        {
                            continue;
                        }

                        labels.Add(label);
                        var package = Evaluate(@base.Input.WithAnswer(question, raw));
                        // Documents and matrix rows first; the workbook's sheets (price schedule, sites) only where they agree.
                        if (BidderText(package) != @base.Text || WorkbookText(package) != @base.Workbook)
                        {
                            return new Result(question, true, label, @base.File, tried, visibleIn);
                        }
                    }

                    tried.Add($"{@base.File}: {string.Join(", ", labels)}");
                }
            }

            return new Result(question, false, null, null, tried, visibleIn);
        }

        /// <summary>Whether a clause reads the question: in a parameter, its condition or an alternative's condition.</summary>
        private static bool Reads(Clause clause, string questionId) =>
            clause.Parameters.Any(p => p.FromAnswer == questionId)
            || (clause.When?.QuestionIds().Contains(questionId) ?? false)
            || clause.Alternatives.SelectMany(g => g.Options).Any(o => o.When.QuestionIds().Contains(questionId));

        /// <summary>Whether the officer is asked the question in this package (visible, and not worked out from other input).</summary>
        private static bool Asked(TenderPackage package, Question question)
        {
            var resolved = package.Answers[question.Id];
            return resolved.Visible && resolved.Origin != AnswerOrigin.Derived;
        }

        /// <summary>The input with answers that make <paramref name="condition"/> hold, or null where that is not simple.</summary>
        private TenderInput? Enable(TenderInput input, Condition condition, int depth)
        {
            if (depth > 4)
            {
                return null;
            }

            var questionnaire = _catalogue.Questionnaire;
            if (condition.Evaluate(AnswerSet.Resolve(questionnaire, input)).Value)
            {
                return input;
            }

            TenderInput? Set(string id, object value)
            {
                var target = questionnaire.Find(id);
                if (target is null || target.DerivedFrom is not null)
                {
                    return null;
                }

                var withParent = target.VisibleWhen is { } parent && !AnswerSet.Resolve(questionnaire, input)[id].Visible
                    ? Enable(input, parent, depth + 1)
                    : input;
                return withParent?.WithAnswer(target, Json(value));
            }

            switch (condition)
            {
                case AllCondition all:
                    var current = (TenderInput?)input;
                    foreach (var part in all.Parts)
                    {
                        current = current is null ? null : Enable(current, part, depth + 1);
                    }

                    return current;
                case AnyCondition any:
                    return any.Parts.Select(part => Enable(input, part, depth + 1)).FirstOrDefault(i => i is not null);
                case EqualsCondition { Value: AnswerValue.Choice choice } equals:
                    return Set(equals.QuestionId, choice.Value);
                case EqualsCondition { Value: AnswerValue.Flag flag } equals:
                    return Set(equals.QuestionId, flag.Value);
                case InCondition { Values: [AnswerValue.Choice first, ..] } @in:
                    return Set(@in.QuestionId, first.Value);
                case ContainsCondition contains:
                    var given = AnswerSet.Resolve(questionnaire, input).Choices(contains.QuestionId);
                    return Set(contains.QuestionId, given.Add(contains.Option).Distinct().ToArray());
                case GreaterThanCondition { Bound: AnswerValue.Number number } greater:
                    return Set(greater.QuestionId, number.Value + 1);
                default:
                    return null;
            }
        }

        private static bool Same(JsonElement? a, JsonElement? b) =>
            (a is null && b is null) || (a is { } x && b is { } y && JsonElement.DeepEquals(x, y));

        private TenderPackage Evaluate(TenderInput input)
        {
            Interlocked.Increment(ref _builds);
            return RulesEngine.Evaluate(input, _catalogue, s_referenceDate);
        }

        /// <summary>The answers to try: every option, yes, no, unanswered, the bounds, another date or text.</summary>
        private static IEnumerable<(string Label, JsonElement? Raw)> Variants(Question question, AnswerValue? current, IEnumerable<AnswerValue> conditionBounds)
        {
            yield return ("unanswered", null);
            switch (question.Type)
            {
                case QuestionType.YesNo:
                    yield return ("yes", Json(true));
                    yield return ("no", Json(false));
                    break;
                case QuestionType.SingleChoice:
                    foreach (var option in question.Options)
                    {
                        yield return ($"\"{option.Value}\"", Json(option.Value));
                    }

                    break;
                case QuestionType.MultipleChoice:
                    var chosen = (current as AnswerValue.Choices)?.Values ?? [];
                    foreach (var option in question.Options)
                    {
                        var toggled = chosen.Contains(option.Value) ? chosen.Remove(option.Value) : chosen.Add(option.Value);
                        yield return ((chosen.Contains(option.Value) ? "without " : "with ") + $"\"{option.Value}\"", Json(toggled));
                    }

                    yield return ("none", Json(Array.Empty<string>()));
                    yield return ("all", Json(question.Options.Select(o => o.Value).ToArray()));
                    break;
                case QuestionType.Number or QuestionType.Percentage or QuestionType.Money:
                    foreach (var number in Numbers(question, (current as AnswerValue.Number)?.Value, conditionBounds))
                    {
                        yield return (number.ToString(CultureInfo.InvariantCulture), Json(number));
                    }

                    break;
                case QuestionType.Date:
                    var date = (current as AnswerValue.Date)?.Value ?? s_referenceDate;
                    var dates = new List<DateOnly> { date.AddYears(1), date.AddYears(-1), date.AddDays(1) };
                    foreach (var bound in conditionBounds.OfType<AnswerValue.Date>())
                    {
                        dates.AddRange([bound.Value.AddDays(-1), bound.Value, bound.Value.AddDays(1)]);
                    }

                    dates.AddRange([question.MinDate ?? date, question.MaxDate ?? date]);
                    foreach (var day in dates.Distinct().Where(d => question.Check(new AnswerValue.Date(d)) is null))
                    {
                        yield return (day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Json(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                    }

                    break;
                case QuestionType.Text:
                    yield return ("another text", Json("Another answer " + question.Id));
                    break;
                case QuestionType.Time:
                    yield return ("another time", Json((current as AnswerValue.Time)?.Value.Hour == 9 ? "15:45" : "09:30"));
                    break;
            }
        }

        private static IEnumerable<decimal> Numbers(Question question, decimal? current, IEnumerable<AnswerValue> conditionBounds)
        {
            var numbers = new List<decimal>();
            if (question.Min is { } min)
            {
                numbers.AddRange([min, min + 1]);
            }

            if (question.Max is { } max)
            {
                numbers.AddRange([max, max - 1]);
            }

            if (question.Type == QuestionType.Percentage)
            {
                numbers.AddRange([0, 100]);
            }

            foreach (var bound in conditionBounds.OfType<AnswerValue.Number>())
            {
                numbers.AddRange([bound.Value - 1, bound.Value, bound.Value + 1]);
            }

            if (current is { } now)
            {
                numbers.AddRange([now + 1, now * 2, Math.Max(0, now - 1)]);
            }
            else
            {
                numbers.AddRange([0, 1, 10, 1000]);
            }

            return numbers.Distinct().Where(n => question.Check(new AnswerValue.Number(n)) is null);
        }

        private static JsonElement Json<T>(T value) => JsonSerializer.SerializeToElement(value, JsonSerializerOptions.Web);

        /// <summary>The numbers and dates the catalogue's conditions compare each question against.</summary>
        private static ILookup<string, AnswerValue> ConditionBounds(Catalogue catalogue)
        {
            var conditions = catalogue.Clauses.SelectMany(c => new[] { c.When }.Concat(c.Alternatives.SelectMany(a => a.Options.Select(o => (Condition?)o.When))))
                .Concat(catalogue.Questionnaire.Questions.Select(q => q.VisibleWhen));
            return conditions.SelectMany(Tests).ToLookup(t => t.Question, t => t.Value);

            static IEnumerable<(string Question, AnswerValue Value)> Tests(Condition? condition) => condition switch
            {
                AllCondition all => all.Parts.SelectMany(Tests),
                AnyCondition any => any.Parts.SelectMany(Tests),
                NotCondition not => Tests(not.Part),
                GreaterThanCondition greater => [(greater.QuestionId, greater.Bound)],
                LessThanCondition less => [(less.QuestionId, less.Bound)],
                BetweenCondition between => [(between.QuestionId, between.Min), (between.QuestionId, between.Max)],
                EqualsCondition equals when equals.Value is AnswerValue.Number or AnswerValue.Date => [(equals.QuestionId, equals.Value)],
                _ => [],
            };
        }

        /// <summary>
        /// What bidders read, as text: each bidder document's cover data and blocks, and the
        /// compliance matrix's rows. The memo is the authority's and is left out.
        /// </summary>
        public static string BidderText(TenderPackage package)
        {
            var text = new StringBuilder();
            foreach (var document in TenderDocuments.Compose(package).Where(d => d.Metadata.Audience == Audience.Bidders))
            {
                text.Append("# ").Append(document.Metadata.FileName).Append('|').Append(document.Metadata.TenderTitle)
                    .Append('|').Append(document.Metadata.Reference).Append('|').Append(document.Metadata.Authority).Append('\n');
                foreach (var block in document.Blocks)
                {
                    AppendBlock(text, block);
                }
            }

            foreach (var row in MatrixRow.For(package, ClauseNumbers.For(package)))
            {
                text.Append(row).Append('\n');
            }

            return text.ToString();
        }

        /// <summary>
        /// Every sheet of the compliance matrix (requirements, scoring, price schedule, sites) as the
        /// writer builds it, with its shared strings; the same sheets the .xlsx holds, without zipping them.
        /// </summary>
        public static string WorkbookText(TenderPackage package)
        {
            var metadata = TenderDocuments.Metadata(package, ComplianceMatrixWriter.Title, "compliance-matrix", Audience.Bidders);
            var numbers = ClauseNumbers.For(package);
            var strings = new SharedStrings();
            var title = metadata.TenderTitle;
            var line = metadata.Reference ?? "";
            var sheets = new List<DocumentFormat.OpenXml.Spreadsheet.Worksheet>
            {
                ComplianceSheet.Build(new SheetWriter(strings), MatrixRow.For(package, numbers), package.Framing.Regime, title, line, metadata.Reference, PriceScheduleSheet.AppliesTo(package)),
                ScoringSheet.Build(new SheetWriter(strings), AwardWeight.For(package, numbers), title, line, metadata.Reference),
            };
            if (PriceScheduleSheet.AppliesTo(package))
            {
                sheets.Add(package.Framing.AuthorityPays
                    ? PriceScheduleSheet.Build(new SheetWriter(strings), package, numbers, title, line, metadata.Reference)
                    : ConcessionPriceSchedule.Build(new SheetWriter(strings), package, numbers, title, line, metadata.Reference));
            }

            if (!package.Sites.IsEmpty)
            {
                sheets.Add(SitesSheet.Build(new SheetWriter(strings), package, Core.Words.ScopeWords.English, title, line, metadata.Reference));
            }

            return string.Join("\n", sheets.Select(sheet => sheet.OuterXml)) + "\n" + strings.Build().OuterXml;
        }

        private static void AppendBlock(StringBuilder text, Block block)
        {
            switch (block)
            {
                case Heading heading:
                    text.Append(heading.Text).Append('\n');
                    break;
                case Paragraph paragraph:
                    text.Append(paragraph.Content.PlainText()).Append('\n');
                    break;
                case ListBlock list:
                    foreach (var item in list.Items)
                    {
                        text.Append("- ").Append(item.PlainText()).Append('\n');
                    }

                    break;
                case Table table:
                    text.Append(table.Caption).Append('\n');
                    foreach (var row in table.HeaderRows.Concat(table.Rows))
                    {
                        text.Append(string.Join(" | ", row.Select(cell => cell.PlainText()))).Append('\n');
                    }

                    break;
                case Note note:
                    foreach (var paragraph in note.Paragraphs)
                    {
                        text.Append(paragraph.Content.PlainText()).Append('\n');
                    }

                    break;
                case TableOfContents toc:
                    text.Append(toc.Title).Append('\n');
                    break;
            }
        }

        /// <summary>An example as built, with the text its bidders read.</summary>
        private sealed class Base
        {
            private readonly Lazy<string> _workbook;

            public Base(string file, TenderInput input, Probe probe)
            {
                File = file;
                Input = input;
                Package = probe.Evaluate(input);
                Text = BidderText(Package);
                _workbook = new Lazy<string>(() => WorkbookText(Package));
            }

            public string File { get; }

            public TenderInput Input { get; }

            public TenderPackage Package { get; }

            public string Text { get; }

            public string Workbook => _workbook.Value;
        }
    }

    private sealed record Result(Question Question, bool Changed, string? ChangedBy, string? ChangedIn, IReadOnlyList<string> Tried, int VisibleIn)
    {
        public string Describe() => VisibleIn == 0
            ? $"- {Question.Id}: visible in none of the examples, so nothing could be tried"
            : $"- {Question.Id}: tried {string.Join("; ", Tried)}";
    }
}
