using Microsoft.AspNetCore.Components.Forms;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.Templates;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Web.Components.Shared;

/// <summary>
/// Reads an uploaded draft file (JSON or YAML) for the Drafts and Templates pages: a file larger
/// than any draft file may be is refused before it is read.
/// </summary>
internal static class DraftFileUpload
{
    /// <summary>The file's text, or null and the problem to show.</summary>
    /// <param name="file">The uploaded file.</param>
    /// <param name="what">What such a file is called in the message (“a draft file”).</param>
    public static async Task<(string? Text, string? Problem)> ReadAsync(IBrowserFile file, string what)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Size > TenderInputReader.MaxCharacters)
        {
            return (null, $"“{file.Name}” is {file.Size / 1_000_000.0:0.#} MB; {what} can be at most {TenderInputReader.MaxCharacters / 1_000_000} MB. Nothing was imported.");
        }

        try
        {
            using var reader = new StreamReader(file.OpenReadStream(TenderInputReader.MaxCharacters));
            return (await reader.ReadToEndAsync(), null);
        }
        catch (IOException e)
        {
            // The browser went away or sent less than it announced.
            return (null, NotImported(file, $"It could not be read from your browser ({e.Message})."));
        }
    }

    /// <summary>
    /// Reads the file and hands its text to the page's import (which opens what it made); the
    /// problem to show when the file was refused, or null when it was imported.
    /// </summary>
    /// <param name="file">The uploaded file.</param>
    /// <param name="what">What such a file is called in the message (“a draft file”).</param>
    /// <param name="import">The import of the text: a draft or a template.</param>
    public static async Task<string?> ImportAsync(IBrowserFile file, string what, Func<string, Task> import)
    {
        ArgumentNullException.ThrowIfNull(import);
        var (text, problem) = await ReadAsync(file, what);
        if (text is null)
        {
            return problem;
        }

        try
        {
            await import(text);
            return null;
        }
        catch (Exception e) when (Refusal(e) is { } reason)
        {
            return NotImported(file, reason);
        }
    }

    // The imports' refusals, each a sentence for the officer; any other fault is the app's, not the file's.
    private static string? Refusal(Exception e) => e switch
    {
        DraftLockedException => $"It comes from a template and changes what the template locks. {e.Message}",
        TenderInputFormatException or TemplateFormException or ImportFailedException => e.Message,
        _ => null,
    };

    /// <summary>Why a file was not imported, with its name; nothing was created.</summary>
    public static string NotImported(IBrowserFile file, string reason) => $"“{file.Name}” could not be imported. {reason} Nothing was imported.";
}
