namespace AerakiGitOps.Compiler.Emit.Git;

/// <summary>What the commit message tells: where the output came from and which tool made it.</summary>
public sealed record CommitRequest(string? SourceCommit, string SourceRef, string SnapshotVersion, string ToolVersion)
{
    public CommitIdentity Identity { get; init; } = CommitIdentity.Default;

    public DateTimeOffset When { get; init; } = DateTimeOffset.Now;
}
