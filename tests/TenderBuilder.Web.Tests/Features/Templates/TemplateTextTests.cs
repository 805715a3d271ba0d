using System.Globalization;
using Microsoft.Extensions.Localization;
using TenderBuilder.Application.Templates;
using TenderBuilder.Core.Templates;
using TenderBuilder.Web.Features.Templates;

using static TenderBuilder.Web.Tests.Localization.InterfaceWords;

namespace TenderBuilder.Web.Tests.Features.Templates;

/// <summary>What the templates pages say of a template, in the interface language.</summary>
public sealed class TemplateTextTests
{
    private static readonly TemplateText s_text = new(Localization.InterfaceWords.For<TemplateText>());

    [Fact]
    public void A_template_says_whose_it_is_and_what_a_lock_holds() =>
        In("en-GB", () =>
        {
            s_text.From(Summary(isOwn: true)).ShouldBe("Your organisation");
            s_text.From(Summary(isOwn: false)).ShouldBe("Provincie Utrecht");
            s_text.SharedWith(Summary(isOwn: false)).ShouldBe("Your organisation");
            s_text.LockTarget(Lock(LockKind.Answer)).ShouldBe("Answer: Number of sites");
            s_text.LockTarget(Lock(LockKind.Clause)).ShouldBe("Clause: Number of sites");
            s_text.ListsHint(mayLock: true).ShouldBe("Open a list to see it and lock what every draft must keep.");
        });

    [Theory]
    [InlineData("nl-NL", "Uw organisatie", "Antwoord: Number of sites")]
    [InlineData("sv-SE", "Din organisation", "Svar: Number of sites")]
    [InlineData("de-DE", "Ihre Organisation", "Antwort: Number of sites")]
    public void Each_language_has_its_words_around_the_officers_own(string culture, string yours, string answerLock) =>
        In(culture, () =>
        {
            s_text.From(Summary(isOwn: true)).ShouldBe(yours);
            s_text.LockTarget(Lock(LockKind.Answer)).ShouldBe(answerLock);
        });

    private static TemplateSummary Summary(bool isOwn) =>
        new(Guid.NewGuid(), "Regional template", "", "Provincie Utrecht", isOwn, TemplateSharing.AllOrganisations, 3, 2, DateTime.UtcNow);

    private static TemplateLock Lock(LockKind kind) => new(kind, "sites.count", "Number of sites", "Agreed regionally", "A. Officer", DateTime.UtcNow);

}
