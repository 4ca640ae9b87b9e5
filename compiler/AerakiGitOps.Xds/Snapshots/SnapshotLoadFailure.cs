namespace AerakiGitOps.Xds.Snapshots;

/// <summary>A snapshot load or compile that was rejected; the previous snapshot stayed in service.</summary>
/// <param name="Time">When the failure happened.</param>
/// <param name="SourceCommit">The commit (or folder version) that failed, when known.</param>
/// <param name="Diagnostics">The diagnostics text, as the compiler or loader printed it.</param>
public sealed record SnapshotLoadFailure(DateTimeOffset Time, string SourceCommit, string Diagnostics);
