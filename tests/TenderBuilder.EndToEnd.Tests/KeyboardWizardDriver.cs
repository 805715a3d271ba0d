using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Text;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// Answers questions with the keyboard alone: Tab (forward, as a user reads the page) until the
/// field has focus, then arrow keys, Space and typing. Reading the page to know where focus is and
/// what is selected is allowed; every change is made by a key press.
/// </summary>
internal sealed class KeyboardWizardDriver(IPage page)
{
    private const int MaxTabs = 600;

    /// <summary>Presses Tab until the focused element matches the CSS selector (or lies inside an element that does).</summary>
    public async Task TabToAsync(string selector, string what)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            if (await FocusIsInAsync(selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        throw new InvalidOperationException($"{what} ({selector}) could not be reached with the Tab key from {page.Url}.");
    }

    /// <summary>Follows a link or presses a button: Tab to it, then Enter.</summary>
    public async Task ActivateAsync(string selector, string what)
    {
        await TabToAsync(selector, what);
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Gives a question the raw answer of a TenderInput, with keys only.</summary>
    public async Task AnswerAsync(Question question, JsonElement raw)
    {
        var field = $"[data-question='{question.Id}']";
        await Assertions.Expect(page.Locator(field)).ToBeVisibleAsync();
        // To the question's own control: its help text may hold glossary terms, buttons that come first.
        var control = question.Type switch
        {
            QuestionType.YesNo or QuestionType.SingleChoice when question.Options.Length <= 6 => $"{field} input[type='radio']",
            QuestionType.MultipleChoice => field,
            _ => $"{field} input:not([type='radio']):not([type='checkbox']), {field} textarea, {field} select",
        };
        await TabToAsync(control, question.Id);
        switch (question.Type)
        {
            case QuestionType.YesNo:
                await ChooseRadioAsync(field, raw.GetBoolean() ? "yes" : "no", question.Id);
                break;
            case QuestionType.SingleChoice when question.Options.Length > 6:
                await ChooseInListBoxAsync(field, raw.GetString()!, question.Id);
                break;
            case QuestionType.SingleChoice:
                await ChooseRadioAsync(field, raw.GetString()!, question.Id);
                break;
            case QuestionType.MultipleChoice:
                var chosen = raw.EnumerateArray().Select(e => e.GetString()).ToHashSet();
                foreach (var option in question.Options)
                {
                    var box = OptionInput(field, option.Value);
                    await TabToAsync(box, $"{question.Id}: {option.Value}");
                    if (await page.Locator(box).First.IsCheckedAsync() != chosen.Contains(option.Value))
                    {
                        await page.Keyboard.PressAsync("Space");
                        await Assertions.Expect(page.Locator(box).First).ToBeCheckedAsync(new() { Checked = chosen.Contains(option.Value) });
                    }
                }

                break;
            case QuestionType.Date:
                var date = DateOnly.ParseExact(raw.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                await page.Keyboard.TypeAsync(date.ToString(await DateDigitOrderAsync(), CultureInfo.InvariantCulture));
                await Assertions.Expect(page.Locator($"{field} input[type='date']")).ToHaveValueAsync(raw.GetString()!);
                break;
            case QuestionType.Time:
                if (!TimeOfDay.TryParse(raw.GetString(), out var time))
                {
                    throw new InvalidOperationException($"{question.Id}: \"{raw.GetString()}\" is not a time of day.");
                }

                await TypeReplacingAsync(TimeOfDay.Store(time));
                // A time is read when the officer leaves its field.
                await page.Keyboard.PressAsync("Tab");
                break;
            case QuestionType.Number or QuestionType.Percentage or QuestionType.Money:
                await TypeReplacingAsync(raw.GetDecimal().ToString(CultureInfo.InvariantCulture));
                // A number is read when the officer leaves its field; questions it shows appear then.
                await page.Keyboard.PressAsync("Tab");
                break;
            default:
                await TypeReplacingAsync(raw.GetString()!);
                break;
        }
    }

    private string? _dateOrder;

    // A date field's segments follow the browser's own language (day first or month first), which
    // a page cannot set; a throwaway field tells which, so the digits go into the right segments.
    private async Task<string> DateDigitOrderAsync()
    {
        if (_dateOrder is null)
        {
            var probe = await page.Context.NewPageAsync();
            await probe.SetContentAsync("<input type='date' id='d' autofocus>");
            await probe.Locator("#d").FocusAsync();
            await probe.Keyboard.TypeAsync("01022000");
            _dateOrder = await probe.Locator("#d").InputValueAsync() == "2000-02-01" ? "ddMMyyyy" : "MMddyyyy";
            await probe.CloseAsync();
        }

        return _dateOrder;
    }

    /// <summary>Types into the focused field, replacing what it held.</summary>
    public async Task TypeReplacingAsync(string text)
    {
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.InsertTextAsync(text);
    }

    private async Task ChooseRadioAsync(string field, string value, string question)
    {
        var target = page.Locator(OptionInput(field, value)).First;
        // Arrow keys move through a radio group and select as they go; Space selects the focused one.
        for (var i = 0; i < 12 && !await target.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(target).ToBeCheckedAsync(new() { Timeout = 5_000 });
        _ = question;
    }

    private async Task ChooseInListBoxAsync(string field, string value, string question)
    {
        await ChooseByTypingAsync(page.Locator($"{field} select"), value);
        _ = question;
    }

    /// <summary>
    /// Chooses an option of the focused list box by typing its label, as keyboard users do in long
    /// lists. Stepping with the arrow keys and reading the value between steps raced the server:
    /// its render of an earlier step could move the list back while the next key was pressed.
    /// Typed letters find the option from the start of the list, wherever a render left it.
    /// </summary>
    public async Task ChooseByTypingAsync(ILocator select, string value)
    {
        var label = (await select.Locator($"option[value='{value}']").TextContentAsync() ?? "").Trim();
        // Only keys of a plain keyboard reach the list's type-ahead; a unique start is enough.
        var typed = new string([.. label.TakeWhile(c => c < 128)]);
        await page.Keyboard.TypeAsync(typed);
        await Assertions.Expect(select).ToHaveValueAsync(value, new() { Timeout = 5_000 });
    }

    // The option marker sits on the input or on its label, depending on the control.
    private static string OptionInput(string field, string value) =>
        $"{field} [data-option='{value}'] input, {field} input[data-option='{value}']";

    private Task<bool> FocusIsInAsync(string selector) =>
        page.EvaluateAsync<bool>("s => !!(document.activeElement && document.activeElement.closest(s))", selector);
}
