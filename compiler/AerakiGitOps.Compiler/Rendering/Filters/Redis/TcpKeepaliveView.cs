namespace AerakiGitOps.Compiler.Rendering.Filters.Redis;

/// <summary>Envoy's TcpKeepalive in whole seconds; null fields are omitted (Aeraki crashes on this block).</summary>
public sealed record TcpKeepaliveView(uint? Probes, uint? Time, uint? Interval);
