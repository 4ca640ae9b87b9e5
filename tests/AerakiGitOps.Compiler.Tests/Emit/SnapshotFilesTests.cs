using Google.Protobuf;
using AerakiGitOps.Compiler.Rendering.Snapshot;
using System.Text;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Protos.Snapshot;
using Envoy.Config.Route.V3;

namespace AerakiGitOps.Compiler.Tests.Emit;

public sealed class SnapshotFilesTests
{
    private static SnapshotRoute Route(string name, int virtualHosts)
    {
        var config = new RouteConfiguration { Name = name };
        for (var i = 0; i < virtualHosts; i++)
        {
            config.VirtualHosts.Add(new VirtualHost { Name = $"host-{i}-\u00e9\U0001F600\"<>&", Domains = { "*", $"d{i}.example" } });
        }

        return new SnapshotRoute { Name = name, Version = "v", RouteConfig = config };
    }

    [Theory]
    [InlineData(1)]
    [InlineData(700)] // over the writer's first 16 K characters, so the text spans several chunks
    public void The_route_json_bytes_are_the_utf8_of_the_formatted_json_with_a_final_newline(int virtualHosts)
    {
        var route = Route("a_80", virtualHosts);

        var bytes = SnapshotFiles.RouteJsonBytes(route);

        Assert.Equal(Encoding.UTF8.GetBytes(SnapshotFiles.RouteJson(route)), bytes);
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.Contains("\"name\": \"a_80\"", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_smaller_route_config_after_a_larger_one_on_the_same_thread_has_only_its_own_json()
    {
        SnapshotFiles.RouteJsonBytes(Route("big_80", 700));
        var small = Route("b_80", 1);

        Assert.Equal(Encoding.UTF8.GetBytes(SnapshotFiles.RouteJson(small)), SnapshotFiles.RouteJsonBytes(small));
    }

    public static TheoryData<string, string[]> Snapshots => new()
    {
        { "abc123", ["a_80", "b_20880", "empty_1", "unicode_9090"] },
        { string.Empty, ["only_80"] },
        { "c0ffee", [] },
    };

    [Theory]
    [MemberData(nameof(Snapshots))]
    public void The_binary_framed_around_each_route_configs_bytes_is_the_snapshots_own_serialisation(string sourceCommit, string[] names)
    {
        var configs = names.Select((name, i) => name == "empty_1" ? new RouteConfiguration { Name = name } : Route(name, 1 + (i * 90)).RouteConfig).ToList();
        configs.Add(new RouteConfiguration()); // no name at all: an empty route_config is still written as present

        var (snapshot, bytes) = RouteSnapshotFactory.CreateSerialized(configs, sourceCommit);

        Assert.NotNull(bytes);
        Assert.Equal(snapshot.Routes.Select(r => r.RouteConfig.ToByteArray()), bytes);
        var framed = SnapshotFiles.BinaryBytes(snapshot, bytes);
        Assert.Equal(snapshot.ToByteArray(), framed);
        Assert.Equal(snapshot, RouteSnapshot.Parser.ParseFrom(framed));
        Assert.Equal(snapshot.ToByteArray(), SnapshotFiles.BinaryBytes(snapshot));
    }

    [Fact]
    public void Versions_given_by_the_caller_leave_no_bytes_and_the_binary_is_serialised_whole()
    {
        var (snapshot, bytes) = RouteSnapshotFactory.CreateSerialized([Route("a_80", 2).RouteConfig], null, _ => "remembered");

        Assert.Null(bytes);
        Assert.Equal("remembered", snapshot.Routes.Single().Version);
        Assert.Equal(snapshot.ToByteArray(), SnapshotFiles.BinaryBytes(snapshot, bytes));
        Assert.Throws<ArgumentException>(() => SnapshotFiles.BinaryBytes(snapshot, []));
    }
}
