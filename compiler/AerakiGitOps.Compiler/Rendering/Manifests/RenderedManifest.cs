using System.Text;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Rendering.Manifests;

/// <summary>
/// A Kubernetes object ready to be written: its identity, the bytes of its file and the policy files it comes from.
/// The file (sources header and canonical YAML) is written when the object is rendered, on the render's worker
/// thread, and the YAML tree is let go: tens of thousands of trees kept until the emit stage were most of what the
/// garbage collector copied in a large render. <see cref="ParseContent"/> reads the tree back when one is needed.
/// </summary>
public sealed class RenderedManifest
{
    public RenderedManifest(string kind, string name, string @namespace, YMapping content, IReadOnlyList<string> sourceFiles)
    {
        Kind = kind;
        Name = name;
        Namespace = @namespace;
        SourceFiles = sourceFiles;
        Path = ManifestFiles.PathOf(@namespace, kind, name);
        NameProblem = !DnsNames.IsDns1123Label(@namespace) ? "the namespace is not a DNS-1123 label"
            : !DnsNames.IsDns1123Subdomain(name) ? "the name is not a DNS-1123 subdomain"
            : null;
        (FileBytes, _yamlStart) = ManifestFiles.Bytes(content, sourceFiles);
        SubscribedRouteConfigs = kind == "EnvoyFilter" ? RouteConfigSubscriptions.Of(content) : [];
    }

    private RenderedManifest(RenderedManifest manifest, IReadOnlyList<string> sourceFiles)
    {
        (Kind, Name, Namespace, Path, NameProblem, SubscribedRouteConfigs) =
            (manifest.Kind, manifest.Name, manifest.Namespace, manifest.Path, manifest.NameProblem, manifest.SubscribedRouteConfigs);
        SourceFiles = sourceFiles;
        (FileBytes, _yamlStart) = ManifestFiles.Reheaded(manifest.FileBytes.AsMemory(manifest._yamlStart), sourceFiles);
    }

    private readonly int _yamlStart;

    public string Kind { get; }

    public string Name { get; }

    public string Namespace { get; }

    public IReadOnlyList<string> SourceFiles { get; }

    /// <summary>The file's UTF-8 content: the header naming each source once, sorted, then the canonical YAML.</summary>
    public byte[] FileBytes { get; }

    /// <summary>Every <c>routeConfigName</c> the object names, in document order (EnvoyFilters only): the route configs its proxies will ask for.</summary>
    public IReadOnlyList<string> SubscribedRouteConfigs { get; }

    /// <summary>The file it is written to (<see cref="ManifestFiles.PathOf(string, string, string)"/>), computed once: output order and duplicate checks read it.</summary>
    public string Path { get; }

    /// <summary>Why Kubernetes would reject the namespace or name, or null; worked out once per manifest (a reused manifest is not checked again).</summary>
    public string? NameProblem { get; }

    /// <summary>The same object generated from other policy files: only the header of its file changes.</summary>
    public RenderedManifest WithSourceFiles(IReadOnlyList<string> sourceFiles) => new(this, sourceFiles);

    /// <summary>The object as a YAML tree, parsed from <see cref="FileBytes"/> on each call (the diff and the tests read it).</summary>
    public YMapping ParseContent()
    {
        var diagnostics = new DiagnosticBag();
        var documents = YamlTreeReader.Default.Read(Path, Encoding.UTF8.GetString(FileBytes), diagnostics);
        return documents is [{ Root: YMapping root }] && !diagnostics.HasErrors
            ? root
            : throw new InvalidOperationException($"the canonical YAML of {Path} does not read back as one mapping");
    }
}
