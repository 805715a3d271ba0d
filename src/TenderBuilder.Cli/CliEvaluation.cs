using TenderBuilder.Application.Evaluation;
using TenderBuilder.Core.Catalogues;

namespace TenderBuilder.Cli;

/// <summary>
/// The application's one evaluation, as the command line uses it: the shipped catalogue, and the
/// day given by <c>--date</c> rather than the clock, so a file checked here reads as it does in the wizard.
/// </summary>
internal static class CliEvaluation
{
    public static DraftEvaluator Evaluator { get; } = new(CatalogueLoader.Default, TimeProvider.System);
}
