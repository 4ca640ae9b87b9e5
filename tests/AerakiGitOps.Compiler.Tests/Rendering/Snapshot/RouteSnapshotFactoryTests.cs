using System.Security.Cryptography;
using System.Text;
using AerakiGitOps.Compiler.Rendering.Snapshot;
using AerakiGitOps.Protos.Snapshot;

namespace AerakiGitOps.Compiler.Tests.Rendering.Snapshot;

/// <summary>The snapshot version: SHA-256 of "name\nversion\n" for every route in order, whatever the lengths of the names.</summary>
public sealed class RouteSnapshotFactoryTests
{
    private static string Expected(IEnumerable<SnapshotRoute> routes)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(routes.Select(r => $"{r.Name}\n{r.Version}\n")))));

    private static SnapshotRoute Route(string name, int version) => new() { Name = name, Version = $"{version:x64}" };

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3_000)] // more text than one pooled buffer
    public void The_version_hashes_every_name_and_version_in_order(int count)
    {
        var routes = Enumerable.Range(0, count).Select(i => Route($"svc-{i:D6}.team-{i % 50:D4}.svc.cluster.local_{20000 + i}", i)).ToList();

        Assert.Equal(Expected(routes), RouteSnapshotFactory.VersionOf(routes));
    }

    [Fact]
    public void Names_longer_than_the_buffer_and_outside_ascii_hash_as_their_utf8_text()
    {
        var routes = new[] { Route("ä-first_1", 1), Route(new string('ü', 70_000) + "_2", 2), Route("last_3", 3) };

        Assert.Equal(Expected(routes), RouteSnapshotFactory.VersionOf(routes));
        Assert.NotEqual(RouteSnapshotFactory.VersionOf(routes), RouteSnapshotFactory.VersionOf(routes.Reverse()));
    }
}
