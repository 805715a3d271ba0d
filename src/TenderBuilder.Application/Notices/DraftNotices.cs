using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;
using TenderBuilder.Application.Packages;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Framing;
using TenderBuilder.Documents.Notices;
using TenderBuilder.Documents.Notices.Sdk;
using TenderBuilder.Documents.Notices.Validation;
using TenderBuilder.Documents.Packaging;

namespace TenderBuilder.Application.Notices;

/// <summary>Whether a draft's package holds its EU notice.</summary>
public enum NoticeState
{
    /// <summary>The package holds the notice.</summary>
    Produced,

    /// <summary>The tender gets no notice (<see cref="NoticeDecision.Ground"/> says why).</summary>
    NotCalledFor,

    /// <summary>The tender calls for a notice, but the eForms SDK is not installed on this server.</summary>
    SdkMissing,

    /// <summary>The tender calls for a notice, but its package, approved and frozen, was made without one.</summary>
    NotInFrozenPackage,
}

/// <summary>What the export step says about a draft's EU notice (eForms).</summary>
/// <param name="State">Whether the package holds the notice, and if not, why not.</param>
/// <param name="Decision">Whether the tender calls for a notice, of which subtype, and on what ground.</param>
/// <param name="SdkVersion">The eForms SDK version the notice is (or would be) written for.</param>
/// <param name="FileName">The notice's file in the package, when it holds one.</param>
/// <param name="Problems">
/// What the in-process checks found (missing mandatory fields first, then XSD faults), each naming
/// the SDK field in the officer's language and the question that gives it; empty when complete.
/// </param>
/// <param name="RulesAvailable">Whether the SDK's schematron rules can be run on this server.</param>
public sealed record NoticeStatus(
    NoticeState State, NoticeDecision Decision, string SdkVersion, string? FileName, IReadOnlyList<NoticeProblem> Problems, bool RulesAvailable)
{
    /// <summary>Whether the package holds the notice.</summary>
    public bool Produced => State == NoticeState.Produced;

    /// <summary>Whether the notice passes the XSD and has every mandatory field.</summary>
    public bool IsComplete => Produced && Problems.Count == 0;
}

/// <summary>How a check against the EU rules ended.</summary>
public enum NoticeRulesOutcome
{
    /// <summary>No rule of the notice's subtype fails with an error.</summary>
    Passed,

    /// <summary>At least one rule fails with an error: the eSender would refuse the notice.</summary>
    Failed,

    /// <summary>The rules cannot be run on this server (no Node.js, no runner, no schematron file).</summary>
    NotAvailable,

    /// <summary>The package holds no notice to check.</summary>
    NoNotice,

    /// <summary>The runner failed or timed out; the reason is logged.</summary>
    CouldNotRun,
}

/// <summary>The result of checking a draft's notice against the eForms SDK's schematron rules.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="Problems">
/// The failed rules (errors only), each with its rule id and, where known, the field and the
/// question to answer; a rule about a field already listed as missing is left out, since answering
/// that question fixes it.
/// </param>
/// <param name="Errors">How many rules failed with an error, those left out included.</param>
/// <param name="Warnings">How many rules only warn: the eSender shows them and sends the notice anyway.</param>
/// <remarks>A rule counts once however many lots or organisations it failed on.</remarks>
public sealed record NoticeRulesCheck(NoticeRulesOutcome Outcome, IReadOnlyList<NoticeProblem> Problems, int Errors, int Warnings)
{
    /// <summary>How many failed rules are not listed, because a missing field of the status is their cause.</summary>
    public int CoveredByMissing => Errors - Problems.Select(DraftNotices.RuleId).Distinct(StringComparer.Ordinal).Count();

    internal static NoticeRulesCheck Without(NoticeRulesOutcome outcome) => new(outcome, [], 0, 0);
}

