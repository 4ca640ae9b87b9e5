namespace AerakiGitOps.Compiler.Rendering.Filters.Protocols;

/// <summary>A metrics filter inserted before tcp_proxy (Kafka, ZooKeeper, MySQL, MongoDB, PostgreSQL): only a stat prefix.</summary>
public sealed record StatPrefixFilterView(FilterTargetView Target, string FilterName, string TypeUrl, string StatPrefix);
