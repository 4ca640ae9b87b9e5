namespace AerakiGitOps.Compiler.Rendering.Filters.Protocols;

/// <summary>One entry of weighted clusters.</summary>
public sealed record ClusterWeightView(string Name, uint Weight);
