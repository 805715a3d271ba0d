using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace TenderBuilder.Web.Features.Accounts;

/// <summary>
/// ASP.NET Core Identity's refusals an administrator or a new organisation's first administrator
/// can meet (a short password, an address already taken, a malformed address), in the interface
/// language. The codes stay Identity's: the application reads them to put each under its field.
/// </summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<LocalizedIdentityErrors> words) : IdentityErrorDescriber
{
    /// <inheritdoc />
    public override IdentityError PasswordTooShort(int length) => Say(base.PasswordTooShort(length), "PasswordTooShort", length);

    /// <inheritdoc />
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Say(base.PasswordRequiresUniqueChars(uniqueChars), "PasswordRequiresUniqueChars", uniqueChars);

    /// <inheritdoc />
    public override IdentityError DuplicateEmail(string email) => Say(base.DuplicateEmail(email), "DuplicateEmail", email);

    /// <inheritdoc />
    public override IdentityError DuplicateUserName(string userName) => Say(base.DuplicateUserName(userName), "DuplicateEmail", userName);

    /// <inheritdoc />
    public override IdentityError InvalidEmail(string? email) => Say(base.InvalidEmail(email), "InvalidEmail", email ?? "");

    /// <inheritdoc />
    public override IdentityError InvalidUserName(string? userName) => Say(base.InvalidUserName(userName), "InvalidEmail", userName ?? "");

    /// <inheritdoc />
    public override IdentityError PasswordMismatch() => Say(base.PasswordMismatch(), "PasswordMismatch");

    /// <inheritdoc />
    public override IdentityError ConcurrencyFailure() => Say(base.ConcurrencyFailure(), "ConcurrencyFailure");

    /// <inheritdoc />
    public override IdentityError DefaultError() => Say(base.DefaultError(), "DefaultError");

    private IdentityError Say(IdentityError error, string key, params object[] arguments) =>
        new() { Code = error.Code, Description = words[key, arguments].Value };
}
