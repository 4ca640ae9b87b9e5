namespace AerakiGitOps.Compiler.Loading;

/// <summary>
/// One policy file as read from a folder or a git tree: its path relative to the policy root (forward
/// slashes), its bytes, and its git blob id when it came from git (a cache key for parse results).
/// </summary>
public sealed record PolicyFile(string Path, ReadOnlyMemory<byte> Content, string? BlobId = null);
