using Microsoft.AspNetCore.Identity;
using TenderBuilder.Data.Accounts;

namespace TenderBuilder.Web.Features.Accounts;

/// <summary>How a password sign-in ended, as the sign-in page may tell it.</summary>
public enum PasswordSignInOutcome
{
    SignedIn,

    /// <summary>
    /// Wrong password, unknown address, locked account or no password at all: one answer for all,
    /// so nobody learns which addresses have accounts or which are locked.
    /// </summary>
    Refused,

    /// <summary>The address's attempts are used up for now.</summary>
    TooManyAttempts,
}

/// <summary>
/// Signs in with an e-mail address and a password so that every refusal looks alike: the same
/// outcome and about the same work. Identity answers an unknown address or a locked account without
/// hashing the password, which a stopwatch could tell apart; here the password is hashed either way.
/// Every attempt first counts against the address's limit (<see cref="SignInAddressLimiter"/>).
/// </summary>
public sealed class PasswordSignIn(
    SignInManager<TenderBuilderUser> signIn, UserManager<TenderBuilderUser> users, IPasswordHasher<TenderBuilderUser> hasher, SignInAddressLimiter limiter)
{
    // A hash of a password nobody knows, made by the app's own hasher (so with its work factor) once.
    private static string? s_placeholderHash;

    /// <summary>When the address may try again, after <see cref="PasswordSignInOutcome.TooManyAttempts"/>.</summary>
    public TimeSpan RetryAfter { get; private set; }

    public async Task<PasswordSignInOutcome> SignInAsync(string email, string password)
    {
        if (!limiter.TryAttempt(email, out var retryAfter))
        {
            RetryAfter = retryAfter;
            return PasswordSignInOutcome.TooManyAttempts;
        }

        var user = await users.FindByNameAsync(email.Trim());
        if (user is null || user.PasswordHash is null || await users.IsLockedOutAsync(user))
        {
            hasher.VerifyHashedPassword(user ?? new TenderBuilderUser(), user?.PasswordHash ?? PlaceholderHash(), password);
            return PasswordSignInOutcome.Refused;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded ? PasswordSignInOutcome.SignedIn : PasswordSignInOutcome.Refused;
    }

    private string PlaceholderHash()
    {
        if (s_placeholderHash is null)
        {
            Interlocked.CompareExchange(ref s_placeholderHash, hasher.HashPassword(new TenderBuilderUser(), Guid.NewGuid().ToString("N")), null);
        }

        return s_placeholderHash;
    }
}
