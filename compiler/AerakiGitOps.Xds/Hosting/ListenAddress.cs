using System.Net;

namespace AerakiGitOps.Xds.Hosting;

/// <summary>Parses <c>--listen</c> and <c>--http</c> values.</summary>
public static class ListenAddress
{
    /// <summary>
    /// Parses <c>ip:port</c> (<c>[v6]:port</c> for IPv6); <c>localhost:port</c> means 127.0.0.1.
    /// Only IP literals are accepted, so the server never resolves names at start-up.
    /// </summary>
    /// <exception cref="FormatException">The value is not an IP endpoint.</exception>
    public static IPEndPoint Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var normalized = value.StartsWith("localhost:", StringComparison.OrdinalIgnoreCase)
            ? "127.0.0.1:" + value["localhost:".Length..]
            : value;
        if (IPEndPoint.TryParse(normalized, out var endPoint) && normalized.Contains(':', StringComparison.Ordinal) && endPoint.Port is >= 0 and <= 65535)
        {
            return endPoint;
        }

        throw new FormatException($"'{value}' is not a listen address of the form ip:port (for example 127.0.0.1:15010 or [::]:15010)");
    }
}
