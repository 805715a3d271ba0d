using System.CommandLine;
using TenderBuilder.Cli.Commands;
using TenderBuilder.Core.Catalogues;

namespace TenderBuilder.Cli;

/// <summary>The <c>tenderbuilder</c> command line: the same Core stages the web app calls.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("TenderBuilder: public tenders for smart and V2G-ready EV charging, from a questionnaire to sourced requirement clauses.")
        {
            QuestionsCommand.Create(console),
            ClausesCommand.Create(console),
            ValidateCommand.Create(console),
            BuildCommand.Create(console),
            NoticeCommand.Create(console),
            TranslationsCommand.Create(console),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine(problem.Message);
            }

            error.WriteLine("Run 'tenderbuilder --help' for the commands and their options.");
            return ExitCodes.Unreadable;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CatalogueLoadException e)
        {
            // Only reachable while someone is editing the catalogue: list every mistake with its line.
            error.WriteLine(e.Message);
            return ExitCodes.Unreadable;
        }
    }
}
