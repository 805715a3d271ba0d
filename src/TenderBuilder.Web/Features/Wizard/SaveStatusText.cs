namespace TenderBuilder.Web.Features.Wizard;

/// <summary>The save state under the wizard in words and icon, and as the page's data attribute.</summary>
internal static class SaveStatusText
{
    /// <summary>"All changes saved", "Saving…", "Not saved yet" (kept, retried) or "Not saved".</summary>
    public static string Of(SaveState state) => state switch
    {
        SaveState.Saved => "All changes saved",
        SaveState.Pending or SaveState.Saving => "Saving…",
        SaveState.Failed => "Not saved yet",
        _ => "Not saved",
    };

    /// <summary>A cloud with a tick once saved, a syncing cloud otherwise.</summary>
    public static string Icon(SaveState state) =>
        state == SaveState.Saved ? MudBlazor.Icons.Material.Filled.CloudDone : MudBlazor.Icons.Material.Filled.CloudSync;

    /// <summary>The state as the page's data attribute names it ("saved", "conflict").</summary>
    public static string Data(SaveState state) => state.ToString().ToLowerInvariant();
}
