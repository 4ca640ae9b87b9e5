using AerakiGitOps.Protos.Snapshot;
using AerakiGitOps.Xds.Snapshots;
using AerakiGitOps.Xds.Tests.Infrastructure;
using Google.Protobuf;

namespace AerakiGitOps.Xds.Tests.Snapshots;

public sealed class XdsSnapshotTests
{
    [Fact]
    public void A_snapshot_keeps_the_compiled_versions_commit_and_bytes()
    {
        var source = TestRoutes.Snapshot("abc123", ("a_1", "ca"));

        var snapshot = XdsSnapshot.Create(source);

        Assert.Equal(source.Version, snapshot.Version);
        Assert.Equal("abc123", snapshot.SourceCommit);
        var resource = snapshot.Resources["a_1"];
        Assert.Equal(source.Routes[0].Version, resource.Version);
        Assert.Equal(source.Routes[0].RouteConfig.ToByteString(), resource.Bytes);
        Assert.Equal(XdsTypeUrls.RouteConfiguration, resource.ToAny().TypeUrl);
    }

    [Fact]
    public void Missing_versions_are_computed_from_the_content()
    {
        var source = TestRoutes.Snapshot("", ("a_1", "ca"));
        var expectedRoute = source.Routes[0].Version;
        source.Version = "";
        source.Routes[0].Version = "";

        var snapshot = XdsSnapshot.Create(source);

        Assert.Equal(expectedRoute, snapshot.Resources["a_1"].Version);
        Assert.Equal(ContentHash.OfPairs([KeyValuePair.Create("a_1", expectedRoute)]), snapshot.Version);
    }

    [Fact]
    public void A_route_config_whose_name_differs_from_its_resource_name_is_rejected()
    {
        var source = new RouteSnapshot { Version = "v" };
        source.Routes.Add(new SnapshotRoute { Name = "a_1", Version = "x", RouteConfig = TestRoutes.Config("other_2", "c") });

        Assert.Null(XdsSnapshot.TryCreate(source, out var error));
        Assert.Contains("other_2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_appears_twice_is_rejected()
    {
        var source = TestRoutes.Snapshot("", ("a_1", "ca"));
        source.Routes.Add(source.Routes[0].Clone());

        Assert.Null(XdsSnapshot.TryCreate(source, out var error));
        Assert.Contains("twice", error, StringComparison.Ordinal);
    }
}
