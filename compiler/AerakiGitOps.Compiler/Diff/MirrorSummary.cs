namespace AerakiGitOps.Compiler.Diff;

/// <summary>A request mirror: the cluster that receives copies and the percentage of requests copied.</summary>
public sealed record MirrorSummary(string Cluster, double Percent);
