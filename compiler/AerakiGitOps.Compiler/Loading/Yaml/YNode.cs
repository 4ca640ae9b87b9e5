using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>
/// An immutable YAML node that remembers where it came from. Aliases share the anchored node, so a
/// tree may be a DAG; <see cref="ExpandedSize"/> is the node count after expanding every alias and is
/// what the loader bounds to stop alias bombs.
/// </summary>
public abstract class YNode(SourceLocation at)
{
    /// <summary>Where the node starts in its file.</summary>
    public SourceLocation At { get; } = at;

    /// <summary>Number of nodes this node stands for once aliases are expanded (itself included).</summary>
    public abstract long ExpandedSize { get; }
}
