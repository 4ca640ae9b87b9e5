namespace AerakiGitOps.Compiler.Model;

/// <summary>Cluster facts the compiler needs and git does not hold.</summary>
public sealed record ModelSettings
{
    /// <summary>Istio's root namespace: where sidecar EnvoyFilters go when a MetaRouter has no exportTo.</summary>
    public string RootNamespace { get; init; } = "istio-system";

    /// <summary>The cluster DNS domain used to turn Kubernetes Services and short hosts into FQDNs.</summary>
    public string ClusterDomain { get; init; } = "cluster.local";

    /// <summary>Whether plain-text passwords in policies may be written into manifests (set from <c>CompileOptions.AllowPlaintextSecrets</c>).</summary>
    public bool AllowPlaintextSecrets { get; init; }
}
