using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model;

/// <summary>A service port with its detected protocol; <see cref="ApplicationProtocol"/> is set for MetaProtocol ports.</summary>
public sealed record ServicePortModel(uint Number, string Name, ProtocolKind Protocol, string? ApplicationProtocol, SourceLocation At);
