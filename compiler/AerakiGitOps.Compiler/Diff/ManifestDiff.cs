using System.Collections.Immutable;

namespace AerakiGitOps.Compiler.Diff;

/// <summary>
/// One generated Kubernetes object (EnvoyFilter, passed-through Istio object, ...) that differs, with the field
/// paths that changed (for a changed object), e.g. `spec.configPatches[0].patch.value.typed_config.value.metaProtocolFilters`.
/// </summary>
public sealed record ManifestDiff(string Kind, string Namespace, string Name, ChangeKind Change, ImmutableArray<string> Paths)
{
    /// <summary>"EnvoyFilter istio-system/name".</summary>
    public string DisplayName => Namespace.Length == 0 ? $"{Kind} {Name}" : $"{Kind} {Namespace}/{Name}";
}
