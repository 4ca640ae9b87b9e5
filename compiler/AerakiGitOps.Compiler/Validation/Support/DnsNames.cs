using System.Globalization;

namespace AerakiGitOps.Compiler.Validation.Support;

/// <summary>
/// Istio's DNS checks as Aeraki's webhook applies them: DNS-1123 labels and the FQDN check (length,
/// empty, all-numeric top-level domain, every label a DNS-1123 label, one trailing dot allowed).
/// Wildcards are rejected because Aeraki's check is for an FQDN.
/// </summary>
internal static class DnsNames
{
    public static bool IsDns1123Label(string value)
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

        var labels = name.Split('.');
        var topLevel = labels[^1];

        // Go's strconv.Atoi, which Aeraki uses, accepts an optional sign.
        if (int.TryParse(topLevel, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            return $"the top-level domain '{topLevel}' is all-numeric";
        }

        for (var i = 0; i < labels.Length; i++)
        {
            if (i == labels.Length - 1 && labels[i].Length == 0)
            {
                return null;
            }

            if (!IsDns1123Label(labels[i]))
            {
                return $"the label '{labels[i]}' is not a DNS-1123 label (lower-case letters, digits and '-', at most 63 characters)";
            }
        }

        return null;
    }

    private static bool IsLowerAlnum(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
}
