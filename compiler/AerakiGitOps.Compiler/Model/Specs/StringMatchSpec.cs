using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>How an attribute value is compared. <see cref="Present"/> comes from a null value or regex "*".</summary>
public enum StringMatchKind
{
    /// <summary>A match object with no field set; Aeraki skips such attributes.</summary>
    Unset,
    Exact,
    Prefix,
    Regex,
    Present,
}

/// <summary>A MetaRouter StringMatch: one of exact, prefix or RE2 regex.</summary>
public sealed record StringMatchSpec(StringMatchKind Kind, string Value, SourceLocation At);
