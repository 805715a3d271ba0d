using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Text;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// Answers questions in the wizard the way an officer does — radio buttons, check boxes, list
/// boxes, typed numbers, dates and text — found by the question id each field carries.
/// </summary>
internal sealed class WizardDriver(IPage page, CultureInfo? culture = null)
{
    // Numbers are typed as an officer of the interface's culture types them ("0,45" in Dutch).
    private readonly CultureInfo _culture = culture ?? CultureInfo.InvariantCulture;

    public ILocator Question(string id) => page.Locator($"[data-question='{id}']");

    /// <summary>Opens a step by its link in the step list.</summary>
    public async Task GoToStepAsync(string slug)
    {
        if (await page.Locator($"a[data-step='{slug}'][aria-current='step']").CountAsync() > 0)
        {
            return; // already there: following the link to the same address changes nothing
        }

        await page.Locator($"nav.tb-steps a[data-step='{slug}']").ClickAsync();
        await Assertions.Expect(page.Locator($"a[data-step='{slug}'][aria-current='step']")).ToBeVisibleAsync();
        // The step moves the focus to its heading once shown; typing before that could go astray.
        await Assertions.Expect(page.Locator("h1")).ToBeFocusedAsync();
    }

    /// <summary>Gives a question the raw answer of a TenderInput.</summary>
    public async Task AnswerAsync(Question question, JsonElement raw)
    {
        var field = Question(question.Id);
        await Assertions.Expect(field).ToBeVisibleAsync();
        switch (question.Type)
        {
            case QuestionType.YesNo:
                await Option(field, raw.GetBoolean() ? "yes" : "no").CheckAsync();
                break;
            case QuestionType.SingleChoice when question.Options.Length > 6:
                await field.Locator("select").SelectOptionAsync(raw.GetString()!);
                break;
            case QuestionType.SingleChoice:
                await Option(field, raw.GetString()!).CheckAsync();
                break;
            case QuestionType.MultipleChoice:
                var chosen = raw.EnumerateArray().Select(e => e.GetString()).ToHashSet();
                foreach (var option in question.Options)
                {
                    await Option(field, option.Value).SetCheckedAsync(chosen.Contains(option.Value));
                }

                break;
            case QuestionType.Number or QuestionType.Percentage or QuestionType.Money:
                // A number is read when the field is left, as an officer leaves it.
                await field.Locator("input").First.FillAsync(raw.GetDecimal().ToString(_culture));
                await field.Locator("input").First.BlurAsync();
                break;
            case QuestionType.Date:
                await field.Locator("input[type='date']").FillAsync(raw.GetString()!);
                break;
            case QuestionType.Time:
                // A time is read when the field is left, as an officer leaves it; the input file may hold HH:mm:ss.
                if (!TimeOfDay.TryParse(raw.GetString(), out var time))
                {
                    throw new InvalidOperationException($"{question.Id}: \"{raw.GetString()}\" is not a time of day.");
                }

                await field.Locator("input").First.FillAsync(TimeOfDay.Store(time));
                await field.Locator("input").First.BlurAsync();
                break;
            default:
                await field.Locator("input, textarea").First.FillAsync(raw.GetString()!);
                break;
        }
    }

    /// <summary>On the review step, sets the clause parameters an input overrides, in the clause editors.</summary>
    public async Task SetParametersAsync(TenderInput input)
    {
        foreach (var setting in input.ParameterOverrides)
        {
            var editor = page.Locator($".tb-review-clause[data-clause='{setting.Clause}'] .tb-parameter[data-parameter='{setting.Parameter}']");
            if (setting.Value.ValueKind == JsonValueKind.Number)
            {
                await editor.Locator("input").First.FillAsync(setting.Value.GetDecimal().ToString(_culture));
            }
            else if (await editor.Locator("select").CountAsync() > 0)
            {
                await editor.Locator("select").SelectOptionAsync(setting.Value.GetString()!);
            }
            else
            {
                await editor.Locator("input, textarea").First.FillAsync(setting.Value.GetString()!);
            }
        }
    }

    /// <summary>Waits until every change is stored.</summary>
    public Task WaitUntilSavedAsync() =>
        Assertions.Expect(page.Locator(".tb-save-status")).ToHaveAttributeAsync("data-state", "saved");

    private static ILocator Option(ILocator field, string value) => field.Locator($"[data-option='{value}'] input, input[data-option='{value}']").First;
}
