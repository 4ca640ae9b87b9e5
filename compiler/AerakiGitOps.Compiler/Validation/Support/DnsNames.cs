using System.Globalization;

namespace AerakiGitOps.Compiler.Validation.Support;

/// <summary>
/// Istio's DNS checks as Aeraki's webhook applies them: DNS-1123 labels and the FQDN check (length,
/// empty, all-numeric top-level domain, every label a DNS-1123 label, one trailing dot allowed).
/// Wildcards are rejected because Aeraki's check is for an FQDN.
/// </summary>
internal static class DnsNames
{
    public static bool IsDns1123Label(string value) => IsDns1123Label(value.AsSpan());

    /// <summary>
    /// Whether Kubernetes accepts the value as an object name (a DNS-1123 subdomain: at most 253 characters of
    /// lower-case letters, digits, '-' and '.', starting and ending with a letter or digit). Such a name is also a
    /// safe file name: no separator, never "." or "..".
    /// </summary>
    public static bool IsDns1123Subdomain(string value)
    {
        if (value.Length is 0 or > 253)
        {
            return false;
        }

        // Dot-separated parts, each starting and ending with a letter or digit, '-' inside (Kubernetes' regex).
        var rest = value.AsSpan();
        while (true)
        {
            var dot = rest.IndexOf('.');
            var part = dot < 0 ? rest : rest[..dot];
            if (part.Length == 0 || !IsLowerAlnum(part[0]) || !IsLowerAlnum(part[^1]) || part.ContainsAnyExcept(SubdomainCharacters))
            {
                return false;
            }

            if (dot < 0)
            {
                return true;
            }

            rest = rest[(dot + 1)..];
        }
    }

    private static readonly System.Buffers.SearchValues<char> SubdomainCharacters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    private static bool IsDns1123Label(ReadOnlySpan<char> value)
    {
        if (value.Length is 0 or > 63 || !IsLowerAlnum(value[0]) || !IsLowerAlnum(value[^1]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!IsLowerAlnum(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Why the name is not a valid FQDN, or null when it is.</summary>
    public static string? FqdnProblem(string name)
    {
        if (name.Length > 255)
        {
            return "longer than 255 characters";
        }

        if (name.Length == 0)
        {
            return "it is empty";
        }

        // Labels are walked as spans: this runs for every destination of every route, and valid names allocate nothing.
        var lastDot = name.LastIndexOf('.');
        var topLevel = name.AsSpan(lastDot + 1);

        // Go's strconv.Atoi, which Aeraki uses, accepts an optional sign.
        if (int.TryParse(topLevel, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            return $"the top-level domain '{topLevel}' is all-numeric";
        }

        var rest = name.AsSpan();
        while (true)
        {
            var dot = rest.IndexOf('.');
            var label = dot < 0 ? rest : rest[..dot];
            var isLast = dot < 0;
            if (isLast && label.Length == 0)
            {
                return null;
            }

            if (!IsDns1123Label(label))
            {
                return $"the label '{label}' is not a DNS-1123 label (lower-case letters, digits and '-', at most 63 characters)";
            }

            if (isLast)
            {
                return null;
            }

            rest = rest[(dot + 1)..];
        }
    }

    private static bool IsLowerAlnum(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
}
