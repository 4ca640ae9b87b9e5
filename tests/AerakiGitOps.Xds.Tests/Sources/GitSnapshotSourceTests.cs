using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Xds.Sources;
using AerakiGitOps.Xds.Tests.Infrastructure;

namespace AerakiGitOps.Xds.Tests.Sources;

public sealed class GitSnapshotSourceTests
{
    [Fact]
    public async Task The_source_builds_only_the_snapshot_and_it_equals_the_snapshot_of_a_full_compile()
    {
        using var repository = new PolicyRepository();
        using var source = new GitSnapshotSource(repository.Path, "HEAD", null, new CompileOptions());

        var loaded = await source.LoadAsync(CancellationToken.None);
        var full = new PolicyCompiler(new CompileOptions()).Compile(new GitPolicySource(repository.Path, loaded.SourceCommit, null));
        var snapshotOnly = new PolicyCompiler(new CompileOptions { SnapshotOnly = true }).Compile(new GitPolicySource(repository.Path, loaded.SourceCommit, null));

        Assert.Equal(SnapshotLoadOutcome.Loaded, loaded.Outcome);
        Assert.NotNull(full.Output);
        Assert.Null(snapshotOnly.Output);
        Assert.Equal(full.Snapshot, snapshotOnly.Snapshot);
        Assert.Equal(full.Snapshot, loaded.Snapshot);
        Assert.NotNull(source.LastTimings);
    }
}
