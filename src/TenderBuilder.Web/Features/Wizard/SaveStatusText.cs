using Microsoft.Extensions.Localization;

namespace TenderBuilder.Web.Features.Wizard;

/// <summary>The save state under the wizard in words and icon, and as the page's data attribute.</summary>
/// <param name="words">The interface's words for it, in the officer's language.</param>
internal sealed class SaveStatusText(IStringLocalizer<SaveStatusText> words)
{
    /// <summary>"All changes saved", "Saving…", "Not saved yet" (kept, retried) or "Not saved".</summary>
    public string Of(SaveState state) => state switch
    {
        SaveState.Saved => words["Saved"],
        SaveState.Pending or SaveState.Saving => words["Saving"],
        SaveState.Failed => words["NotSavedYet"],
        _ => words["NotSaved"],
    };

    /// <summary>A cloud with a tick once saved, a syncing cloud otherwise.</summary>
    public static string Icon(SaveState state) =>
        state == SaveState.Saved ? MudBlazor.Icons.Material.Filled.CloudDone : MudBlazor.Icons.Material.Filled.CloudSync;

    /// <summary>The state as the page's data attribute names it ("saved", "conflict").</summary>
    public static string Data(SaveState state) => state.ToString().ToLowerInvariant();
}
