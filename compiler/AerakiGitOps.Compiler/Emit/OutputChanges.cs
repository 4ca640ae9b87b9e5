namespace AerakiGitOps.Compiler.Emit;

/// <summary>What a write did to the output folder, by relative path.</summary>
public sealed record OutputChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed, int Unchanged)
{
    public bool IsEmpty => Added.Count == 0 && Changed.Count == 0 && Removed.Count == 0;
}
