using Bunit;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Templates;
using TenderBuilder.Web.Features.Wizard;

namespace TenderBuilder.Web.Tests.Features.Wizard;

/// <summary>The note beside a locked answer says who locked it, in which template and why, in the officer's language.</summary>
public sealed class LockNoteTests
{
    private static readonly TemplateBinding s_binding = new()
    {
        Origin = new TemplateOrigin(Guid.NewGuid(), 3, "Regionale Ladevorlage"),
        OwnerName = "Region Hannover",
        Baseline = new TenderInput(),
    };

    private static readonly TemplateLock s_lock =
        new(LockKind.Answer, "payment.ad_hoc", "Ad hoc payment", "Die Förderung gilt nur so.", "Rita Region", new DateTime(2026, 3, 1, 9, 30, 0, DateTimeKind.Utc));

    [Theory]
    [InlineData("de-DE", "Gesperrt von Rita Region (Region Hannover) in der Vorlage „Regionale Ladevorlage“: Die Förderung gilt nur so.")]
    [InlineData("sv-SE", "Låst av Rita Region (Region Hannover) i mallen ”Regionale Ladevorlage”: Die Förderung gilt nur so.")]
    [InlineData("en-GB", "Locked by Rita Region (Region Hannover) in the template “Regionale Ladevorlage”: Die Förderung gilt nur so.")]
    public void The_lock_is_described_in_the_interface_language_with_names_and_reason_as_written(string culture, string expected) =>
        Localization.InterfaceWords.In(culture, () =>
        {
            using var context = MudTestContext.Create();

            var note = context.Render<LockNote>(p => p.Add(n => n.Binding, s_binding).Add(n => n.Lock, s_lock));

            note.Find(".tb-lock-note span").TextContent.ShouldBe(expected);
        });
}
