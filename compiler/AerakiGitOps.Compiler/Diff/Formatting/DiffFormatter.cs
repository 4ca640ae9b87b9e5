namespace AerakiGitOps.Compiler.Diff.Formatting;

/// <summary>Prints a diff in the chosen format. Every format ends with a newline and uses LF line endings on every OS.</summary>
public static class DiffFormatter
{
    public static string Format(PolicyDiff diff, DiffFormat format) => format switch
    {
        DiffFormat.Markdown => MarkdownDiffFormatter.Format(diff),
        DiffFormat.Json => JsonDiffFormatter.Format(diff),
        _ => TextDiffFormatter.Format(diff),
    };
}
