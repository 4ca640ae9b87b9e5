using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>Istio's TCP keepalive settings (probes, idle time, probe interval).</summary>
public sealed record TcpKeepaliveSpec(uint? Probes, string? Time, string? Interval, SourceLocation At);
