using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Web.Tests.Features.Wizard;

/// <summary>The real catalogue and the worked examples, as the wizard's tests read them.</summary>
internal static class WizardData
{
    public static readonly DateOnly Today = new(2026, 11, 29);

    public static Catalogue ShippedCatalogue => CatalogueLoader.Default;

    public static TenderInput Utrecht { get; } = Example("utrecht-like-concession.yaml");

    /// <summary>
    /// Utrecht's tender details and only its grid answers (traffic light 16-20 h): few requirements,
    /// so a whole page renders quickly.
    /// </summary>
    public static TenderInput UtrechtGrid { get; } = Utrecht with
    {
        Answers = Utrecht.Answers.Where(a => a.Key.StartsWith("grid.", StringComparison.Ordinal)).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
        ParameterOverrides = [],
    };

    public static Question Question(string id) =>
        ShippedCatalogue.Questionnaire.Find(id) ?? throw new InvalidOperationException($"The catalogue has no question {id}.");

    public static TenderPackage Evaluate(TenderInput input) => RulesEngine.Evaluate(input, ShippedCatalogue, Today);

    public static TenderInput Example(string file) => TenderInputReader.Read(File.ReadAllText(ExamplePath(file))).Input;

    // The examples are read where users read them (docs/examples), not copied into the tests.
    public static string ExamplePath(string file)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "docs", "examples", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"The example {file} was not found in docs/examples above {AppContext.BaseDirectory}.");
    }
}
