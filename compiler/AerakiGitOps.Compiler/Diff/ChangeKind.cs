namespace AerakiGitOps.Compiler.Diff;

/// <summary>How an object differs between the base and the head of a diff.</summary>
public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}
