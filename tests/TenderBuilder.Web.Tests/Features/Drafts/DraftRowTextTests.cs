using System.Globalization;
using Microsoft.Extensions.Localization;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Core.Review;
using TenderBuilder.Web.Features.Drafts;

using static TenderBuilder.Web.Tests.Localization.InterfaceWords;

namespace TenderBuilder.Web.Tests.Features.Drafts;

/// <summary>What the drafts list says of a row, in the interface language.</summary>
public sealed class DraftRowTextTests
{
    private static readonly DraftRowText s_text = new(Localization.InterfaceWords.For<DraftRowText>());

    [Fact]
    public void A_kept_record_says_why_it_cannot_be_deleted_and_names_the_draft_to_screen_readers() =>
        In("en-GB", () =>
        {
            s_text.KeptRecord(Draft(DraftStatus.Approved)).ShouldBe("Approved: kept as a record, so it cannot be deleted");
            s_text.KeptRecordSpoken(Draft(DraftStatus.Approved)).ShouldBe("Utrecht 2027 is approved and cannot be deleted");
            s_text.KeptRecordSpoken(Draft(DraftStatus.InReview)).ShouldBe("Utrecht 2027 is in review and cannot be deleted");
            s_text.EmptyList("Zeist").ShouldBe("No draft matches “Zeist”.");
            s_text.EmptyList(" ").ShouldBe("Your organisation has no drafts yet.");
        });

    [Theory]
    [InlineData("nl-NL", "Utrecht 2027 is goedgekeurd en kan niet worden verwijderd", "Geen enkel concept komt overeen met ‘Zeist’.")]
    [InlineData("sv-SE", "Utrecht 2027 är godkänt och kan inte tas bort", "Inget utkast matchar ”Zeist”.")]
    [InlineData("de-DE", "Utrecht 2027 ist freigegeben und kann nicht gelöscht werden", "Kein Entwurf passt zu „Zeist“.")]
    public void Each_language_says_it_in_its_own_words_and_quotation_marks(string culture, string spoken, string noMatch) =>
        In(culture, () =>
        {
            s_text.KeptRecordSpoken(Draft(DraftStatus.Approved)).ShouldBe(spoken);
            s_text.EmptyList("Zeist").ShouldBe(noMatch);
        });

    private static DraftSummary Draft(DraftStatus status) => new(Guid.NewGuid(), "Utrecht 2027", null, DateTime.UtcNow, 12, 1, 0, status);

}
