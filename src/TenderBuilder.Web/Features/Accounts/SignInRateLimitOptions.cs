namespace TenderBuilder.Web.Features.Accounts;

/// <summary>
/// How many sign-in attempts are accepted (section <c>SignIn:RateLimit</c>): per client address,
/// which slows one machine trying many accounts, and per e-mail address submitted, which slows many
/// machines trying one account. Counted by each instance in its own memory.
/// </summary>
public sealed class SignInRateLimitOptions
{
    public const string SectionName = "SignIn:RateLimit";

    /// <summary>Posts of the sign-in, setup and single sign-on forms from one client address.</summary>
    public SignInRateLimit PerClient { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Password sign-ins for one e-mail address, whether or not it has an account.</summary>
    public SignInRateLimit PerAddress { get; set; } = new() { PermitLimit = 5, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Refuses limits that would refuse everyone or nobody, naming the setting.</summary>
    internal SignInRateLimitOptions Checked()
    {
        PerClient.Check(nameof(PerClient));
        PerAddress.Check(nameof(PerAddress));
        return this;
    }
}

/// <summary>At most <see cref="PermitLimit"/> attempts in each <see cref="Window"/>.</summary>
public sealed class SignInRateLimit
{
    public int PermitLimit { get; set; }

    /// <summary>For example <c>00:15:00</c>.</summary>
    public TimeSpan Window { get; set; }

    /// <summary>The limiter's options: a fixed window, no queue (a refused attempt waits for nothing).</summary>
    internal System.Threading.RateLimiting.FixedWindowRateLimiterOptions FixedWindow() =>
        new() { PermitLimit = PermitLimit, Window = Window, QueueLimit = 0, AutoReplenishment = true };

    internal void Check(string name)
    {
        if (PermitLimit < 1 || Window <= TimeSpan.Zero)
        {
            throw new InvalidOperationException(
                $"{SignInRateLimitOptions.SectionName}:{name} needs a PermitLimit of at least 1 and a positive Window such as 00:01:00 (it has {PermitLimit} and {Window}).");
        }
    }
}
