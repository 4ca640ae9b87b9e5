using System.Security.Cryptography;
using System.Text;

namespace AerakiGitOps.Xds.Snapshots;

/// <summary>
/// Content hashes used as xDS versions. Versions are never derived from the clock, so the same
/// content gives the same versions on every replica and after every restart.
/// </summary>
public static class ContentHash
{
    /// <summary>Lower-case hex SHA-256 of <paramref name="bytes"/>.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// Hash over (name, version) pairs in ordinal name order. The separators cannot occur in a
    /// resource name or a hex version, so two different pair lists never share an input.
    /// </summary>
    public static string OfPairs(IEnumerable<KeyValuePair<string, string>> pairs) =>
        OfSortedPairs(pairs.OrderBy(p => p.Key, StringComparer.Ordinal));

    /// <summary>
    /// <see cref="OfPairs"/> for pairs the caller already holds in ordinal name order (not checked);
    /// saves the sort.
    /// </summary>
    public static string OfSortedPairs(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var builder = new StringBuilder();
        foreach (var pair in pairs)
        {
            builder.Append(pair.Key).Append('\0').Append(pair.Value).Append('\n');
        }

        return Sha256Hex(Encoding.UTF8.GetBytes(builder.ToString()));
    }
}