/// <summary>
/// A draft's EU notice for the export step: whether its package holds one and why, what the notice
/// still lacks, and — on demand, since it takes seconds — what the EU's own rules say of it. It reads
/// the draft through <see cref="DraftPackages"/>, so as the acting user, and the notice it checks is
/// the package's file, the one the officer downloads.
/// </summary>
public sealed class DraftNotices(
    DraftPackages packages, EformsSdkSource eforms, EformsSchematron schematron, Catalogue catalogue, IMemoryCache cache, ILogger<DraftNotices> logger)
{
    private static readonly TimeSpan s_keep = TimeSpan.FromMinutes(30);

    // The notice of a built package, built once: the package itself is cached by revision and day.
    private static readonly ConditionalWeakTable<BuiltDraftPackage, EformsNotice> s_notices = new();

    /// <summary>The notice's status, with the questions named in the officer's language; null when there is no such draft.</summary>
    /// <param name="draftId">The draft.</param>
    /// <param name="officerLanguage">The interface's catalogue language (a document language or the pseudo-language).</param>
    /// <param name="cancellationToken">Cancels reading the draft.</param>
    public async Task<NoticeStatus?> GetAsync(Guid draftId, string officerLanguage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(officerLanguage);
        if (await packages.GetAsync(draftId, cancellationToken: cancellationToken) is not { } built)
        {
            return null;
        }

        var (state, decision, file) = Find(built);
        var sdk = eforms.Sdk;
        var problems = state == NoticeState.Produced
            ? NoticeProblems.Of(NoticeOf(built, decision, sdk!), catalogue.In(officerLanguage), sdk!, officerLanguage)
            : [];
        return new NoticeStatus(state, decision, sdk?.Version ?? eforms.Version, file?.File.Path, problems, schematron.IsAvailable);
    }

    /// <summary>
    /// Checks the package's notice against the SDK's schematron rules for its subtype (seconds; the
    /// same notice is checked once); null when there is no such draft. Never throws for a runner that
    /// is missing or fails: the outcome says so.
    /// </summary>
    /// <param name="draftId">The draft.</param>
    /// <param name="officerLanguage">The interface's catalogue language.</param>
    /// <param name="cancellationToken">Stops the check (the runner is stopped too).</param>
    public async Task<NoticeRulesCheck?> CheckRulesAsync(Guid draftId, string officerLanguage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(officerLanguage);
        if (await packages.GetAsync(draftId, cancellationToken: cancellationToken) is not { } built)
        {
            return null;
        }

        var (state, decision, file) = Find(built);
        if (state != NoticeState.Produced)
        {
            return NoticeRulesCheck.Without(NoticeRulesOutcome.NoNotice);
        }

        if (!schematron.IsAvailable)
        {
            return NoticeRulesCheck.Without(NoticeRulesOutcome.NotAvailable);
        }

        var sdk = eforms.Sdk!;
        var notice = NoticeOf(built, decision, sdk);
        var subtype = notice.Composed.Subtype.Id;
        var key = (nameof(DraftNotices), subtype, Convert.ToHexString(SHA256.HashData(file!.Content)));
        if (!cache.TryGetValue(key, out IReadOnlyList<SchematronFailure>? failures) || failures is null)
        {
            try
            {
                failures = (await schematron.CheckAsync(file.File.Path, file.Content, subtype, cancellationToken)).Failures;
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException)
            {
                logger.LogWarning(e, "The EU rules could not be checked for draft {DraftId}.", draftId);
                return NoticeRulesCheck.Without(NoticeRulesOutcome.CouldNotRun);
            }

            cache.Set(key, failures, new MemoryCacheEntryOptions { SlidingExpiration = s_keep });
        }

        var errors = failures.Where(f => f.IsError).ToList();
        var problems = NoticeProblems.Of(notice, catalogue.In(officerLanguage), sdk, officerLanguage, errors.Select(f => (f.RuleId, f.Message, f.Fields)))
            .Where(p => p.Kind == NoticeProblemKind.Rule)
            // A rule checked on every lot fails once per lot; the officer fixes it once.
            .DistinctBy(p => (p.FieldId, p.Detail))
            .ToList();
        return new NoticeRulesCheck(errors.Count == 0 ? NoticeRulesOutcome.Passed : NoticeRulesOutcome.Failed, problems,
            errors.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Count(),
            failures.Where(f => !f.IsError).Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>The rule id of a failed rule's problem (<c>BR-BT-00501-0025</c>), for the eSender's support desk.</summary>
    public static string? RuleId(NoticeProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        // NoticeProblems writes a rule's detail as "{rule id}: {message}".
        return problem.Kind == NoticeProblemKind.Rule && problem.Detail is { } detail ? detail.Split(": ", 2)[0] : null;
    }

    private (NoticeState State, NoticeDecision Decision, PackageEntry? File) Find(BuiltDraftPackage built)
    {
        var package = built.Package;
        // As the package builder decides, on the package's own day (the approval's, for a frozen one).
        var decision = NoticeDecision.For(package.Tender, package.Framing, package.ReferenceDate);
        var file = built.Files.FirstOrDefault(f => f.File.Path == $"eforms-notice-{(int)decision.Subtype}.xml");
        var state = !decision.Produce ? NoticeState.NotCalledFor
            : file is not null && eforms.Sdk is not null ? NoticeState.Produced
            : built.FrozenAtUtc is not null && eforms.Sdk is not null ? NoticeState.NotInFrozenPackage
            : NoticeState.SdkMissing;
        return (state, decision, state == NoticeState.Produced ? file : null);
    }

    // The same composition the package builder made: its sources name the question of each field.
    private static EformsNotice NoticeOf(BuiltDraftPackage built, NoticeDecision decision, EformsSdk sdk) =>
        s_notices.GetValue(built, b => EformsNotice.Build(b.Package, decision.Subtype, sdk));
}
