using System.Collections.Immutable;
using System.Text.Json;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Questionnaires;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Templates;
using TenderBuilder.Core.Tests.TestSupport;

namespace TenderBuilder.Core.Tests.Templates;

/// <summary>
/// A draft started from a template keeps what the template's owner locked: an answer and a clause of
/// the small-town example, found by evaluating the example rather than by naming ids. Every change
/// that breaks a lock is reported in words that name the lock, its reason and who set it; every
/// other change passes.
/// </summary>
public sealed class TemplateBindingTests
{
    private const string Owner = "Region Utrecht";
    private const string LockedBy = "Rita Region";
    private const string AnswerReason = "The regional subsidy is granted for this choice only.";
    private const string ClauseReason = "Every municipality of the region requires it, so drivers find the same everywhere.";

    private static readonly DateOnly s_today = new(2026, 3, 2);
    private static readonly DateTime s_lockedAt = new(2026, 3, 1, 9, 30, 0, DateTimeKind.Utc);
    private static readonly Catalogue s_catalogue = CatalogueLoader.Default;
    private static readonly TenderInput s_example = TenderInputReader.Read(File.ReadAllText(Path.Combine(Repository.Examples, "small-town-ten-ac-points.yaml"))).Input;
    private static readonly TenderPackage s_package = Evaluate(s_example);

    // A recommended clause of the example with a value of the town's own, and an answer that drops it.
    private static readonly (IncludedClause Clause, Question Question, JsonElement Answer) s_droppable = FindDroppableClause();

    // A yes/no question the example answers that has nothing to do with the locked clause.
    private static readonly Question s_lockedQuestion = FindUnrelatedYesNoQuestion(exceptOne: null);

    private static IncludedClause LockedClause => s_droppable.Clause;

    private static TemplateLock AnswerLock => new(LockKind.Answer, s_lockedQuestion.Id, s_lockedQuestion.Label, AnswerReason, LockedBy, s_lockedAt);

    private static TemplateLock ClauseLock => new(LockKind.Clause, LockedClause.Id, LockedClause.Title, ClauseReason, LockedBy, s_lockedAt);

    [Fact]
    public void The_example_gives_the_tests_a_removable_recommended_clause_with_a_value_of_its_own_and_an_unrelated_answer()
    {
        LockedClause.Strength.ShouldBe(Strength.Recommended);
        LockedClause.IsRemovable.ShouldBeTrue();
        s_example.ParameterOverrides.ShouldContain(o => o.Clause == LockedClause.Id);
        s_droppable.Question.Id.ShouldNotBe(s_lockedQuestion.Id);
        TemplateAnswers.Given(s_example, s_lockedQuestion.Id, s_catalogue).ShouldNotBeNull();
    }

    [Fact]
    public void Nothing_is_reported_for_the_template_version_itself()
    {
        Binding().Check(s_example, s_package, s_catalogue).ShouldBeEmpty();
    }

    [Fact]
    public void Nothing_is_reported_for_changes_that_leave_the_locks_alone()
    {
        var other = FindUnrelatedYesNoQuestion(exceptOne: s_lockedQuestion);
        var elsewhere = s_example.ParameterOverrides.First(o => o.Clause != LockedClause.Id);
        var changed = s_example
            .WithAnswer(s_catalogue.Questionnaire.Find("tender.title")!, Inputs.Json("A draft of its own"))
            .WithAnswer(s_catalogue.Questionnaire.Find("tender.reference")!, Inputs.Json("UT-2026-001"))
            .WithAnswer(other, Flipped(other))
            .WithOverride(elsewhere.Clause, elsewhere.Parameter, null);

        var violations = Binding().Check(changed, Evaluate(changed), s_catalogue);

        violations.ShouldBeEmpty();
    }

    [Fact]
    public void A_changed_locked_answer_is_reported_with_the_locks_reason_who_locked_it_and_the_owner()
    {
        var changed = s_example.WithAnswer(s_lockedQuestion, Flipped(s_lockedQuestion));

        var violation = Binding().Check(changed, Evaluate(changed), s_catalogue).ShouldHaveSingleItem();

        violation.Lock.ShouldBe(AnswerLock);
        violation.Message.ShouldContain(s_lockedQuestion.Label);
        violation.Message.ShouldContain(AnswerReason);
        violation.Message.ShouldContain(LockedBy);
        violation.Message.ShouldContain(Owner);
        violation.Message.ShouldContain("Regional charging template");
    }

