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
}
