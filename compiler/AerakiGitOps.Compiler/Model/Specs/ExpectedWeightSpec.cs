namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>One expected entry of a traffic split: a cluster and its weight as written in the MetaRouter.</summary>
public sealed record ExpectedWeightSpec(string Cluster, uint Weight);
