using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Cli.Discovery;

/// <summary>A host the policies use whose addresses only the cluster knows, and the object to read them from.</summary>
public sealed record DiscoveryTarget(string Host, DiscoveryKind Kind, string Namespace, string Name, SourceLocation At);
