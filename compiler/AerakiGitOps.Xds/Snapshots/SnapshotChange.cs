namespace AerakiGitOps.Xds.Snapshots;

/// <summary>
/// What one snapshot swap changed. Watchers use it to push only to streams that subscribe to one of
/// these names; a stream whose names are untouched receives nothing.
/// </summary>
/// <param name="Current">The snapshot now served.</param>
/// <param name="Upserted">Names that are new or whose version changed.</param>
/// <param name="Removed">Names that were served before and are gone now.</param>
public sealed record SnapshotChange(XdsSnapshot Current, IReadOnlySet<string> Upserted, IReadOnlySet<string> Removed)
{
    /// <summary>True when <paramref name="name"/> was added, changed or removed.</summary>
    public bool Touches(string name) => Upserted.Contains(name) || Removed.Contains(name);
}
