namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>Bounds that keep hostile or accidental input from exhausting time or memory.</summary>
public sealed record YamlLimits
{
    public static YamlLimits Default { get; } = new();

    /// <summary>Largest node count of one document after alias expansion.</summary>
    public long MaxExpandedNodes { get; init; } = 1_000_000;

    /// <summary>Deepest nesting of mappings and sequences.</summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>Largest policy file read, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 16 * 1024 * 1024;
}
