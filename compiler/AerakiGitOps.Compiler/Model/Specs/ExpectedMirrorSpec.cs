namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>An expected request mirror: the cluster and, when given, the percentage of requests copied (100 when absent).</summary>
public sealed record ExpectedMirrorSpec(string Cluster, double? Percentage);
