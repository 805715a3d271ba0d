using TenderBuilder.Core.Answers;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Review;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Templates;

namespace TenderBuilder.Core.Words;

/// <summary>
/// The English terms. Each value has one wording, used alike by the wizard, the catalogue, the
/// documents and the Excel matrix, chosen for an officer who is not a lawyer or an engineer. A
/// Dutch, Swedish or German table is a copy of this file with the words translated.
/// </summary>
internal static class EnglishVocabulary
{
    public static Vocabulary Table { get; } = new(
        "en",
        new Dictionary<Enum, Term>
        {
            [Strength.Mandatory] = new("Mandatory", "required by law; cannot be removed"),
            [Strength.Recommended] = new("Recommended", "in by default; removable with a justification"),
            [Strength.Optional] = new("Optional", "off by default; in when your answers ask for it"),

            [ClauseKind.SelectionCriterion] = new("Selection criterion", "assesses the bidder"),
            [ClauseKind.TechnicalSpecification] = new("Technical specification", "a minimum requirement every offer must meet"),
            [ClauseKind.AwardCriterion] = new("Award criterion", "assesses the offer, with a weight"),
            [ClauseKind.ContractPerformance] = new("Contract performance condition", "a condition for carrying out the contract"),

            [Deliverable.Specification] = new("Technical specifications"),
            [Deliverable.Criteria] = new("Selection and award criteria"),
            [Deliverable.Contract] = new("Contract performance annex"),
            [Deliverable.Notice] = new("Contract notice"),

            // Bidders' documents print these labels under every model, and the wizard and the
            // catalogue, which have no model, print them too: so they name no party or offer.
            [VerificationMethod.Certificate] = new("Certificate"),
            [VerificationMethod.Declaration] = new("Self-declaration"),
            [VerificationMethod.TestReport] = new("Test report"),
            [VerificationMethod.SiteAcceptanceTest] = new("Site acceptance test"),
            [VerificationMethod.DocumentReview] = new("Review of the documents submitted"),

            [VerificationStatus.Verified] = new("verified", "Checked against the primary legal text"),
            [VerificationStatus.ToVerify] = new("to verify", "Not yet checked against the primary legal text: have your legal adviser check it before you publish"),

            [FindingSeverity.Error] = new("Error", "must be fixed before export"),
            [FindingSeverity.Warning] = new("Warning", "check it before you publish; does not block export"),
            [FindingSeverity.Info] = new("Note", "for information; no action needed"),

            [ParameterOrigin.Override] = new("Set by you in the review"),
            [ParameterOrigin.Answer] = new("From your answer"),
            [ParameterOrigin.Default] = new("Standard value from the catalogue"),
            [ParameterOrigin.Unset] = new("Not set yet", "your authority decides this value"),

            [ParameterType.Number] = new("Number"),
            [ParameterType.Percentage] = new("Percentage"),
            [ParameterType.Duration] = new("Duration"),
            [ParameterType.Enum] = new("Choice"),
            [ParameterType.Text] = new("Text"),
            [ParameterType.Date] = new("Date (YYYY-MM-DD)"),
            [ParameterType.Money] = new("Amount of money"),

            [DraftStatus.Draft] = new("Draft"),
            [DraftStatus.InReview] = new("In review"),
            [DraftStatus.Returned] = new("Returned for changes"),
            [DraftStatus.Approved] = new("Approved"),

            [TemplateSharing.Private] = new("Only your organisation"),
            [TemplateSharing.AllOrganisations] = new("All organisations"),
            [TemplateSharing.NamedOrganisations] = new("Chosen organisations"),

            [PowerClass.AcBelow7_4] = new(PowerClasses.Describe(PowerClass.AcBelow7_4)),
            [PowerClass.Ac7_4To22] = new(PowerClasses.Describe(PowerClass.Ac7_4To22)),
            [PowerClass.AcAbove22] = new(PowerClasses.Describe(PowerClass.AcAbove22)),
            [PowerClass.DcBelow50] = new(PowerClasses.Describe(PowerClass.DcBelow50)),
            [PowerClass.Dc50To150] = new(PowerClasses.Describe(PowerClass.Dc50To150)),
            [PowerClass.Dc150To350] = new(PowerClasses.Describe(PowerClass.Dc150To350)),
            [PowerClass.Dc350AndAbove] = new(PowerClasses.Describe(PowerClass.Dc350AndAbove)),

            [Connector.Type2Socket] = new("Type 2 socket", "the driver brings the cable"),
            [Connector.Type2Cable] = new("Type 2 on a fixed cable"),
            [Connector.Ccs2] = new("CCS (Combo 2) on a fixed cable"),
            [Connector.Chademo] = new("CHAdeMO on a fixed cable"),

            [AnswerOrigin.None] = new("Not answered"),
            [AnswerOrigin.Given] = new("Your answer"),
            [AnswerOrigin.Default] = new("Recommended default"),
            [AnswerOrigin.Derived] = new("Counted from your lists", "worked out from the sites or lots you listed"),
        },
        // By the role names the database seeds (TenderBuilderRoles in Data, which Core cannot see).
        new Dictionary<string, Term>
        {
            ["Author"] = new("Author", "writes and exports drafts"),
            ["Reviewer"] = new("Reviewer", "reads drafts and their exports; approves or returns them"),
            ["Administrator"] = new("Administrator", "manages users and organisations"),
        },
        // By the kind an audit entry stores: an input change's kind, or the draft's own events and review steps.
        new Dictionary<string, Term>
        {
            [nameof(InputChangeKind.TenderDetail)] = new("Tender detail"),
            [nameof(InputChangeKind.Answer)] = new("Answer"),
            [nameof(InputChangeKind.Exclusion)] = new("Removed clause"),
            [nameof(InputChangeKind.ParameterOverride)] = new("Clause value"),
            [nameof(InputChangeKind.CustomClause)] = new("Own clause"),
            [nameof(InputChangeKind.Site)] = new("Site"),
            ["Draft"] = new("Draft"),
            ["Status"] = new("Status"),
        },
        "verified (verified facts {0})");
}
