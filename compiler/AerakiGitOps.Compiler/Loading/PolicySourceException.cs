namespace AerakiGitOps.Compiler.Loading;

/// <summary>The source as a whole cannot be read (missing folder, not a repository, unknown ref): a usage error, exit code 2.</summary>
public sealed class PolicySourceException(string message, Exception? inner = null) : Exception(message, inner);
