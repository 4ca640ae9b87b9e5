using AerakiGitOps.Cli.Benchmarking;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Compiler.Rendering;
using AerakiGitOps.Compiler.Rendering.Manifests;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.Compiler.Tests.Loading.FastYaml;

/// <summary>
/// Runs the fast path and YamlDotNet over real texts: every YAML file of the repository (as written and
/// with CRLF line ends), a generated workload, and every manifest the renderer parses back in the golden
/// cases. Each text is either read identically or declined, and the fast path must read the bulk of them.
/// </summary>
public sealed class FastYamlDifferentialTests
{
    [Fact]
    public void Every_yaml_file_of_the_repository_is_read_as_YamlDotNet_reads_it_or_declined()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.Root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Where(f => !IsBuildOutput(f))
            .Select(f => (Path.GetRelativePath(RepositoryPaths.Root, f), File.ReadAllText(f)))
            .ToList();
        Assert.True(files.Count > 200, $"only {files.Count} YAML files found");

        AssertAgreement(files, minimumAcceptedShare: 0.9);
        AssertAgreement(files.Select(f => (f.Item1 + " (CRLF)", WithCrLf(f.Item2))).ToList(), minimumAcceptedShare: 0.9);
    }

    [Fact]
    public void A_generated_workload_is_read_as_YamlDotNet_reads_it()
    {
        var folder = Directory.CreateTempSubdirectory("fast-yaml-workload-").FullName;
        try
        {
            WorkloadGenerator.Write(folder, services: 300, seed: 7);
            var files = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
                .Select(f => (Path.GetRelativePath(folder, f), File.ReadAllText(f)))
                .ToList();

            AssertAgreement(files, minimumAcceptedShare: 1.0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Every_manifest_rendered_in_the_golden_cases_is_read_as_YamlDotNet_reads_it()
    {
        var texts = new List<(string, string)>();
        var root = RepositoryPaths.Combine("tests", "AerakiGitOps.GoldenTests", "TestData");
        foreach (var policies in Directory.EnumerateDirectories(root, "policies", SearchOption.AllDirectories))
        {
            var compiled = new PolicyCompiler(new CompileOptions { AllowPlaintextSecrets = true }).Compile(new DirectoryPolicySource(policies));
            if (compiled.HasErrors || compiled.Model is not { } model)
            {
                continue; // a case of bad policies renders nothing
            }

            // The same text the renderer reads back: each planned manifest through its template.
            foreach (var planned in new PolicyRenderer(model).PlanAll())
            {
                var template = TemplateCatalog.Shared.Get(planned.Template, new DiagnosticBag())!;
                texts.Add((TemplateCatalog.SourcePath(planned.Template), ManifestRenderer.RenderText(template, planned.View)));
            }
        }

        Assert.True(texts.Count > 100, $"only {texts.Count} rendered manifests seen");
        AssertAgreement(texts, minimumAcceptedShare: 1.0);
    }

    private static void AssertAgreement(IReadOnlyList<(string Name, string Text)> texts, double minimumAcceptedShare)
    {
        var declined = texts.Where(t => !BothReaders.AgreeOrDecline(t.Text, t.Name)).Select(t => t.Name).ToList();
        var accepted = texts.Count - declined.Count;
        Assert.True(
            accepted >= minimumAcceptedShare * texts.Count,
            $"the fast path read {accepted} of {texts.Count} texts; declined:\n{string.Join("\n", declined)}");
    }

    private static string WithCrLf(string text) => text.Contains('\r') ? text : text.Replace("\n", "\r\n");

    private static bool IsBuildOutput(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj") || parts.Contains(".git");
    }
}
