using Microsoft.Extensions.Localization;
using MudBlazor;

namespace TenderBuilder.Web.Components.Shared;

/// <summary>
/// MudBlazor's own texts (close buttons, "Required", number errors, file upload) in the interface
/// language, from Resources/Components/Shared/MudBlazorTexts.resx under MudBlazor's keys. The
/// components TenderBuilder uses have every key translated; a key of a component it does not use
/// is left to MudBlazor's English.
/// </summary>
internal sealed class MudBlazorTexts(IStringLocalizer<MudBlazorTexts> words) : MudLocalizer
{
    public override LocalizedString this[string key] => words[key];

    public override LocalizedString this[string key, params object[] arguments] => words[key, arguments];
}
