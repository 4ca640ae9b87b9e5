namespace AerakiGitOps.Xds.Sources;

/// <summary>What one poll of a snapshot source found.</summary>
public enum SnapshotLoadOutcome
{
    /// <summary>Nothing new since the last poll.</summary>
    Unchanged,

    /// <summary>A new snapshot to publish.</summary>
    Loaded,

    /// <summary>The new revision is broken; keep serving the last good snapshot.</summary>
    Failed,

    /// <summary>The new revision is not complete yet (for example half-written files); retry later.</summary>
    Pending,
}
