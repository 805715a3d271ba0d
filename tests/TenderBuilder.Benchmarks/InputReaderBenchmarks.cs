using BenchmarkDotNet.Attributes;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Benchmarks;

/// <summary>
/// Reading draft files with the bounded reader: a real file is read at once, and a hostile one is
/// refused at once, before anything is expanded or built.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class InputReaderBenchmarks
{
    private string _largestExample = "";
    private string _aliasBomb = "";
    private string _tooManyValues = "";

    [GlobalSetup]
    public void Setup()
    {
        _largestExample = File.ReadAllText(Path.Combine(Repository.Examples, "utrecht-like-concession.yaml"));
        // Seven levels of nine aliases: 4.8 million values if expanded.
        _aliasBomb = "x0: &x0 [a, a, a, a, a, a, a, a, a]\n"
            + string.Concat(Enumerable.Range(1, 7).Select(i => $"x{i}: &x{i} [{string.Join(", ", Enumerable.Repeat($"*x{i - 1}", 9))}]\n"));
        _tooManyValues = "answers:\n  a: [" + string.Join(",", Enumerable.Repeat("1", YamlLimits.TenderInput.MaxNodes + 1)) + "]\n";
    }

    [Benchmark(Description = "Read the largest example")]
    public TenderInputDocument ReadLargestExample() => TenderInputReader.Read(_largestExample);

    [Benchmark(Description = "Refuse a seven-level alias bomb")]
    public string RefuseAliasBomb() => Refuse(_aliasBomb);

    [Benchmark(Description = "Refuse a file of more values than allowed")]
    public string RefuseTooManyValues() => Refuse(_tooManyValues);

    private static string Refuse(string text)
    {
        try
        {
            TenderInputReader.Read(text);
            throw new InvalidOperationException("The file was read; it should have been refused.");
        }
        catch (TenderInputFormatException e)
        {
            return e.Message;
        }
    }
}
