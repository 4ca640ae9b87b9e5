using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Xds.Server;
using AerakiGitOps.Xds.Sources;
using AerakiGitOps.Xds.Tests.Infrastructure;
using LibGit2Sharp;
using static AerakiGitOps.Xds.Tests.Infrastructure.ProtocolHarness;

namespace AerakiGitOps.Xds.Tests.Faults;

/// <summary>
/// The git source breaking in every way a repository can: the ref force-moved to an unrelated broken commit,
/// the ref deleted, the repository gone. Through all of it the last good snapshot is served unchanged,
/// the connected proxy receives nothing, the failure shows in /debug/status and /metrics, and memory
/// stays bounded over many failing polls.
/// </summary>
public sealed class GitSourceFaultTests
{
    private const string Branch = "policy";
    private static readonly Signature Author = new("test", "test@example.invalid", DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task A_force_moved_deleted_or_unreachable_ref_keeps_the_last_good_snapshot_served_and_visible()
    {
        using var repository = new PolicyRepository();
        string good;
        using (var git = new Repository(repository.Path))
        {
            good = git.CreateBranch(Branch).Tip.Sha;
        }

        await using var server = await TestServer.StartAsync(new GitSnapshotSource(repository.Path, Branch, null, new CompileOptions()));
        server.ExpectedErrorEvents.Add(201);
        var served = server.Host.Cache.Current!;
        var routeName = served.Resources.Keys.Order(StringComparer.Ordinal).First();
        await using var call = XdsClients.Sotw(server.Channel(), XdsApi.Rds);
        await call.SendAsync(Sotw(names: [routeName]));
        var first = await call.NextAsync();
        await call.SendAsync(Sotw(nonce: first.Nonce, version: first.VersionInfo, names: [routeName]));
        var http = server.Http();

        var unrelated = ForceMoveToUnrelatedBrokenCommit(repository.Path);
        await server.Host.Reconciler.PollAsync(CancellationToken.None);
        Assert.Equal(unrelated, server.Host.Cache.LastFailure!.SourceCommit);
        Assert.Contains(unrelated, await http.GetStringAsync("/debug/status"), StringComparison.Ordinal);

        using (var git = new Repository(repository.Path))
        {
            git.Refs.Remove("refs/heads/" + Branch);
        }

        await server.Host.Reconciler.PollAsync(CancellationToken.None);
        Assert.Contains(Branch, server.Host.Cache.LastFailure!.Diagnostics, StringComparison.Ordinal);

        var moved = repository.Path + "-moved";
        Directory.Move(repository.Path, moved);
        try
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            for (var poll = 0; poll < 50; poll++)
            {
                await server.Host.Reconciler.PollAsync(CancellationToken.None);
            }

            var growth = GC.GetTotalMemory(forceFullCollection: true) - before;
            Assert.True(growth < 20 * 1024 * 1024, $"50 failing polls grew the heap by {growth} bytes");
            Assert.Equal(3, server.Host.Cache.FailedLoads);
        }
        finally
        {
            Directory.Move(moved, repository.Path);
        }

        var metrics = await http.GetStringAsync("/metrics");
        await call.ExpectNothingAsync();
        Assert.Same(served, server.Host.Cache.Current);
        Assert.Equal(good, served.SourceCommit);
        Assert.Contains("aeraki_gitops_snapshot_failed_loads_total 3\n", metrics, StringComparison.Ordinal);
        Assert.Contains($"source_commit=\"{good}\"", metrics, StringComparison.Ordinal);
        Assert.Equal(first.VersionInfo, server.Host.Clients.List().Single().LastVersionAcked);
    }

    /// <summary>Points the branch at a commit with no common history whose only file does not parse (a force push).</summary>
    private static string ForceMoveToUnrelatedBrokenCommit(string path)
    {
        using var git = new Repository(path);
        var blob = git.ObjectDatabase.CreateBlob(new MemoryStream("kind: MetaRouter\nspec: [unclosed\n"u8.ToArray()));
        var tree = new TreeDefinition();
        tree.Add("broken.yaml", blob, Mode.NonExecutableFile);
        var commit = git.ObjectDatabase.CreateCommit(Author, Author, "unrelated", git.ObjectDatabase.CreateTree(tree), [], prettifyMessage: false);
        git.Refs.Add("refs/heads/" + Branch, commit.Id, allowOverwrite: true);
        return commit.Sha;
    }
}
