using TenderBuilder.Core.Input;
using TenderBuilder.Testing;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>The answer files of docs/examples, read where users read them rather than copied into the tests.</summary>
internal static class Examples
{
    /// <summary>The Utrecht-like concession: every section answered, overrides set, nothing blocking the export.</summary>
    public static TenderInput UtrechtLikeConcession() =>
        TenderInputReader.Read(File.ReadAllText(RepositoryFiles.Example("utrecht-like-concession"))).Input;
}