    [Fact]
    public void A_cleared_locked_answer_is_reported()
    {
        var cleared = s_example.WithAnswer(s_lockedQuestion, null);
        TemplateAnswers.Given(cleared, s_lockedQuestion.Id, s_catalogue).ShouldBeNull();

        var violation = Binding().Check(cleared, Evaluate(cleared), s_catalogue).ShouldHaveSingleItem();

        violation.Lock.ShouldBe(AnswerLock);
        violation.Message.ShouldContain(s_lockedQuestion.Label);
        violation.Message.ShouldContain(AnswerReason);
        violation.Message.ShouldContain(Owner);
    }

    [Fact]
    public void A_changed_locked_tender_detail_is_reported()
    {
        var procedure = s_catalogue.Questionnaire.Find("tender.procedure").ShouldNotBeNull();
        procedure.Field.ShouldNotBeNull("the procedure is a tender detail, kept in the tender block");
        var given = TemplateAnswers.Given(s_example, procedure.Id, s_catalogue).ShouldNotBeNull();
        var other = procedure.Options.First(o => o.Value != given.GetString()).Value;
        var locked = new TemplateLock(LockKind.Answer, procedure.Id, procedure.Label, AnswerReason, LockedBy, s_lockedAt);
        var binding = Binding() with { Locks = [locked] };
        var changed = s_example.WithAnswer(procedure, Inputs.Json(other));

        var violation = binding.Check(changed, Evaluate(changed), s_catalogue).ShouldHaveSingleItem();

        violation.Lock.ShouldBe(locked);
        violation.Message.ShouldContain(procedure.Label);
        binding.Check(s_example, s_package, s_catalogue).ShouldBeEmpty();
    }

    [Fact]
    public void Excluding_the_locked_clause_is_reported_with_the_locks_reason_and_owner()
    {
        var excluded = s_example.WithExclusion(LockedClause.Id, "We do not need it.");
        Evaluate(excluded).Clauses.ShouldNotContain(c => c.Id == LockedClause.Id, "the exclusion removes the clause from the package");

        var violation = Binding().Check(excluded, Evaluate(excluded), s_catalogue).ShouldHaveSingleItem();

        violation.Lock.ShouldBe(ClauseLock);
        violation.Message.ShouldContain(LockedClause.Title);
        violation.Message.ShouldContain("removed");
        violation.Message.ShouldContain(ClauseReason);
        violation.Message.ShouldContain(LockedBy);
        violation.Message.ShouldContain(Owner);
    }

    [Fact]
    public void An_answer_that_drops_the_locked_clause_from_the_package_is_reported()
    {
        var (clause, question, answer) = s_droppable;
        var changed = s_example.WithAnswer(question, answer);

        var violation = Binding().Check(changed, Evaluate(changed), s_catalogue).ShouldHaveSingleItem();

        violation.Lock.ShouldBe(ClauseLock);
        violation.Message.ShouldContain(clause.Title);
        violation.Message.ShouldContain("drop");
        violation.Message.ShouldContain(ClauseReason);
        violation.Message.ShouldContain(Owner);
    }

    [Fact]
    public void A_changed_or_removed_value_of_the_locked_clause_is_reported()
    {
        var own = s_example.ParameterOverrides.First(o => o.Clause == LockedClause.Id);
        var other = own.Value.ValueKind == JsonValueKind.Number ? Inputs.Json(own.Value.GetDecimal() + 1) : Inputs.Json(own.Value.GetString() + " and more");
        var added = LockedClause.Parameters.FirstOrDefault(p => s_example.ParameterOverrides.All(o => o.Clause != LockedClause.Id || o.Parameter != p.Name));

        foreach (var changed in new[]
        {
            s_example.WithOverride(LockedClause.Id, own.Parameter, other),
            s_example.WithOverride(LockedClause.Id, own.Parameter, null),
        })
        {
            var violation = Binding().Check(changed, Evaluate(changed), s_catalogue).ShouldHaveSingleItem();
            violation.Lock.ShouldBe(ClauseLock);
            violation.Message.ShouldContain(LockedClause.Title);
            violation.Message.ShouldContain(ClauseReason);
        }

        if (added is not null)
        {
            var withMore = s_example.WithOverride(LockedClause.Id, added.Name, Inputs.Json("a value of the draft's own"));
            Binding().Check(withMore, Evaluate(withMore), s_catalogue).ShouldHaveSingleItem().Lock.ShouldBe(ClauseLock);
        }
    }

