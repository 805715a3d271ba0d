using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.Templates;
using TenderBuilder.Core.Catalogues.Translations;
using TenderBuilder.Core.Templates;
using TenderBuilder.Testing;

namespace TenderBuilder.EndToEnd.Tests;

/// <summary>
/// The interface in the person's language (ADR 0018). In the pseudo-language every word read from
/// the resources or the catalogue comes out with accented look-alikes, so a page crawled in it
/// shows every word that bypassed them as plain ASCII; text that is in the document language is
/// marked with its own lang and left out.
/// </summary>
[Collection(WizardCollection.Name)]
public sealed partial class InterfaceLanguageTests(BrowserSession session)
{
    // Names of standards, formats and the product: the same in every language.
    private static readonly HashSet<string> s_names = new(StringComparer.Ordinal)
    {
        "TenderBuilder", "OCPP", "OCPI", "ISO", "AFIR", "EN", "OCDS", "CSV", "PDF", "DOCX", "XLSX", "ZIP", "HTML", "JSON", "YAML",
        "V2G", "AC", "DC", "kW", "kWh", "MW", "EUR", "CPV", "NUTS", "STF", "SCALE", "RED", "CRA", "GDPR", "URL", "ID", "API",
        "OK", "TS", "SC", "AC", "CP", "EU", "CEN", "CENELEC", "IEC", "UK", "PCPR", "EUPL", "e", "g",
        // Each language in the language menu is named in itself, whatever the interface language.
        "English", "Nederlands", "Svenska", "Deutsch",
        // File names.
        "tender-input", "json", "OSCP",
    };

