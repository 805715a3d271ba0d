using MudBlazor;

namespace TenderBuilder.Web.Components.Layout;

/// <summary>
/// The app's colours and type. Colours are chosen for WCAG 2.1 AA contrast (4.5:1 for text) on
/// both palettes; the system font stack keeps the app free of any font download.
/// </summary>
internal static class TenderBuilderTheme
{
    private static readonly string[] s_fontFamily =
        ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "Noto Sans", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b5e3c",
            Secondary = "#1d4f91",
            AppbarBackground = "#0b5e3c",
            AppbarText = "#ffffff",
            Background = "#f7f8f7",
            DrawerBackground = "#ffffff",
            TextSecondary = "#4a5350",
            // MudBlazor's default status colours fall below 4.5:1 as text on white (alerts, chips).
            Info = "#0b5394",
            Success = "#1b5e20",
            Warning = "#8a4b00",
            Error = "#b3261e",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#6fd3a2",
            Secondary = "#9cc2ff",
            AppbarBackground = "#17201c",
            AppbarText = "#e8efe9",
            Background = "#101512",
            Surface = "#1a221e",
            DrawerBackground = "#17201c",
            TextPrimary = "#e8efe9",
            TextSecondary = "#b9c4be",
            Info = "#9cc2ff",
            Success = "#81c995",
            Warning = "#f6c26b",
            Error = "#f2b8b5",
            // The dark palette's colours are light, so text on them (filled buttons such as the
            // wizard's "Next", filled alerts such as the save conflict) is dark: MudBlazor's white
            // default gave 1.8:1 on the primary green.
            PrimaryContrastText = "#101512",
            SecondaryContrastText = "#101512",
            InfoContrastText = "#101512",
            SuccessContrastText = "#101512",
            WarningContrastText = "#101512",
            ErrorContrastText = "#101512",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = s_fontFamily },
        },
    };
}
