using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Web.Components.Shared;

namespace TenderBuilder.Web.Tests.Components.Shared;

/// <summary>The small types and components several features share: sizes, dates, chips.</summary>
public sealed class SharedPresentersTests
{
    [Theory]
    [InlineData(10, "1 KB")]
    [InlineData(20 * 1024, "20 KB")]
    [InlineData(3 * 1024 * 1024 / 2, "1.5 MB")]
    public void A_size_never_reads_as_empty_and_turns_to_megabytes_from_one_megabyte(long bytes, string expected)
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            Counted.Size(bytes).ShouldBe(expected);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Fact]
    public void A_mandatory_clause_s_chip_says_it_in_words_and_help_as_well_as_in_red_with_a_gavel()
    {
        var badge = Badges.Strength(Strength.Mandatory);

        badge.Text.ShouldBe("Mandatory");
        badge.Title.ShouldBe("required by law; cannot be removed");
        badge.Color.ShouldBe(Color.Error);
        badge.Icon.ShouldBe(Icons.Material.Filled.Gavel);
    }

    [Fact]
    public void A_verified_citation_s_chip_names_the_section_that_confirms_it()
    {
        var badge = Badges.Status(new Citation("afir", "Art. 5(1)", "§3.11"));

        badge.Text.ShouldBe("verified (verified facts §3.11)");
        badge.CssClass.ShouldBe("tb-status-verified");
    }

    [Fact]
    public async Task A_source_status_reads_to_verify_with_its_meaning_as_help_and_an_icon_hidden_from_screen_readers()
    {
        await using var context = MudTestContext.Create();

        var status = context.Render<SourceStatus>(p => p.Add(x => x.Status, VerificationStatus.ToVerify));

        var span = status.Find("span.tb-status");
        span.ClassList.ShouldContain("tb-status-to-verify");
        span.TextContent.Trim().ShouldBe("to verify");
        span.GetAttribute("title").ShouldBe("Not yet checked against the primary legal text: have your legal adviser check it before you publish");
        span.QuerySelector("svg")!.GetAttribute("aria-hidden").ShouldBe("true");
    }

    [Fact]
    public async Task A_local_time_gives_machines_the_exact_instant_and_people_the_day()
    {
        await using var context = MudTestContext.Create();
        var utc = new DateTime(2026, 12, 6, 12, 0, 0, DateTimeKind.Utc);

        var time = context.Render<LocalTime>(p => p.Add(x => x.Utc, utc).Add(x => x.DayOnly, true)).Find("time");

        time.GetAttribute("datetime").ShouldBe("2026-12-06T12:00:00.0000000Z");
        time.TextContent.ShouldBe(utc.ToLocalTime().ToString("d MMM yyyy"));
    }

    [Theory]
    [InlineData("en-GB", false, "d MMM yyyy, HH:mm")]
    [InlineData("nl-NL", false, "d MMM yyyy, HH:mm")]
    [InlineData("sv-SE", false, "d MMM yyyy 'kl.' HH:mm")]
    [InlineData("de-DE", false, "d. MMM yyyy, HH:mm")]
    [InlineData("de-DE", true, "d. MMM yyyy")]
    public async Task A_local_time_is_written_the_way_the_interface_language_writes_dates(string culture, bool dayOnly, string pattern)
    {
        await using var context = MudTestContext.Create();
        var utc = new DateTime(2026, 12, 6, 12, 0, 0, DateTimeKind.Utc);

        var text = In(culture, () => context.Render<LocalTime>(p => p.Add(x => x.Utc, utc).Add(x => x.DayOnly, dayOnly)).Find("time").TextContent);

        text.ShouldBe(utc.ToLocalTime().ToString(pattern, CultureInfo.GetCultureInfo(culture)));
    }

    [Theory]
    [InlineData("en-GB", false, "“huge.json” is 5.5 MB; a draft file can be at most 4 MB. Nothing was imported.")]
    [InlineData("en-GB", true, "“huge.json” is 5.5 MB; a template file can be at most 4 MB. Nothing was imported.")]
    [InlineData("de-DE", true, "„huge.json“ ist 5,5 MB groß; eine Vorlagendatei darf höchstens 4 MB groß sein. Es wurde nichts importiert.")]
    public async Task A_draft_file_too_large_is_refused_before_it_is_read_naming_what_it_would_have_become(string culture, bool template, string expected)
    {
        await using var context = MudTestContext.Create();
        var upload = new DraftFileUpload(context.Services.GetRequiredService<IStringLocalizer<DraftFileUpload>>());
        var file = new UnreadFile("huge.json", 5_500_000);

        var (text, problem) = await In(culture, () => upload.ReadAsync(file, template ? DraftFileKind.Template : DraftFileKind.Draft));

        text.ShouldBeNull();
        problem.ShouldBe(expected);
    }

    [Fact]
    public void Download_links_are_relative_to_the_base_address_and_match_the_routes()
    {
        var id = Guid.Parse("0b8f6a3e-9d3c-4c1e-8a57-3f6f0c2d4e11");

        DownloadLinks.DraftFile(id, DownloadLinks.HistoryFile).ShouldBe($"export/drafts/{id}/history.csv");
        DownloadLinks.Preview(id, "memo.html", 7).ShouldBe($"export/drafts/{id}/preview/memo.html?r=7");
        DownloadLinks.TemplateFile(id).ShouldBe($"export/templates/{id}/tender-input.json");
    }

    // Runs with the officer's culture and the interface language both set, as a request for that language does.
    private static T In<T>(string culture, Func<T> read)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    // A file announced by the browser and never read: refusing it must not open it.
    private sealed class UnreadFile(string name, long size) : IBrowserFile
    {
        public string Name => name;

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public long Size => size;

        public string ContentType => "application/json";

        public Stream OpenReadStream(long maxAllowedSize = 512000, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("A file too large is refused before it is read.");
    }
}
