using System.Text;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Compiler.Rendering.Manifests;

namespace AerakiGitOps.Compiler.Tests.Rendering.Protocols;

/// <summary>Compiles YAML text in memory and reads values out of the rendered manifests by path.</summary>
internal static class ProtocolRendering
{
    public static CompilationResult Compile(string yaml, bool allowPlaintextSecrets = false)
    {
        var content = new PolicySourceContent([new PolicyFile("test.yaml", Encoding.UTF8.GetBytes(yaml))], null, []);
        return new PolicyCompiler(new CompileOptions { AllowPlaintextSecrets = allowPlaintextSecrets }).Compile(content);
    }

    /// <summary>Compiles and asserts there are no diagnostics at all.</summary>
    public static IReadOnlyList<RenderedManifest> Filters(string yaml)
    {
        var result = Compile(yaml);
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        return result.Manifests.Where(m => m.Kind == "EnvoyFilter").ToList();
    }

    /// <summary>The node at a path of mapping keys and list indexes, such as "spec", "configPatches", "0".</summary>
    public static YNode? At(YNode node, params string[] path)
    {
        YNode? current = node;
        foreach (var step in path)
        {
            current = current switch
            {
                YMapping mapping => mapping[step],
                YSequence sequence when int.TryParse(step, out var i) && i < sequence.Items.Length => sequence.Items[i],
                _ => null,
            };
        }

        return current;
    }

    public static string? Text(YNode node, params string[] path) => (At(node, path) as YScalar)?.Value;

    /// <summary>The typed_config.value of the first (network filter) patch.</summary>
    public static YNode FilterConfig(RenderedManifest manifest)
        => At(manifest.ParseContent(), "spec", "configPatches", "0", "patch", "value", "typed_config", "value")!;
}