    [Fact]
    public async Task Every_page_in_the_pseudo_language_has_no_word_outside_the_resources()
    {
        var administrator = await session.App.Services.CreateAccountAsync("Pseudo City", "Administrator", "Author");
        // Records the application writes in its user's language (a template's version notes) are
        // written here by a user working in the pseudo-language, as one in Dutch writes them in Dutch.
        var (draft, template) = await InPseudoLanguageAsync(async () =>
        {
            var draft = await SeedAsync(administrator, "Pseudo draft");
            var template = await session.App.Services.AsAsync(administrator, (TemplatesService templates) =>
                templates.CreateFromDraftAsync(draft, new TemplateForm { Name = "Pseudo template", Sharing = TemplateSharing.Private }));
            return (draft, template);
        });
        // Signed in through the English sign-in page (whose labels the helper knows), then browsing in the pseudo-language.
        var signIn = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseAddress.ToString(), Locale = "en-GB" });
        await BrowserSession.SignInAsync(await signIn.NewPageAsync(), administrator);
        var signedIn = await signIn.StorageStateAsync();
        await signIn.CloseAsync();
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseAddress.ToString(), Locale = PseudoText.Language, StorageState = signedIn });
        await using var _ = context;
        var page = await context.NewPageAsync();
        // Text people wrote: the example's reference and a grid operator's name from its answers.
        var written = Words("EXAMPLE-NL-2026-001 Stedin").ToHashSet(StringComparer.Ordinal);

        var addresses = new List<string>
        {
            "", "drafts", "templates", $"templates/{template}", $"drafts/{draft}/history", "catalogue", "help", "admin/users", "admin/organisations", "admin/archive", "admin/buyer-profile", "admin/api-keys",
        };
        addresses.AddRange(WizardPages.Steps.Select(step => $"drafts/{draft}/{step}"));
        var problems = new List<string>();
        foreach (var address in addresses)
        {
            await page.GotoAsync(address);
            await page.WaitUntilInteractiveAsync();
            await Assertions.Expect(page.Locator("h1").First).Not.ToBeEmptyAsync();
            // Names of people, organisations, drafts and templates are data; other tests add them
            // while this one runs, so they are read again for every page.
            var data = new HashSet<string>(written.Concat(await RecordedNamesAsync()), StringComparer.Ordinal);
            var unmarked = (await VisibleTextsAsync(page))
                .Where(text => !DatePattern().IsMatch(text))
                .SelectMany(text => Words(text).Where(w => !PseudoText.IsMarked(w) && !s_names.Contains(w) && !data.Contains(w)).Select(w => (w, text)))
                .GroupBy(x => x.w)
                .Select(g => $"/{address}: \"{g.Key}\" in \"{Shorten(g.First().text)}\"");
            problems.AddRange(unmarked);
        }

        problems.ShouldBeEmpty("words that did not come from the resources");
    }

    [Fact]
    public async Task Switching_language_mid_wizard_keeps_every_answer_and_the_step()
    {
        // An account of its own: the choice is saved with it, and the shared author stays in English.
        var officer = await session.App.Services.CreateAccountAsync("Test City", "Author");
        var draft = await session.SeedDraftAsync(Examples.UtrechtLikeConcession(), "Language switch");
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseAddress.ToString(), Locale = "en-GB" });
        await using var _ = context;
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, officer);
        await page.OpenStepAsync(draft, "grid");

        // Typed and switched at once: the answer is still waiting for its autosave.
        await page.Field("grid.dso_name").FillAsync("Stedin Netbeheer");
        await page.Locator(".tb-language-menu button").ClickAsync();
        await page.Locator("[data-language='de-DE']").ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith($"/drafts/{draft}/grid", StringComparison.Ordinal));
        await page.WaitUntilInteractiveAsync();
        await page.ShouldBeOnStepAsync("grid");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de-DE");
        await Assertions.Expect(page.Locator(".tb-language-menu button")).ToContainTextAsync("Deutsch");
        await Assertions.Expect(page.Field("grid.dso_name")).ToHaveValueAsync("Stedin Netbeheer");
        await session.StoredDraftShouldSatisfyAsync(draft, input => input.Answer("grid.dso_name")?.GetString() == "Stedin Netbeheer", "the answer typed before switching was saved");
        await page.ScreenshotAsync("language-switch-de");
    }

    // Visible text nodes and the names people hear (aria-label, title, placeholder, alt), except
    // inside an element that declares another language (the draft's document text).
    private static async Task<IReadOnlyList<string>> VisibleTextsAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>("""
            () => {
              const pageLang = document.documentElement.lang;
              const own = el => { const l = el.closest('[lang]'); return !l || l.lang === pageLang; };
              const texts = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const el = n.parentElement;
                if (!el || !n.textContent.trim() || el.closest('script,style,svg,noscript,template,textarea')) continue;
                if (!el.checkVisibility({ visibilityProperty: true }) || !own(el)) continue;
                texts.push(n.textContent.trim());
              }
              for (const el of document.body.querySelectorAll('[aria-label],[title],[placeholder],img[alt]')) {
                // A parameter's placeholder is its current value: the officer's or the example's text.
                if (!own(el) || (el.hasAttribute('placeholder') && el.closest('.tb-parameters-editor'))) continue;
                for (const a of ['aria-label', 'title', 'placeholder', 'alt']) { const v = el.getAttribute(a); if (v && v.trim()) texts.push(v.trim()); }
              }
              return JSON.stringify(texts);
            }
            """);
        return JsonSerializer.Deserialize<List<string>>(json) ?? [];
    }

    private async Task<IEnumerable<string>> RecordedNamesAsync()
    {
        await using var scope = session.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenderBuilder.Data.TenderBuilderDbContext>();
        var names = new List<string>();
        names.AddRange(await db.Users.IgnoreQueryFilters().Select(u => u.DisplayName + " " + u.Email).ToListAsync());
        names.AddRange(await db.Organisations.IgnoreQueryFilters().Select(o => o.Name).ToListAsync());
        names.AddRange(await db.TenderDrafts.IgnoreQueryFilters().Select(d => d.Title).ToListAsync());
        names.AddRange(await db.Templates.IgnoreQueryFilters().Select(t => t.Name + " " + t.Description).ToListAsync());
        return names.SelectMany(Words);
    }

    // A draft whose documents are in the pseudo-language too, so its clause texts, reasons and
    // findings on the pages are marked like the interface words.
    private async Task<Guid> SeedAsync(TestAccount account, string title)
    {
        var input = Examples.UtrechtLikeConcession();
        await using var scope = await session.App.Services.ScopeForAsync(account);
        return await scope.ServiceProvider.GetRequiredService<DraftsService>().CreateFromAsync(input with { Tender = input.Tender with { Language = PseudoText.Language } }, title);
    }

    private static async Task<T> InPseudoLanguageAsync<T>(Func<Task<T>> work)
    {
        var saved = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(PseudoText.Language);
        try
        {
            return await work();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = saved;
        }
    }

    // Words of two or more letters; numbers, dates, codes and single letters are data, not words.
    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(EmailPattern().Replace(text, " ")).Select(m => m.Value).Where(w => w.Count(char.IsLetter) >= 2);

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";

    [GeneratedRegex(@"\S+@\S+")]
    private static partial Regex EmailPattern();

    // Dates and times are written by the culture's formats, not from the resources.
    [GeneratedRegex(@"^(\p{L}+,? )?\d{1,2}\.? \p{L}{3,}\.? \d{4}")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"[\p{L}][\p{L}\p{Mn}'’\-]*")]
    private static partial Regex WordPattern();
}
