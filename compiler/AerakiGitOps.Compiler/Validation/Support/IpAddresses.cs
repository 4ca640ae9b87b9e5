using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace AerakiGitOps.Compiler.Validation.Support;

/// <summary>
/// IP addresses and CIDR blocks as Istio and Kubernetes read them (Go's net.ParseIP and net.ParseCIDR): IPv4 in
/// four decimal parts without leading zeros, IPv6 in its colon forms, no zone, no shortened IPv4 such as "10.1".
/// </summary>
internal static class IpAddresses
{
    public static bool IsIp(string value)
    {
        if (value.Length == 0 || value.Contains('%', StringComparison.Ordinal) || !IPAddress.TryParse(value, out var address))
        {
            return false;
        }

        return address.AddressFamily == AddressFamily.InterNetworkV6 ? value.Contains(':', StringComparison.Ordinal) : IsDottedQuad(value);
    }

    public static bool IsIpOrCidr(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return IsIp(value);
        }

        var ip = value[..slash];
        var prefix = value.AsSpan(slash + 1);
        return IsIp(ip)
               && prefix.Length is > 0 and <= 3
               && int.TryParse(prefix, NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
               && bits <= (ip.Contains(':', StringComparison.Ordinal) ? 128 : 32);
    }

    /// <summary>Four decimal parts of one to three digits, each at most 255 (walked as spans: this runs for every address of every commit).</summary>
    private static bool IsDottedQuad(string value)
    {
        var rest = value.AsSpan();
        for (var part = 0; part < 4; part++)
        {
            var dot = rest.IndexOf('.');
            var digits = part < 3 ? (dot < 0 ? [] : rest[..dot]) : rest;
            if (digits.Length is 0 or > 3 || (digits.Length > 1 && digits[0] == '0') // Go rejects leading zeros (an octal reading elsewhere)
                || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 255)
            {
                return false;
            }

            rest = part < 3 ? rest[(dot + 1)..] : [];
        }

        return true;
    }
}
