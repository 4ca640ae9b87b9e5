using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>The type a scalar resolves to under the YAML 1.2 core schema (explicit tags win).</summary>
public enum ScalarKind
{
    Null,
    Bool,
    Int,
    Float,
    String,
}

/// <summary>A scalar with its raw text and resolved type.</summary>
public sealed class YScalar(SourceLocation at, string value, ScalarKind kind) : YNode(at)
{
    public string Value { get; } = value;

    public ScalarKind Kind { get; } = kind;

    public override long ExpandedSize => 1;

    public bool IsNull => Kind == ScalarKind.Null;

    public override string ToString() => Value;
}
