using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Xds.Server;
using AerakiGitOps.Xds.Sources;
using AerakiGitOps.Xds.Tests.Infrastructure;
using static AerakiGitOps.Xds.Tests.Infrastructure.ProtocolHarness;

namespace AerakiGitOps.Xds.Tests.Faults;

/// <summary>
/// The server killed while proxies are connected and restarted on the same source: proxies reconnect,
/// get byte-identical versions, and a delta client that presents what it holds receives nothing again.
/// </summary>
public sealed class RestartTests
{
    [Fact]
    public async Task A_server_restarted_mid_stream_on_the_same_source_serves_the_same_versions_and_resends_nothing_to_delta_clients()
    {
        using var repository = new PolicyRepository();
        string name;
        string version;
        await using (var server = await TestServer.StartAsync(new GitSnapshotSource(repository.Path, "HEAD", null, new CompileOptions())))
        {
            name = server.Host.Cache.Current!.Resources.Keys.Order(StringComparer.Ordinal).First();
            await using var call = XdsClients.Delta(server.Channel(), XdsApi.Rds);
            await call.SendAsync(Delta(subscribe: [name]));
            var response = await call.NextAsync();
            version = Assert.Single(response.Resources).Version;

            // Killed with the stream open and its response not yet ACKed.
        }

        await using var restarted = await TestServer.StartAsync(new GitSnapshotSource(repository.Path, "HEAD", null, new CompileOptions()));
        await using var again = XdsClients.Delta(restarted.Channel(), XdsApi.Rds);
        var resume = Delta(subscribe: [name]);
        resume.InitialResourceVersions.Add(name, version);
        await again.SendAsync(resume);

        Assert.Equal(version, restarted.Host.Cache.Current!.Resources[name].Version);
        await again.ExpectNothingAsync();
    }
}
