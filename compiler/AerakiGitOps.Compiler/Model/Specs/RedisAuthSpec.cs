using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>
/// Redis credentials: a reference to a Kubernetes Secret (never read by the compiler) or a plain-text
/// password and username. <see cref="At"/> is the position of the auth mapping.
/// </summary>
public sealed record RedisAuthSpec(RedisSecretRefSpec? Secret, RedisPlainAuthSpec? Plain, SourceLocation At);
