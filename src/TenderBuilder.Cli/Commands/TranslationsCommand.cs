using System.CommandLine;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Catalogues.Translations;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Cli.Commands;

/// <summary>
/// <c>translations</c>: for catalogue maintainers, brings a language's translation files in step
/// with the English catalogue (new texts get an empty translation, removed ones go), then says
/// what is left to translate.
/// </summary>
internal static class TranslationsCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<DirectoryInfo>("catalogue") { Description = "The catalogue folder (src/TenderBuilder.Core/Catalogues/Content)." };
        var language = new Option<string>("--language") { Description = "The language whose files to update: nl-NL, sv-SE or de-DE.", Required = true };
        language.AcceptOnlyFromAmong([.. DocumentLanguages.All.Where(l => l != DocumentLanguages.English)]);
        var command = new Command("translations", "Update a language's catalogue translation files to the English catalogue (for catalogue maintainers).") { folder, language };
        command.SetAction(parsed => Run(parsed.GetValue(folder)!, parsed.GetValue(language)!, console));
        return command;
    }

    private static int Run(DirectoryInfo folder, string language, CliConsole console)
    {
        if (!folder.Exists)
        {
            console.Error.WriteLine($"There is no folder {folder.FullName}.");
            return ExitCodes.Unreadable;
        }

        var files = folder.EnumerateFiles("*.yaml", SearchOption.AllDirectories)
            .Select(f => new CatalogueFile(Path.GetRelativePath(folder.FullName, f.FullName).Replace('\\', '/'), File.ReadAllText(f.FullName)))
            .ToList();
        foreach (var file in CatalogueTranslations.Update(files, language))
        {
            var path = Path.Combine(folder.FullName, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }

        try
        {
            CatalogueLoader.Load(files: [.. folder.EnumerateFiles("*.yaml", SearchOption.AllDirectories)
                .Select(f => new CatalogueFile(Path.GetRelativePath(folder.FullName, f.FullName).Replace('\\', '/'), File.ReadAllText(f.FullName)))], language);
            console.Out.WriteLine($"The {language} translation is complete.");
            return ExitCodes.Ok;
        }
        catch (CatalogueLoadException e)
        {
            console.Out.WriteLine($"The {language} translation files are updated; {e.Errors.Count} texts still need a translator:");
            foreach (var error in e.Errors.Take(50))
            {
                console.Out.WriteLine("  " + error);
            }

            return ExitCodes.TenderErrors;
        }
    }
}
