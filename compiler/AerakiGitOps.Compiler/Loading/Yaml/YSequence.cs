using System.Collections.Immutable;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>A YAML sequence.</summary>
public sealed class YSequence : YNode
{
    public YSequence(SourceLocation at, ImmutableArray<YNode> items)
        : base(at)
    {
        Items = items;
        long size = 1;
        foreach (var item in items)
        {
            size += item.ExpandedSize;
        }

        ExpandedSize = size;
    }

    public ImmutableArray<YNode> Items { get; }

    public override long ExpandedSize { get; }
}
