using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TenderBuilder.Core.Input;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.Templates;

namespace TenderBuilder.Application.Drafts;

/// <summary>
/// Runs the import of a draft or template file so that it always ends in one of two ways, both
/// logged: the new draft or template, or an exception whose message tells the officer what went
/// wrong. A database that refuses the save or a fault of our own is no longer a silent nothing.
/// </summary>
internal static partial class FileImport
{
    /// <summary>Imports a file through <paramref name="import"/> and logs the outcome.</summary>
    /// <param name="logger">Where the outcome goes.</param>
    /// <param name="words">The importing service's words, with the sentences DatabaseRefused and ImportStopped for the officer.</param>
    /// <param name="what">“draft” or “template”, for the log.</param>
    /// <param name="fileName">The file's name as uploaded.</param>
    /// <param name="import">Reads the file and stores what it makes, in one save.</param>
    /// <exception cref="ImportFailedException">The database refused the save, or something unexpected stopped the import.</exception>
    public static async Task<Guid> RunAsync(ILogger logger, IStringLocalizer words, string what, string fileName, Func<Task<Guid>> import)
    {
        try
        {
            var id = await import();
            Imported(logger, what, fileName, id);
            return id;
        }
        catch (Exception e) when (e is TenderInputFormatException or DraftLockedException or TemplateFormException or AccessDeniedException)
        {
            // The officer's file or rights: the message already says what to change.
            Refused(logger, what, fileName, e.Message);
            throw;
        }
        catch (DbUpdateException e)
        {
            StoreFailed(logger, e, what, fileName);
            throw new ImportFailedException(words["DatabaseRefused"].Value, e);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            StoreFailed(logger, e, what, fileName);
            throw new ImportFailedException(words["ImportStopped"].Value, e);
        }
    }

    /// <summary>
    /// What an imported file is called: the tender's title, else the file's name without its
    /// extension, else <paramref name="fallback"/>. One rule for drafts and templates, so a file is
    /// named alike whichever it becomes.
    /// </summary>
    public static string NameOf(TenderInput input, string fileName, string fallback)
    {
        var name = string.IsNullOrWhiteSpace(input.Tender.Title) ? Path.GetFileNameWithoutExtension(fileName) : input.Tender.Title;
        return string.IsNullOrWhiteSpace(name) ? fallback : name;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported the {What} file \"{FileName}\" as {Id}.")]
    private static partial void Imported(ILogger logger, string what, string fileName, Guid id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused the {What} file \"{FileName}\": {Reason}")]
    private static partial void Refused(ILogger logger, string what, string fileName, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store the {What} file \"{FileName}\".")]
    private static partial void StoreFailed(ILogger logger, Exception exception, string what, string fileName);
}

/// <summary>A file could be read but not stored; nothing was imported. The message is for the officer, in their interface language.</summary>
public sealed class ImportFailedException(string message, Exception inner) : Exception(message, inner);
