namespace AerakiGitOps.Cli.Reporting;

/// <summary>How diagnostics are printed.</summary>
public enum ReportFormat
{
    /// <summary>`path(line,col): error AGO1234: message`, one per line, on standard error.</summary>
    Text,

    /// <summary>One JSON document on standard output with the same data, for machines.</summary>
    Json,
}