    [Fact]
    public void A_rewritten_or_deleted_locked_custom_clause_is_reported()
    {
        var custom = new CustomClause
        {
            Id = "clause-1",
            Title = "Regional signage",
            Text = "Every site carries the region's charging sign.",
            Kind = "contractPerformance",
            Verification = new CustomVerification { Method = "siteAcceptanceTest", Text = "The authority inspects every site." },
        };
        var baseline = s_example.WithCustomClause(custom);
        var package = Evaluate(baseline);
        var included = package.Clauses.Where(c => c.IsCustom).ShouldHaveSingleItem();
        included.Id.ShouldBe("custom.clause-1");
        var locked = new TemplateLock(LockKind.Clause, included.Id, included.Title, ClauseReason, LockedBy, s_lockedAt);
        TemplateAnswers.ProblemWithLock(LockKind.Clause, included.Id, ClauseReason, baseline, package, [], s_catalogue).ShouldBeNull();
        var binding = Binding() with { Baseline = baseline, Locks = [locked] };

        binding.Check(baseline, package, s_catalogue).ShouldBeEmpty();
        binding.Check(baseline with { Tender = baseline.Tender with { Title = "Amersfoort" } }, package, s_catalogue).ShouldBeEmpty();
        foreach (var changed in new[]
        {
            baseline.WithCustomClause(custom with { Text = "Signage is up to the contractor." }),
            baseline.WithCustomClause(custom with { Title = "Signage" }),
            baseline.WithCustomClause(custom with { Verification = null }),
            baseline.WithoutCustomClause(custom.Id),
            baseline.WithExclusion(included.Id, "Not here."),
        })
        {
            var violation = binding.Check(changed, Evaluate(changed), s_catalogue).ShouldHaveSingleItem();
            violation.Lock.ShouldBe(locked);
            violation.Message.ShouldContain("Regional signage");
            violation.Message.ShouldContain(ClauseReason);
            violation.Message.ShouldContain(Owner);
        }
    }

    [Fact]
    public void A_lock_needs_a_reason()
    {
        foreach (var reason in new[] { null, "", "   " })
        {
            Problem(LockKind.Clause, LockedClause.Id, reason).ShouldNotBeNull().ShouldStartWith("Reason:");
            Problem(LockKind.Answer, s_lockedQuestion.Id, reason).ShouldNotBeNull().ShouldStartWith("Reason:");
        }

        Problem(LockKind.Clause, LockedClause.Id, new string('x', TemplateLock.ReasonMaxLength + 1)).ShouldNotBeNull().ShouldStartWith("Reason:");
        Problem(LockKind.Clause, LockedClause.Id, ClauseReason).ShouldBeNull();
        Problem(LockKind.Answer, s_lockedQuestion.Id, AnswerReason).ShouldBeNull();
    }

    [Fact]
    public void The_title_cannot_be_locked_as_every_draft_has_its_own()
    {
        TemplateAnswers.Given(s_example, "tender.title", s_catalogue).ShouldNotBeNull("the example has a title, so only the rule can refuse it");

        Problem(LockKind.Answer, "tender.title", AnswerReason).ShouldNotBeNull().ShouldContain("title");
    }

    [Fact]
    public void Only_an_answered_question_can_be_locked()
    {
        var unanswered = s_catalogue.Questionnaire.Questions.First(q => q.Id != "tender.title" && TemplateAnswers.Given(s_example, q.Id, s_catalogue) is null);

        Problem(LockKind.Answer, unanswered.Id, AnswerReason).ShouldNotBeNull().ShouldContain("answer");
        Problem(LockKind.Answer, "no.such-question", AnswerReason).ShouldNotBeNull().ShouldContain("no.such-question");
    }

