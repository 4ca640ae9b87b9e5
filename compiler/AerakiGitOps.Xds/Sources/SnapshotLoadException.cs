namespace AerakiGitOps.Xds.Sources;

/// <summary>
/// The first snapshot could not be loaded, so there is nothing to serve: start-up fails. The CLI
/// prints <see cref="Diagnostics"/> and exits with code 1.
/// </summary>
public sealed class SnapshotLoadException(string sourceDescription, string sourceCommit, string diagnostics)
    : Exception($"The first snapshot from {sourceDescription} could not be loaded{(sourceCommit.Length > 0 ? $" (commit {sourceCommit})" : "")}:\n{diagnostics}")
{
    /// <summary>Where the snapshot came from (<see cref="ISnapshotSource.Description"/>).</summary>
    public string SourceDescription { get; } = sourceDescription;

    /// <summary>The commit (or folder version) that failed, when known.</summary>
    public string SourceCommit { get; } = sourceCommit;

    /// <summary>The diagnostics text of the failure.</summary>
    public string Diagnostics { get; } = diagnostics;
}
