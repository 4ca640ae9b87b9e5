namespace AerakiGitOps.Compiler.Diff;

/// <summary>A cluster a route sends to, with its weight (1 of 1 for a route with a single cluster).</summary>
public sealed record WeightedDestination(string Cluster, uint Weight);
