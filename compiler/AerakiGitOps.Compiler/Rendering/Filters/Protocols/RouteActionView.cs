namespace AerakiGitOps.Compiler.Rendering.Filters.Protocols;

/// <summary>
/// Where a Dubbo or Thrift route sends requests: one <see cref="Cluster"/>, or <see cref="WeightedClusters"/>
/// (with <see cref="TotalWeight"/> for Dubbo only; Thrift's proto has no such field).
/// </summary>
public sealed record RouteActionView(string? Cluster, IReadOnlyList<ClusterWeightView> WeightedClusters, uint? TotalWeight)
{
    public static RouteActionView To(string cluster) => new(cluster, [], null);
}
