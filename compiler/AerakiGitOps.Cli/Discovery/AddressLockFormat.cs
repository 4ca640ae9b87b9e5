using System.Text;
using System.Text.RegularExpressions;

namespace AerakiGitOps.Cli.Discovery;

/// <summary>
/// The bytes of aeraki-gitops.lock.yaml: a header comment, then one AddressLock document with hosts
/// sorted ordinally and addresses in the cluster's order; LF line endings, no timestamps, so the same
/// facts always give the same file.
/// </summary>
public static partial class AddressLockFormat
{
    public const string FileName = "aeraki-gitops.lock.yaml";

    private const string Header = """
        # Addresses lock file, written by `aeraki-gitops discover`; review changes like any other policy change.
        # The virtual addresses the cluster gave the services the policies use (Kubernetes Service ClusterIPs,
        # ServiceEntry addresses). The compiler names outbound listeners after them. Re-run discover to update.

        """;

    public static string Write(LockedHosts locked)
    {
        var text = new StringBuilder(Header.Replace("\r\n", "\n", StringComparison.Ordinal));
        text.Append("apiVersion: aeraki-gitops.io/v1alpha1\n");
        text.Append("kind: AddressLock\n");
        if (locked.Count == 0)
        {
            text.Append("hosts: []\n");
            return text.ToString();
        }

        text.Append("hosts:\n");
        foreach (var (host, addresses) in locked.Hosts)
        {
            text.Append("- host: ").Append(Scalar(host)).Append('\n');
            text.Append("  addresses:\n");
            foreach (var address in addresses)
            {
                text.Append("  - ").Append(Scalar(address)).Append('\n');
            }
        }

        return text.ToString();
    }

    public static byte[] Bytes(LockedHosts locked) => Encoding.UTF8.GetBytes(Write(locked));

    /// <summary>Plain when every YAML reader reads it back as this string (a DNS name or an IPv4 address); double-quoted otherwise.</summary>
    private static string Scalar(string value)
        => PlainSafe().IsMatch(value) && value.Contains('.', StringComparison.Ordinal) && !double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? value
            : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainSafe();
}
