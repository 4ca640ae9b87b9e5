using System.Text;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Pipeline;

namespace AerakiGitOps.GoldenTests;

/// <summary>
/// Compiles a golden case and compares every produced file with expected/, byte for byte. Set
/// AERAKI_GITOPS_UPDATE_GOLDEN=1 to rewrite expected/ from the current output instead (then review the diff).
/// </summary>
public static class GoldenRunner
{
    public const string UpdateVariable = "AERAKI_GITOPS_UPDATE_GOLDEN";
    public const string DiagnosticsFile = "diagnostics.txt";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>The files a case produces: the output tree (when there are no errors) and the diagnostics text.</summary>
    public static SortedDictionary<string, byte[]> Produce(GoldenCase golden)
    {
        var result = new PolicyCompiler(golden.CompileOptions()).Compile(new DirectoryPolicySource(golden.Policies));
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (result.Output is { } output)
        {
            foreach (var (path, content) in output.Files)
            {
                files[path] = content.ToArray();
            }
        }

        var diagnostics = string.Concat(result.Diagnostics.Select(d => d + "\n"));
        files[DiagnosticsFile] = Encoding.UTF8.GetBytes(diagnostics);
        return files;
    }

    public static SortedDictionary<string, byte[]> ReadExpected(GoldenCase golden) => ReadFolder(golden.Expected);

    /// <summary>Every file below <paramref name="folder"/> by its '/'-separated relative path; empty when the folder does not exist.</summary>
    public static SortedDictionary<string, byte[]> ReadFolder(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return files;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        return files;
    }

    public static void WriteExpected(GoldenCase golden, SortedDictionary<string, byte[]> files)
    {
        if (Directory.Exists(golden.Expected))
        {
            Directory.Delete(golden.Expected, recursive: true);
        }

        foreach (var (path, content) in files)
        {
            var full = Path.Combine(golden.Expected, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, content);
        }
    }

    /// <summary>A readable account of every difference, empty when the trees are identical.</summary>
    public static string Differences(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        var report = new StringBuilder();
        foreach (var path in expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal))
        {
            if (!actual.TryGetValue(path, out var produced))
            {
                report.AppendLine($"missing from the output: {path}");
            }
            else if (!expected.TryGetValue(path, out var wanted))
            {
                report.AppendLine($"not expected: {path}");
            }
            else if (!wanted.AsSpan().SequenceEqual(produced))
            {
                report.AppendLine($"differs: {path}").AppendLine(FirstDifferentLine(wanted, produced));
            }
        }

        return report.ToString();
    }

    private static string FirstDifferentLine(byte[] expected, byte[] actual)
    {
        var wanted = Encoding.UTF8.GetString(expected).Split('\n');
        var produced = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Max(wanted.Length, produced.Length); i++)
        {
            var w = i < wanted.Length ? wanted[i] : "<end>";
            var p = i < produced.Length ? produced[i] : "<end>";
            if (w != p)
            {
                return $"  line {i + 1}:\n    expected: {w}\n    actual:   {p}";
            }
        }

        return "  (binary content differs)";
    }
}
