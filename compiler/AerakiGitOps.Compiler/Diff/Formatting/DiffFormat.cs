namespace AerakiGitOps.Compiler.Diff.Formatting;

/// <summary>How a <see cref="PolicyDiff"/> is printed.</summary>
public enum DiffFormat
{
    /// <summary>Plain text for a terminal or a CI log.</summary>
    Text,

    /// <summary>GitHub-flavoured markdown for a pull-request comment.</summary>
    Markdown,

    /// <summary>One JSON document with stable field names, for machines.</summary>
    Json,
}
