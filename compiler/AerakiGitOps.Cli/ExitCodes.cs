namespace AerakiGitOps.Cli;

/// <summary>The exit codes of decisions.md: scripts rely on them.</summary>
public static class ExitCodes
{
    /// <summary>Clean (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>Errors in the input, or a difference in check and diff modes.</summary>
    public const int InputErrors = 1;

    /// <summary>Bad flags, missing repository, unknown ref, unwritable output.</summary>
    public const int UsageError = 2;

    /// <summary>A bug in aeraki-gitops.</summary>
    public const int InternalError = 3;
}
