using System.Text.RegularExpressions;

namespace AerakiGitOps.Compiler.Schema;

/// <summary>Builds the paths diagnostics show: <c>spec.routes[0].match.attributes["a.b"]</c>.</summary>
internal static partial class JsonPathText
{
    public static string Property(string parent, string name)
    {
        if (PlainName().IsMatch(name))
        {
            return parent.Length == 0 ? name : $"{parent}.{name}";
        }

        var quoted = "[\"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"]";
        return parent + quoted;
    }

    public static string Item(string parent, int index) => $"{parent}[{index}]";

    /// <summary>How a message names the object at <paramref name="path"/>.</summary>
    public static string Describe(string path) => path.Length == 0 ? "the document" : $"'{path}'";

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainName();
}
