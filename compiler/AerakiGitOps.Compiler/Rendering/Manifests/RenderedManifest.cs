using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Rendering.Manifests;

/// <summary>
/// A Kubernetes object ready to be written: its identity, its content as a YAML tree (rendered and
/// parsed back, or passed through) and the policy files it comes from.
/// </summary>
public sealed record RenderedManifest(string Kind, string Name, string Namespace, YMapping Content, IReadOnlyList<string> SourceFiles)
{
    /// <summary>The file it is written to (<see cref="ManifestFiles.PathOf(string, string, string)"/>), computed once: output order and duplicate checks read it.</summary>
    public string Path { get; } = ManifestFiles.PathOf(Namespace, Kind, Name);
}
