namespace AerakiGitOps.Cli.Discovery;

/// <summary>Which cluster object holds a host's addresses.</summary>
public enum DiscoveryKind
{
    /// <summary>A Kubernetes v1 Service: its ClusterIPs.</summary>
    Service,

    /// <summary>An Istio networking.istio.io/v1 ServiceEntry: its spec.addresses (or Istio's auto-allocated status.addresses).</summary>
    ServiceEntry,
}
