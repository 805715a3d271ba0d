using System.Threading.RateLimiting;

namespace TenderBuilder.Web.Features.Accounts;

/// <summary>
/// Counts password sign-ins per submitted e-mail address. The rate-limiting middleware cannot key
/// on it (the address is in the form, read after the middleware has decided), so the sign-in asks
/// here itself, before anything else. Unknown addresses are counted exactly like known ones, so the
/// limit says nothing about which addresses have accounts.
/// </summary>
public sealed class SignInAddressLimiter : IDisposable
{
    // Enough for any real address; a longer one cannot make a partition key of any size.
    private const int KeyLength = 320;

    private readonly PartitionedRateLimiter<string> _limiter;

    public SignInAddressLimiter(SignInRateLimitOptions options)
    {
        var limit = options.PerAddress.FixedWindow();
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => limit));
    }

    /// <summary>Counts one attempt for the address; false (with when to try again) when its limit is used up.</summary>
    public bool TryAttempt(string email, out TimeSpan retryAfter)
    {
        var key = email.Trim().ToUpperInvariant();
        using var lease = _limiter.AttemptAcquire(key.Length > KeyLength ? key[..KeyLength] : key);
        retryAfter = !lease.IsAcquired && lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.Zero;
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
