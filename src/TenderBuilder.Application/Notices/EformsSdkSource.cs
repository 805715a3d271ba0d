using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TenderBuilder.Documents.Notices.Sdk;

namespace TenderBuilder.Application.Notices;

/// <summary>
/// The eForms SDK the app writes notices with, found once from the <c>Eforms</c> settings
/// (docs/deployment.md). Without it the app still runs: packages then carry no EU notice and the
/// export page says why.
/// </summary>
public sealed class EformsSdkSource(IOptions<EformsOptions> options, ILogger<EformsSdkSource> logger)
{
    private readonly Lazy<EformsSdk?> _sdk = new(() =>
    {
        if (EformsSdkLocation.Find(options.Value) is { } folder)
        {
            return EformsSdk.Load(folder);
        }

        logger.LogWarning("The eForms SDK {Version} was not found (set Eforms:SdkFolder); packages will carry no EU notice.", options.Value.SdkVersion);
        return null;
    });

    /// <summary>The SDK, or null when none is installed.</summary>
    public EformsSdk? Sdk => _sdk.Value;

    /// <summary>The version the settings ask for.</summary>
    public string Version => options.Value.SdkVersion;
}