    [Fact]
    public void Only_a_clause_in_the_templates_requirements_can_be_locked()
    {
        var notIncluded = s_catalogue.Clauses.First(c => s_package.Clauses.All(i => i.Id != c.Id));

        Problem(LockKind.Clause, notIncluded.Id, ClauseReason).ShouldNotBeNull().ShouldContain(notIncluded.Id);
        Problem(LockKind.Clause, "custom.clause-9", ClauseReason).ShouldNotBeNull().ShouldContain("custom.clause-9");
    }

    [Fact]
    public void The_same_answer_or_clause_cannot_be_locked_twice()
    {
        ImmutableArray<TemplateLock> existing = [AnswerLock, ClauseLock];

        Problem(LockKind.Answer, s_lockedQuestion.Id, "Again.", existing).ShouldNotBeNull().ShouldContain("already locked");
        Problem(LockKind.Clause, LockedClause.Id, "Again.", existing).ShouldNotBeNull().ShouldContain("already locked");
        Problem(LockKind.Answer, s_droppable.Question.Id, AnswerReason, existing).ShouldBeNull("another answer can still be locked");
    }

    [Fact]
    public void A_binding_reads_back_from_json_with_everything_and_its_lock_kinds_as_words()
    {
        var baseline = s_example with
        {
            CustomClauses = [new CustomClause { Id = "clause-1", Title = "<b>Regional</b> signage", Text = "=HYPERLINK(\"http://example.test\") \u202Ekrow", Kind = "contractPerformance" }],
        };
        var binding = Binding() with { Baseline = baseline };

        var json = binding.ToJson();
        var read = TemplateBinding.FromJson(json);

        read.Origin.ShouldBe(binding.Origin);
        read.OwnerName.ShouldBe(Owner);
        read.Locks.ShouldBe(binding.Locks);
        read.Locks.ShouldAllBe(l => l.LockedAtUtc == s_lockedAt && l.LockedAtUtc.Kind == DateTimeKind.Utc);
        TenderInputJson.Serialize(read.Baseline).ShouldBe(TenderInputJson.Serialize(baseline));
        read.Check(s_example, s_package, s_catalogue).ShouldBeEmpty();
        using (var document = JsonDocument.Parse(json))
        {
            document.RootElement.GetProperty("locks").EnumerateArray().Select(l => l.GetProperty("kind").GetString()).ShouldBe(["Answer", "Clause"]);
        }

        var locksJson = TemplateBinding.LocksToJson(binding.Locks);
        TemplateBinding.LocksFromJson(locksJson).ShouldBe(binding.Locks);
        using (var document = JsonDocument.Parse(locksJson))
        {
            document.RootElement.EnumerateArray().Select(l => l.GetProperty("kind").ValueKind).ShouldAllBe(k => k == JsonValueKind.String);
        }

        TemplateBinding.LocksFromJson("[]").ShouldBeEmpty();
    }

    [Fact]
    public void A_lock_is_described_in_german_with_the_names_and_reason_as_written()
    {
        Binding().Describe(AnswerLock, "de-DE").ShouldBe($"Gesperrt von {LockedBy} ({Owner}) in der Vorlage „Regional charging template“: {AnswerReason}");
        Binding().Describe(AnswerLock).ShouldBe($"Locked by {LockedBy} ({Owner}) in the template “Regional charging template”: {AnswerReason}");
    }

    [Fact]
    public void Excluding_the_locked_clause_is_reported_in_swedish_with_the_clauses_swedish_title()
    {
        var excluded = s_example.WithExclusion(LockedClause.Id, "We do not need it.");
        var swedishTitle = s_catalogue.In("sv-SE").FindClause(LockedClause.Id).ShouldNotBeNull().DisplayTitle;

        var violation = Binding().Check(excluded, Evaluate(excluded), s_catalogue, "sv-SE").ShouldHaveSingleItem();

        violation.Message.ShouldBe($"Klausulen ”{swedishTitle}” kan inte tas bort. Låst av {LockedBy} ({Owner}) i mallen ”Regional charging template”: {ClauseReason}.");
    }

