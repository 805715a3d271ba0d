using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using TenderBuilder.Web.Hosting;

namespace TenderBuilder.Web.Tests.Hosting;

public sealed class ReverseProxyOptionsTests
{
    [Fact]
    public void Named_proxies_and_networks_are_the_ones_whose_forwarded_headers_are_believed()
    {
        var forwarded = new ForwardedHeadersOptions();

        new ReverseProxyOptions { KnownProxies = ["10.0.0.5"], KnownNetworks = [" 172.18.0.0/16 "] }.Apply(forwarded);

        forwarded.ForwardedHeaders.ShouldBe(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        forwarded.KnownProxies.ShouldContain(IPAddress.Parse("10.0.0.5"));
        forwarded.KnownIPNetworks.ShouldContain(System.Net.IPNetwork.Parse("172.18.0.0/16"));
        forwarded.KnownProxies.ShouldNotContain(IPAddress.IPv6Loopback, "once proxies are named, only they are believed");
        forwarded.KnownIPNetworks.ShouldNotContain(n => n.Contains(IPAddress.Loopback));
    }

    [Fact]
    public void Without_named_proxies_only_a_proxy_on_the_same_machine_is_believed()
    {
        var forwarded = new ForwardedHeadersOptions();

        new ReverseProxyOptions().Apply(forwarded);

        (forwarded.KnownProxies.Contains(IPAddress.IPv6Loopback) || forwarded.KnownIPNetworks.Any(n => n.Contains(IPAddress.Loopback))).ShouldBeTrue();
    }

    [Theory]
    [InlineData("proxy.example.org", null, "ReverseProxy:KnownProxies holds \"proxy.example.org\", which is not an IP address.")]
    [InlineData(null, "10.0.0.0/33", "ReverseProxy:KnownNetworks holds \"10.0.0.0/33\", which is not a network such as 10.0.0.0/24.")]
    public void A_setting_that_is_not_an_address_is_named_in_the_error(string? proxy, string? network, string message)
    {
        var options = new ReverseProxyOptions { KnownProxies = proxy is null ? [] : [proxy], KnownNetworks = network is null ? [] : [network] };

        Should.Throw<InvalidOperationException>(() => options.Apply(new ForwardedHeadersOptions())).Message.ShouldBe(message);
    }
}
