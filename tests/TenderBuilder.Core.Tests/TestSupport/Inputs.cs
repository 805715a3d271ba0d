using System.Text.Json;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Core.Tests.TestSupport;

/// <summary>Builds TenderInputs in tests from a few answers.</summary>
internal static class Inputs
{
    public static TenderInput With(object answers, string title = "Test tender") => new()
    {
        Tender = new TenderMetadata { Title = title },
        Answers = JsonSerializer.SerializeToElement(answers).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()),
    };

    public static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value);

    /// <summary>An example (or any input) with some answers changed; a null value removes the answer.</summary>
    public static TenderInput Changing(TenderInput input, params (string Question, object? Value)[] answers)
    {
        var merged = new Dictionary<string, JsonElement>(input.Answers, StringComparer.Ordinal);
        foreach (var (question, value) in answers)
        {
            if (value is null)
            {
                merged.Remove(question);
            }
            else
            {
                merged[question] = JsonSerializer.SerializeToElement(value);
            }
        }

        return input with { Answers = merged };
    }

    /// <summary>One of the examples in docs/examples, read as the CLI reads it.</summary>
    public static TenderInput Example(string file) =>
        TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, file))).Input;
}
