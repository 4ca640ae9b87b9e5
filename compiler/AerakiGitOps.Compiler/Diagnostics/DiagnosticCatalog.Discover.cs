namespace AerakiGitOps.Compiler.Diagnostics;

/// <summary>AGO7xxx: `discover`, which reads the live cluster and writes the addresses lock file.</summary>
public static partial class DiagnosticCatalog
{
    public static DiagnosticDescriptor DiscoverObjectNotFound { get; } = Warning("AGO7001", "Object not found in the cluster",
        "{0} {1}/{2} (host {3}) does not exist in the cluster; its lock entry is left as it was. Create it in the cluster, or check --kubeconfig and --context");

    public static DiagnosticDescriptor DiscoverHeadlessInCluster { get; } = Warning("AGO7002", "Service is headless in the cluster",
        "Service {0}/{1} (host {2}) has no ClusterIP in the cluster (headless); no address is locked for it and it gets no outbound filter");

    public static DiagnosticDescriptor DiscoverSeveralLockFiles { get; } = Error("AGO7003", "Several addresses lock files",
        "AddressLock documents are in {0}; keep exactly one so `discover` knows which to update");

    public static DiagnosticDescriptor DiscoverLockFileShared { get; } = Error("AGO7004", "Addresses lock file holds other documents",
        "{0} holds other documents besides the AddressLock; move the AddressLock into a file of its own (aeraki-gitops.lock.yaml) so `discover` can rewrite it");

    public static DiagnosticDescriptor DiscoverUnusableAddress { get; } = Warning("AGO7005", "Cluster address is not an IP address",
        "{0} {1}/{2} (host {3}) has address '{4}' in the cluster, which is not a single IP address (a CIDR range?); it is not locked");
}
