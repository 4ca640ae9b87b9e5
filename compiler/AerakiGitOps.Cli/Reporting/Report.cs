using System.Text.Json;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Cli.Reporting;

/// <summary>
/// Everything a command reports at the end of a run: its diagnostics, a one-line summary for people,
/// and (for --format json) extra result fields for machines.
/// </summary>
public sealed record Report(IReadOnlyList<Diagnostic> Diagnostics, string Summary)
{
    public Action<Utf8JsonWriter>? JsonResult { get; init; }

    /// <summary>Maps a policy-root-relative path to the path shown.</summary>
    public Func<string, string> Paths { get; init; } = DiagnosticPaths.Unchanged;

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
