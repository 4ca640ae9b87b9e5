using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>A YAML sequence.</summary>
public sealed class YSequence(SourceLocation at, ImmutableArray<YNode> items) : YNode(at)
{
    public ImmutableArray<YNode> Items { get; } = items;

    public override long ExpandedSize { get; } = 1 + items.Sum(i => i.ExpandedSize);
}
