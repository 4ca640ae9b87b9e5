using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Tests.Validation;

/// <summary>Addresses as Go's net.ParseIP and net.ParseCIDR read them (what Istio and Kubernetes accept).</summary>
public sealed class IpAddressesTests
{
    [Theory]
    [InlineData("10.0.0.1", true, true)]
    [InlineData("0.0.0.0", true, true)]
    [InlineData("255.255.255.255", true, true)]
    [InlineData("2001:db8::1", true, true)]
    [InlineData("2001:DB8::1", true, true)]
    [InlineData("::", true, true)]
    [InlineData("::ffff:10.0.0.1", true, true)]
    [InlineData("10.1.0.0/16", false, true)]
    [InlineData("10.1.0.0/32", false, true)]
    [InlineData("2001:db8::/128", false, true)]
    [InlineData("10.1.0.0/33", false, false)]
    [InlineData("2001:db8::/129", false, false)]
    [InlineData("10.1.0.0/", false, false)]
    [InlineData("10.1.0.0/+8", false, false)]
    [InlineData("256.0.0.1", false, false)]
    [InlineData("010.0.0.1", false, false)]
    [InlineData("10.1", false, false)]
    [InlineData("10.0.0.1.5", false, false)]
    [InlineData("1", false, false)]
    [InlineData("fe80::1%eth0", false, false)]
    [InlineData("", false, false)]
    [InlineData("../../escape", false, false)]
    [InlineData("host.example.com", false, false)]
    public void Addresses_and_blocks(string value, bool ip, bool ipOrCidr)
    {
        Assert.Equal(ip, IpAddresses.IsIp(value));
        Assert.Equal(ipOrCidr, IpAddresses.IsIpOrCidr(value));
    }
}
