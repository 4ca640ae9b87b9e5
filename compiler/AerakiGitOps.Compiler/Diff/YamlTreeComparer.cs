using System.Text.RegularExpressions;
using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Diff;

/// <summary>
/// Lists the paths at which two YAML trees differ, in sorted key order. A key present on one side only, a value
/// of another type, a different scalar, or a sequence whose length changed is reported at its own path; equal
/// length sequences and mappings are compared element by element, so the paths are as deep as the change.
/// </summary>
internal static partial class YamlTreeComparer
{
    public static List<string> ChangedPaths(YNode before, YNode after)
    {
        var paths = new List<string>();
        Compare(before, after, string.Empty, paths);
        return paths;
    }

    private static void Compare(YNode before, YNode after, string path, List<string> paths)
    {
        switch (before, after)
        {
            case (YMapping a, YMapping b):
                var keys = a.Entries.Select(e => e.Key.Value).Union(b.Entries.Select(e => e.Key.Value)).Order(StringComparer.Ordinal);
                foreach (var key in keys)
                {
                    var child = Child(path, key);
                    if (a[key] is { } left && b[key] is { } right)
                    {
                        Compare(left, right, child, paths);
                    }
                    else
                    {
                        paths.Add(child);
                    }
                }

                break;
            case (YSequence a, YSequence b) when a.Items.Length == b.Items.Length:
                for (var i = 0; i < a.Items.Length; i++)
                {
                    Compare(a.Items[i], b.Items[i], $"{path}[{i}]", paths);
                }

                break;
            case (YScalar a, YScalar b) when a.Value == b.Value && a.Kind == b.Kind:
                break;
            default:
                paths.Add(path.Length == 0 ? "(root)" : path);
                break;
        }
    }

    /// <summary>`parent.key`, or `parent["key"]` when the key is not a plain word (label keys contain dots and slashes).</summary>
    private static string Child(string path, string key)
        => PlainKey().IsMatch(key)
            ? path.Length == 0 ? key : $"{path}.{key}"
            : $"{path}[\"{key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";

    [GeneratedRegex("^[A-Za-z0-9_@$-]+$")]
    private static partial Regex PlainKey();
}
