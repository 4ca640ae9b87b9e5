namespace AerakiGitOps.Compiler.Emit.Git;

/// <summary>The commit would lose or overwrite something the user has (uncommitted changes, a checked-out target branch): exit code 2.</summary>
public sealed class CommitRefusedException(string message) : Exception(message);
