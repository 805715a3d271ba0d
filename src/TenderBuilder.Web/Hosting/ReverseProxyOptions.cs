using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace TenderBuilder.Web.Hosting;

/// <summary>
/// The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto headers are believed (section
/// <c>ReverseProxy</c>). Without any, only a proxy on the same machine (loopback) is; once any is
/// named, only those are, so no other process on the machine can claim another client address.
/// A header from anyone else is ignored: a client cannot pretend to come over HTTPS or from another
/// address.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string SectionName = "ReverseProxy";

    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    internal void Apply(ForwardedHeadersOptions forwarded)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        if (KnownProxies.Length > 0 || KnownNetworks.Length > 0)
        {
            // The loopback defaults would otherwise stay believed beside the named proxies.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
        }

        foreach (var proxy in KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var address)
                ? address
                : throw new InvalidOperationException($"ReverseProxy:KnownProxies holds \"{proxy}\", which is not an IP address."));
        }

        foreach (var network in KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var parsed)
                ? parsed
                : throw new InvalidOperationException($"ReverseProxy:KnownNetworks holds \"{network}\", which is not a network such as 10.0.0.0/24."));
        }
    }
}
