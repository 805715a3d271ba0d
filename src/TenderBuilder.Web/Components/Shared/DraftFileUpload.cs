using Microsoft.AspNetCore.Components.Forms;
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

    /// <summary>Why a file was not imported, with its name; nothing was created.</summary>
    public static string NotImported(IBrowserFile file, string reason) => $"“{file.Name}” could not be imported. {reason} Nothing was imported.";
}
