using AerakiGitOps.Xds.Sources;
using AerakiGitOps.Xds.Tests.Infrastructure;

namespace AerakiGitOps.Xds.Tests.Sources;

public sealed class SnapshotFolderSourceTests
{
    [Fact]
    public async Task A_rendered_folder_loads_once_and_then_reports_unchanged()
    {
        using var folder = new SnapshotFolder();
        var snapshot = TestRoutes.Snapshot("", ("a_1", "ca"));
        folder.Write(snapshot);
        var source = new SnapshotFolderSource(folder.Path);

        var first = await source.LoadAsync(CancellationToken.None);
        var second = await source.LoadAsync(CancellationToken.None);

        Assert.Equal(SnapshotLoadOutcome.Loaded, first.Outcome);
        Assert.Equal(snapshot, first.Snapshot);
        Assert.Equal(SnapshotLoadOutcome.Unchanged, second.Outcome);
    }

    [Fact]
    public async Task A_folder_whose_two_files_disagree_on_the_version_is_pending_until_they_agree()
    {
        using var folder = new SnapshotFolder();
        var snapshot = TestRoutes.Snapshot("", ("a_1", "ca"));
        folder.Write(snapshot, indexVersion: "not-yet-written");
        var source = new SnapshotFolderSource(folder.Path);

        var pending = await source.LoadAsync(CancellationToken.None);
        folder.Write(snapshot);
        var loaded = await source.LoadAsync(CancellationToken.None);

        Assert.Equal(SnapshotLoadOutcome.Pending, pending.Outcome);
        Assert.Equal(SnapshotLoadOutcome.Loaded, loaded.Outcome);
    }

    [Fact]
    public async Task A_folder_that_stays_inconsistent_becomes_a_failure_after_a_few_polls()
    {
        using var folder = new SnapshotFolder();
        folder.Write(TestRoutes.Snapshot("", ("a_1", "ca")), indexVersion: "never");
        var source = new SnapshotFolderSource(folder.Path) { MaxPendingPolls = 3 };

        var outcomes = new List<SnapshotLoadOutcome>();
        for (var i = 0; i < 4; i++)
        {
            outcomes.Add((await source.LoadAsync(CancellationToken.None)).Outcome);
        }

        Assert.Equal([SnapshotLoadOutcome.Pending, SnapshotLoadOutcome.Pending, SnapshotLoadOutcome.Failed, SnapshotLoadOutcome.Unchanged], outcomes);
    }

    [Fact]
    public async Task A_missing_folder_is_a_failure_with_the_path_in_the_diagnostics()
    {
        var path = Path.Combine(Path.GetTempPath(), "ago-missing-" + Guid.NewGuid().ToString("N"));
        var source = new SnapshotFolderSource(path);

        var result = await source.LoadAsync(CancellationToken.None);

        Assert.Equal(SnapshotLoadOutcome.Failed, result.Outcome);
        Assert.Contains(path, result.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_index_without_a_version_is_a_failure()
    {
        using var folder = new SnapshotFolder();
        folder.Write(TestRoutes.Snapshot("", ("a_1", "ca")));
        folder.WriteIndex("{\"routes\": 1}");
        var source = new SnapshotFolderSource(folder.Path);

        var result = await source.LoadAsync(CancellationToken.None);

        Assert.Equal(SnapshotLoadOutcome.Failed, result.Outcome);
        Assert.Contains("version", result.Diagnostics, StringComparison.Ordinal);
    }
}
