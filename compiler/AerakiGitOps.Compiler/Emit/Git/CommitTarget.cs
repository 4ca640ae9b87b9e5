namespace AerakiGitOps.Compiler.Emit.Git;

/// <summary>
/// Where rendered output is committed: a folder of the checked-out branch (working tree and index are
/// updated for that folder only), or the root of a separate branch such as env/prod (the rendered-manifests
/// pattern; neither the working tree nor the index is touched).
/// </summary>
public abstract record CommitTarget
{
    private CommitTarget()
    {
    }

    /// <summary>A folder (relative to the repository root) on the checked-out branch.</summary>
    public sealed record Folder(string Path) : CommitTarget;

    /// <summary>The root of a branch that holds only generated artefacts; created as an orphan when missing.</summary>
    public sealed record Branch(string Name) : CommitTarget;
}
