using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Rendering.Manifests;

/// <summary>
/// A Kubernetes object ready to be written: its identity, its content as a YAML tree (rendered and
/// parsed back, or passed through) and the policy files it comes from.
/// </summary>
public sealed record RenderedManifest(string Kind, string Name, string Namespace, YMapping Content, IReadOnlyList<string> SourceFiles)
{
    /// <summary>The file it is written to (<see cref="ManifestFiles.PathOf(string, string, string)"/>), computed once: output order and duplicate checks read it.</summary>
    public string Path { get; } = ManifestFiles.PathOf(Namespace, Kind, Name);

    /// <summary>Why Kubernetes would reject the namespace or name, or null; worked out once per manifest (a reused manifest is not checked again).</summary>
    public string? NameProblem { get; } = !DnsNames.IsDns1123Label(Namespace) ? "the namespace is not a DNS-1123 label"
        : !DnsNames.IsDns1123Subdomain(Name) ? "the name is not a DNS-1123 subdomain"
        : null;
}
