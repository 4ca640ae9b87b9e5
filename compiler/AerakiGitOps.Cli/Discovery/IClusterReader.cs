namespace AerakiGitOps.Cli.Discovery;

/// <summary>Reads the addresses the cluster gave one object; the only seam between `discover` and a live API server.</summary>
public interface IClusterReader
{
    /// <summary>
    /// The object's addresses exactly as the cluster lists them (a Service's clusterIPs, which may be
    /// "None"; a ServiceEntry's addresses), or null when the object does not exist.
    /// Throws <see cref="ClusterAccessException"/> when the cluster cannot be read.
    /// </summary>
    Task<IReadOnlyList<string>?> ReadAddressesAsync(DiscoveryTarget target, CancellationToken cancellationToken);
}
