namespace AerakiGitOps.Cli.Reporting;

/// <summary>How diagnostics are printed.</summary>
public enum ReportFormat
{
    /// <summary>`path(line,col): error AGO1234: message`, one per line, on standard error; the summary on standard output.</summary>
    Text,

    /// <summary>One JSON document on standard output with the same data and the command's result, for machines.</summary>
    Json,

    /// <summary>A SARIF 2.1.0 log on standard output, for code scanning; the summary on standard error.</summary>
    Sarif,

    /// <summary>GitHub Actions workflow annotations (`::error file=...::`) on standard output, then the summary.</summary>
    Github,
}
