using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Loading;

/// <summary>What a policy source yields: the files in path order, the source commit when there is one, and read problems.</summary>
public sealed record PolicySourceContent(IReadOnlyList<PolicyFile> Files, string? SourceCommit, IReadOnlyList<Diagnostic> Diagnostics);
