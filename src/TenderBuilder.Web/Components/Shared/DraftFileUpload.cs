using System.Globalization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.Templates;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Web.Components.Shared;

/// <summary>What an uploaded draft file becomes, which names it in the messages (“a draft file”, “a template file”).</summary>
internal enum DraftFileKind
{
    /// <summary>A new draft.</summary>
    Draft,

    /// <summary>A new template.</summary>
    Template,
}

/// <summary>
/// Reads an uploaded draft file (JSON or YAML) for the Drafts and Templates pages: a file larger
/// than any draft file may be is refused before it is read. The refusals are in the interface
/// language (Resources/Components/Shared/DraftFileUpload.resx).
/// </summary>
/// <param name="words">The interface's words for the refusals.</param>
internal sealed class DraftFileUpload(IStringLocalizer<DraftFileUpload> words)
{
    /// <summary>The file's text, or null and the problem to show.</summary>
    /// <param name="file">The uploaded file.</param>
    /// <param name="kind">What the file becomes, which names it in the message.</param>
    public async Task<(string? Text, string? Problem)> ReadAsync(IBrowserFile file, DraftFileKind kind)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Size > TenderInputReader.MaxCharacters)
        {
            var size = (file.Size / 1_000_000.0).ToString("0.#", CultureInfo.CurrentCulture);
            var most = TenderInputReader.MaxCharacters / 1_000_000;
            return (null, kind == DraftFileKind.Template ? words["TemplateFileTooLarge", file.Name, size, most] : words["DraftFileTooLarge", file.Name, size, most]);
        }

        try
        {
            using var reader = new StreamReader(file.OpenReadStream(TenderInputReader.MaxCharacters));
            return (await reader.ReadToEndAsync(), null);
        }
        catch (IOException e)
        {
            // The browser went away or sent less than it announced.
            return (null, NotImported(file, words["Unreadable", e.Message]));
        }
    }

    /// <summary>
    /// Reads the file and hands its text to the page's import (which opens what it made); the
    /// problem to show when the file was refused, or null when it was imported.
    /// </summary>
    /// <param name="file">The uploaded file.</param>
    /// <param name="kind">What the file becomes, which names it in the message.</param>
    /// <param name="import">The import of the text: a draft or a template.</param>
    public async Task<string?> ImportAsync(IBrowserFile file, DraftFileKind kind, Func<string, Task> import)
    {
        ArgumentNullException.ThrowIfNull(import);
        var (text, problem) = await ReadAsync(file, kind);
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
    private string? Refusal(Exception e) => e switch
    {
        DraftLockedException => words["Locked", e.Message],
        TenderInputFormatException or TemplateFormException or ImportFailedException => e.Message,
        _ => null,
    };

    /// <summary>Why a file was not imported, with its name; nothing was created.</summary>
    public string NotImported(IBrowserFile file, string reason)
    {
        ArgumentNullException.ThrowIfNull(file);
        return words["NotImported", file.Name, reason];
    }
}