    [Fact]
    public void Why_a_lock_cannot_be_set_is_said_in_dutch()
    {
        TemplateAnswers.ProblemWithLock(LockKind.Answer, "tender.title", "Vast.", s_example, s_package, [], s_catalogue, "nl-NL")
            .ShouldBe("De titel kan niet worden vastgezet: elk concept heeft een eigen titel.");
        TemplateAnswers.ProblemWithLock(LockKind.Answer, s_lockedQuestion.Id, " ", s_example, s_package, [], s_catalogue, "nl-NL")
            .ShouldBe("Reden: geef aan waarom dit is vastgezet; wie het sjabloon gebruikt, leest de reden.");
        TemplateAnswers.ProblemWithLock(LockKind.Answer, s_lockedQuestion.Id, new string('x', TemplateLock.ReasonMaxLength + 1), s_example, s_package, [], s_catalogue, "en-GB")
            .ShouldBe($"Reason: at most {TemplateLock.ReasonMaxLength} characters.");
    }

    [Fact]
    public void A_locks_target_reads_in_the_language_asked_for()
    {
        var dutch = s_catalogue.In("nl-NL");

        TemplateAnswers.LabelOf(LockKind.Answer, s_lockedQuestion.Id, s_package, s_catalogue, "nl-NL").ShouldBe(dutch.Questionnaire.Find(s_lockedQuestion.Id)!.Label);
        TemplateAnswers.LabelOf(LockKind.Clause, LockedClause.Id, s_package, s_catalogue, "nl-NL").ShouldBe(dutch.FindClause(LockedClause.Id)!.DisplayTitle);
        TemplateAnswers.LabelOf(LockKind.Clause, LockedClause.Id, s_package, s_catalogue).ShouldBe(LockedClause.Title);
    }

    private static TemplateBinding Binding() => new()
    {
        Origin = new TemplateOrigin(new Guid("5d1f0c59-3a4e-4b7b-9d55-0e7f9b2a6c11"), 2, "Regional charging template"),
        OwnerName = Owner,
        Baseline = s_example,
        Locks = [AnswerLock, ClauseLock],
    };

    private static string? Problem(LockKind kind, string target, string? reason, ImmutableArray<TemplateLock> existing = default) =>
        TemplateAnswers.ProblemWithLock(kind, target, reason, s_example, s_package, existing.IsDefault ? [] : existing, s_catalogue);

    private static (IncludedClause, Question, JsonElement) FindDroppableClause()
    {
        var withOwnValues = s_package.Clauses.Where(c => c.Strength == Strength.Recommended && !c.IsCustom && s_example.ParameterOverrides.Any(o => o.Clause == c.Id));
        foreach (var clause in withOwnValues)
        {
            var questions = clause.Because.Select(f => s_catalogue.Questionnaire.Find(f.QuestionId)).OfType<Question>().Distinct();
            foreach (var question in questions)
            {
                foreach (var answer in Alternatives(question))
                {
                    if (Evaluate(s_example.WithAnswer(question, answer)).Clauses.All(c => c.Id != clause.Id))
                    {
                        return (clause, question, answer);
                    }
                }
            }
        }

        throw new InvalidOperationException("The example has no recommended clause with a value of its own that another answer drops; choose another example.");
    }

    private static Question FindUnrelatedYesNoQuestion(Question? exceptOne) =>
        s_catalogue.Questionnaire.Questions.First(q =>
            q.Type == QuestionType.YesNo && q.Field is null && q != exceptOne
            && TemplateAnswers.Given(s_example, q.Id, s_catalogue) is not null
            && q.Id != s_droppable.Question.Id
            && s_droppable.Clause.Because.All(f => f.QuestionId != q.Id)
            && Evaluate(s_example.WithAnswer(q, Flipped(q))).Clauses.Any(c => c.Id == s_droppable.Clause.Id));

    private static IEnumerable<JsonElement> Alternatives(Question question)
    {
        var given = TemplateAnswers.Given(s_example, question.Id, s_catalogue);
        return question.Type switch
        {
            QuestionType.YesNo => [Inputs.Json(given?.ValueKind != JsonValueKind.True)],
            QuestionType.SingleChoice => question.Options.Where(o => o.Value != given?.GetString()).Select(o => Inputs.Json(o.Value)),
            _ => [],
        };
    }

    private static JsonElement Flipped(Question question) =>
        Inputs.Json(TemplateAnswers.Given(s_example, question.Id, s_catalogue)!.Value.ValueKind != JsonValueKind.True);

    private static TenderPackage Evaluate(TenderInput input) => RulesEngine.Evaluate(input, s_catalogue, s_today);
}
