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
}
