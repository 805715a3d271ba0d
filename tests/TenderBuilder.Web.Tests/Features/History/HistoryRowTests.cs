using TenderBuilder.Application.History;
using TenderBuilder.Web.Features.History;
using TenderBuilder.Web.Tests.Features.Wizard;

namespace TenderBuilder.Web.Tests.Features.History;

/// <summary>An audit entry as the history table shows it.</summary>
public sealed class HistoryRowTests
{
    [Fact]
    public void An_answer_names_its_question_by_label_and_a_text_reads_as_typed()
    {
        var question = WizardData.Question("grid.dso_name");

        var row = HistoryRow.Of(new HistoryEntry(DateTime.UtcNow, "Anna", "Answer", question.Id, null, "\"Stedin\""), WizardData.ShippedCatalogue.Questionnaire);

        row.What.ShouldBe("Answer");
        row.Item.ShouldBe($"{question.Label} ({question.Id})");
        row.Before.ShouldBe("—");
        row.After.ShouldBe("Stedin");
    }

    [Fact]
    public void Other_kinds_read_in_words_and_keep_their_subject()
    {
        var row = HistoryRow.Of(new HistoryEntry(DateTime.UtcNow, "Anna", "ParameterOverride", "afir.payment/amount", "10", "12"), WizardData.ShippedCatalogue.Questionnaire);

        row.What.ShouldBe("Clause value");
        row.Item.ShouldBe("afir.payment/amount");
        row.After.ShouldBe("12");
    }

    [Fact]
    public void A_review_step_names_both_statuses_in_words_and_keeps_the_comment()
    {
        var row = HistoryRow.Of(new HistoryEntry(DateTime.UtcNow, "Bram", "Status", "Returned", "InReview", "Name the grid operator."), WizardData.ShippedCatalogue.Questionnaire);

        row.What.ShouldBe("Status");
        row.Item.ShouldBe("Returned for changes");
        row.Before.ShouldBe("In review");
        row.After.ShouldBe("Name the grid operator.");
    }
}
