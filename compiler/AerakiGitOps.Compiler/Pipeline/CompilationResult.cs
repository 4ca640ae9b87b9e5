using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Rendering.Manifests;
using AerakiGitOps.Protos.Snapshot;

namespace AerakiGitOps.Compiler.Pipeline;

/// <summary>
/// What a compilation produced: every diagnostic, and — only when there were no errors — the manifests,
/// the route snapshot and the complete output tree.
/// </summary>
public sealed record CompilationResult
{
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    public string? SourceCommit { get; init; }

    public PolicyModel? Model { get; init; }

    public IReadOnlyList<RenderedManifest> Manifests { get; init; } = [];

    public RouteSnapshot? Snapshot { get; init; }

    public OutputTree? Output { get; init; }

    public required StageTimings Timings { get; init; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
