using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.GoldenTests.Examples;

/// <summary>Reads example YAML with the compiler's own position-keeping reader and walks it by key paths.</summary>
internal static class YamlFiles
{
    public static IReadOnlyList<YMapping> Documents(string path, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        var documents = YamlTreeReader.Default.Read(Path.GetFileName(path), File.ReadAllText(path), bag);
        diagnostics = bag.ToSortedList();
        return [.. documents.Select(d => d.Root).OfType<YMapping>()];
    }

    public static IReadOnlyList<YMapping> Documents(string path)
    {
        var documents = Documents(path, out var diagnostics);
        Assert.True(diagnostics.Count == 0, $"{path}: {string.Join("; ", diagnostics)}");
        return documents;
    }

    /// <summary>The node at a dotted path of mapping keys, or null.</summary>
    public static YNode? At(YNode? node, string path)
    {
        foreach (var key in path.Split('.'))
        {
            node = (node as YMapping)?[key];
        }

        return node;
    }

    public static string? Text(YNode? node, string path) => (At(node, path) as YScalar)?.Value;

    public static IEnumerable<YMapping> Items(YNode? node, string path) => (At(node, path) as YSequence)?.Items.OfType<YMapping>() ?? [];

    public static IEnumerable<string> Keys(YNode? node, string path) => (At(node, path) as YMapping)?.Entries.Select(e => e.Key.Value) ?? [];
}
