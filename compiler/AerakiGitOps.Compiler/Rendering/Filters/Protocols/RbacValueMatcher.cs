using System.Text;

namespace AerakiGitOps.Compiler.Rendering.Filters.Protocols;

/// <summary>
/// Istio's authorization value syntax as Aeraki applies it: "*" is presence, "*x" a suffix, "x*" a
/// prefix, anything else exact. With a prefix (spiffe:// for principals) a suffix becomes an RE2 regex.
/// </summary>
public static class RbacValueMatcher
{
    public static StringMatcherView For(string value, string prefix = "")
    {
        if (value == "*")
        {
            return new StringMatcherView("regex", ".+");
        }

        if (value.StartsWith('*'))
        {
            return prefix.Length == 0
                ? new StringMatcherView("suffix", value[1..])
                : new StringMatcherView("regex", prefix + ".*" + QuoteMeta(value[1..]));
        }

        return value.EndsWith('*')
            ? new StringMatcherView("prefix", prefix + value[..^1])
            : new StringMatcherView("exact", prefix + value);
    }

    /// <summary>Namespaces match the /ns/&lt;namespace&gt;/ part of a SPIFFE id; "*" in the value matches anything.</summary>
    public static StringMatcherView Namespace(string value) => new("regex", $".*/ns/{value.Replace("*", ".*", StringComparison.Ordinal)}/.*");

    /// <summary>Go's regexp.QuoteMeta: escapes every RE2 metacharacter.</summary>
    public static string QuoteMeta(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (@"\.+*?()|[]{}^$".Contains(c, StringComparison.Ordinal))
            {
                result.Append('\\');
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
