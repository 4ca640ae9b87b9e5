namespace AerakiGitOps.Compiler.Diagnostics;

/// <summary>How bad a diagnostic is. Errors fail the run (exit code 1); warnings never do.</summary>
public enum Severity
{
    Error,
    Warning,
    Info,
}
