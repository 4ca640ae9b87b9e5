using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>auth.plain: credentials written into the policy itself (rendered only with --allow-plaintext-secrets).</summary>
public sealed record RedisPlainAuthSpec(string Password, string Username, SourceLocation At);
