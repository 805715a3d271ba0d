using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using MudBlazor.Services;
using TenderBuilder.Application.Evaluation;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Templates;
using TenderBuilder.Web.Features.Wizard;

namespace TenderBuilder.Benchmarks;

/// <summary>
/// The server's work after one answer in the wizard, on the largest example: the new input, the
/// rules, what changed, where the findings go (<see cref="AnswerToPanelState"/>), and rendering the
/// requirements panel and the longest step's questions to HTML (<see cref="RenderPanel"/>,
/// <see cref="RenderLongestStep"/>). Budget for all of it together: 100 ms.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class WizardBenchmarks
{
    private static readonly DateOnly s_date = new(2026, 11, 29);
    private Catalogue _catalogue = null!;
    private DraftEvaluator _evaluator = null!;
    private TenderInput _input = null!;
    private TenderPackage _package = null!;
    private Question _readiness = null!;
    private Section _longest = null!;
    private HtmlRenderer _renderer = null!;
    private ServiceProvider _services = null!;
    private bool _flip;
    private TemplateBinding _binding = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = CatalogueLoader.Default;
        _evaluator = new DraftEvaluator(_catalogue, new FixedClock(s_date));
        _input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "utrecht-like-concession.yaml"))).Input;
        _package = RulesEngine.Evaluate(_input, _catalogue, s_date);
        _readiness = _catalogue.Questionnaire.Find("v2g.readiness")!;
        _longest = _catalogue.Questionnaire.Sections.MaxBy(s => s.Questions.Length)!;
        // A heavily locked template: ten answers and ten clauses.
        var answered = _catalogue.Questionnaire.Questions.Where(q => q.Id != "tender.title" && _input.GivenAnswer(q) is not null).Take(10);
        _binding = new TemplateBinding
        {
            Origin = new TemplateOrigin(Guid.NewGuid(), 1, "Regional template"),
            OwnerName = "Region",
            Baseline = _input,
            Locks =
            [
                .. answered.Select(q => new TemplateLock(LockKind.Answer, q.Id, q.Label, "Regional policy", "Region", DateTime.UtcNow)),
                .. _package.Clauses.Take(10).Select(c => new TemplateLock(LockKind.Clause, c.Id, c.Title, "Regional policy", "Region", DateTime.UtcNow)),
            ],
        };
        _services = new ServiceCollection()
            .AddLogging()
            .AddMudServices()
            .AddLocalization(o => o.ResourcesPath = "Resources")
            .AddSingleton(_catalogue)
            .AddSingleton<IJSRuntime, NoScript>()
            .AddSingleton<NavigationManager, FixedAddress>()
            .BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, _services.GetRequiredService<ILoggerFactory>());
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }

    /// <summary>One answer changed (V2G readiness, which adds and drops clauses): input, rules, change, findings placed.</summary>
    [Benchmark]
    public int AnswerToPanelState()
    {
        _flip = !_flip;
        // What DraftSession.Apply does with an answer: clean it, then the application's one evaluation.
        var (next, _) = ControlCharacters.RemoveFrom(_input.WithAnswer(_readiness, JsonSerializer.SerializeToElement(_flip ? "scale" : "pilot")));
        var package = _evaluator.Evaluate(next);
        var change = PackageChange.Between(_package, package);
        var placement = new FindingPlacement(package);
        return change.Added.Length + placement.Elsewhere.Count;
    }

    /// <summary>The same answer in a draft from a template with 20 locks: the locks are checked before the edit applies.</summary>
    [Benchmark]
    public int AnswerWithTemplateLocks()
    {
        _flip = !_flip;
        var (next, _) = ControlCharacters.RemoveFrom(_input.WithAnswer(_readiness, JsonSerializer.SerializeToElement(_flip ? "scale" : "pilot")));
        var package = _evaluator.Evaluate(next);
        return _binding.Check(next, package, _catalogue).Length + PackageChange.Between(_package, package).Added.Length;
    }

    /// <summary>The requirements panel (58 clauses) rendered to HTML.</summary>
    [Benchmark]
    public Task<int> RenderPanel() => RenderAsync<RequirementsPanel>(new Dictionary<string, object?>
    {
        [nameof(RequirementsPanel.Package)] = _package,
        [nameof(RequirementsPanel.Change)] = PackageChange.None,
    });

    /// <summary>Every question of the longest section rendered to HTML.</summary>
    [Benchmark]
    public async Task<int> RenderLongestStep()
    {
        var placement = new FindingPlacement(_package);
        var length = 0;
        foreach (var question in _longest.Questions)
        {
            length += await RenderAsync<QuestionField>(new Dictionary<string, object?>
            {
                [nameof(QuestionField.Question)] = question,
                [nameof(QuestionField.Answer)] = _package.Answers[question.Id],
                [nameof(QuestionField.Given)] = _input.GivenAnswer(question),
                [nameof(QuestionField.Findings)] = placement.For(question.Id),
            });
        }

        return length;
    }

    private Task<int> RenderAsync<TComponent>(Dictionary<string, object?> parameters)
        where TComponent : IComponent =>
        _renderer.Dispatcher.InvokeAsync(async () =>
            (await _renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString().Length);

    // The wizard evaluates as of today; the benchmark as of one fixed day, so runs compare.
    private sealed class FixedClock(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }

    // Links render against one fixed address, as on a draft's page.
    private sealed class FixedAddress : NavigationManager
    {
        public FixedAddress() => Initialize("http://localhost/", "http://localhost/drafts/");
    }

    // Rendering to HTML runs no script; components that would call the browser after rendering
    // never get that far here.
    private sealed class NoScript : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => default;

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => default;
    }
}
