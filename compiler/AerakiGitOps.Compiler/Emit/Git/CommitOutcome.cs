namespace AerakiGitOps.Compiler.Emit.Git;

/// <summary>What `commit` did: the new commit (null when nothing changed), the branch it went to, and the file changes.</summary>
public sealed record CommitOutcome(string? CommitSha, string BranchName, OutputChanges Changes)
{
    public bool Committed => CommitSha is not null;
}
