using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Rules;

namespace TenderBuilder.Documents.Tests.Composition;

/// <summary>The worked examples, evaluated once per test run.</summary>
internal static class Examples
{
    public static readonly string[] Files =
        ["utrecht-like-concession.yaml", "stockholm-like-low-capacity.yaml", "small-town-ten-ac-points.yaml", "regional-framework-lots.yaml", "two-lots-with-sites.yaml",
         "permit-scarce-kerb-space.yaml"];

    private static readonly Dictionary<string, TenderPackage> s_packages = new(StringComparer.Ordinal);

    public static TenderPackage Package(string file)
    {
        lock (s_packages)
        {
            if (!s_packages.TryGetValue(file, out var package))
            {
                var input = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, file))).Input;
                package = RulesEngine.Evaluate(input, CatalogueLoader.Default, new DateOnly(2026, 11, 29));
                s_packages[file] = package;
            }

            return package;
        }
    }
}
