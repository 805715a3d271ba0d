using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TenderBuilder.Data.Accounts;
using TenderBuilder.Data.Organisations;
using TenderBuilder.Application.Accounts;
using TenderBuilder.Application.Drafts;

namespace TenderBuilder.Web.Features.Accounts;

/// <summary>
/// Makes sure a fresh deployment cannot be claimed by whoever arrives first. At start, while no
/// administrator exists, it creates the one named in configuration, or else prints a one-time
/// setup token to the server log: only someone who can read that log can complete <c>/setup</c>.
/// What it says about the form is in the language of the request (its resources, ADR 0018); the log stays English.
/// </summary>
public sealed partial class FirstAdministrator(
    UserAccounts accounts, IOptions<AdministratorOptions> options, ILogger<FirstAdministrator> logger, IStringLocalizer<FirstAdministrator> words)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _token;

    /// <summary>Whether setup is still waiting for its token (no administrator exists yet).</summary>
    public bool IsSetupOpen => _token is not null;

    /// <summary>Runs once at start, after the database is migrated.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (await accounts.AnyAdministratorAsync(cancellationToken))
        {
            return;
        }

        var configured = options.Value;
        if (configured.IsConfigured)
        {
            var result = await CreateAsync(
                configured.Organisation ?? "TenderBuilder", configured.OrganisationKind,
                configured.Name ?? configured.Email!, configured.Email!, configured.Password!, cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    "The administrator in the Administrator settings could not be created: " + string.Join(" ", result.Problems.Select(p => p.Message)));
            }

            LogCreatedFromConfiguration(logger, configured.Email!);
            return;
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _token = Encoding.ASCII.GetBytes(token);
        LogSetupToken(logger, token);
    }

    /// <summary>Whether the token is the one printed at start (compared in constant time).</summary>
    public bool Accepts(string? token) =>
        _token is { } expected && token is not null
        && CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(token.Trim().ToUpperInvariant()));

    /// <summary>Creates the first administrator and their organisation, and closes setup for good.</summary>
    public async Task<AccountResult<Guid>> CompleteAsync(FirstAdministratorForm form, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!IsSetupOpen)
            {
                return AccountResult<Guid>.Failure("Token", words["SetupFinished"]);
            }

            // Every field is checked before anything is stored, so the operator fixes all at once.
            if (Problems(form) is { Count: > 0 } problems)
            {
                return new AccountResult<Guid>(default, problems);
            }

            var result = await CreateAsync(form.Organisation, form.OrganisationKind, form.Name, form.Email, form.Password, cancellationToken);
            if (result.Succeeded)
            {
                _token = null;
            }

            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>What is wrong with the form, field by field, in the order of the form; empty when it can be tried.</summary>
    public IReadOnlyList<AccountProblem> Problems(FirstAdministratorForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<AccountProblem>();
        void Add(string field, string? message)
        {
            if (message is not null)
            {
                problems.Add(new AccountProblem(field, message));
            }
        }

        Add("Token", string.IsNullOrWhiteSpace(form.Token) ? words["EnterToken"].Value
            : Accepts(form.Token) ? null
            : words["WrongToken"].Value);
        Add("Organisation", form.Organisation.Trim().Length switch
        {
            0 => words["EnterOrganisation"].Value,
            > Organisation.NameMaxLength => words["AtMost", Organisation.NameMaxLength].Value,
            _ => null,
        });
        Add("Name", string.IsNullOrWhiteSpace(form.Name) ? words["EnterName"].Value : null);
        Add("Email", string.IsNullOrWhiteSpace(form.Email) ? words["EnterEmail"].Value
            : !form.Email.Trim().Contains('@', StringComparison.Ordinal) ? words["EmailLike"].Value
            : null);
        Add("Password", form.Password.Length < MinimumPasswordLength ? words["AtLeast", MinimumPasswordLength].Value : null);
        Add("ConfirmPassword", form.Password != form.ConfirmPassword ? words["PasswordsDiffer"].Value : null);
        return problems;
    }

    /// <summary>The shortest password accepted (the Identity options say the same).</summary>
    public const int MinimumPasswordLength = 12;

    private async Task<AccountResult<Guid>> CreateAsync(
        string organisation, OrganisationKind kind, string name, string email, string password, CancellationToken cancellationToken)
    {
        var organisationId = await accounts.EnsureOrganisationAsync(organisation, kind, cancellationToken);
        if (!organisationId.Succeeded)
        {
            return organisationId with { Problems = [.. organisationId.Problems.Select(p => p with { Field = "Organisation" })] };
        }

        return await accounts.CreateUserAsync(
            new NewUser(name, email, organisationId.Value, [TenderBuilderRoles.Administrator, TenderBuilderRoles.Author], password),
            cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first administrator {Email} from the Administrator settings.")]
    private static partial void LogCreatedFromConfiguration(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "No administrator exists yet. Open /setup and enter this setup token: {Token} (it is valid until the app restarts or setup is done).")]
    private static partial void LogSetupToken(ILogger logger, string token);
}

/// <summary>What the setup page asks for.</summary>
public sealed class FirstAdministratorForm
{
    public string Token { get; set; } = "";

    public string Organisation { get; set; } = "";

    public OrganisationKind OrganisationKind { get; set; } = OrganisationKind.City;

    public string Name { get; set; } = "";

    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";
}
