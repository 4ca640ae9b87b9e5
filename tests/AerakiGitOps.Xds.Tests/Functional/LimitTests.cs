using AerakiGitOps.Xds.Hosting;
using AerakiGitOps.Xds.Server;
using AerakiGitOps.Xds.Tests.Infrastructure;
using Grpc.Core;
using static AerakiGitOps.Xds.Tests.Infrastructure.ProtocolHarness;

namespace AerakiGitOps.Xds.Tests.Functional;

/// <summary>Limits and start-up validation on the real host.</summary>
public sealed class LimitTests
{
    [Fact]
    public async Task A_request_above_the_message_size_limit_ends_the_stream_with_resource_exhausted_and_a_log_line()
    {
        await using var server = await TestServer.StartAsync(TestRoutes.Snapshot("c1", ("a_1", "ca")), o => o.Server.MaxReceiveMessageBytes = 1024);
        await using var call = XdsClients.Sotw(server.Channel(), XdsApi.Rds);

        await call.SendAsync(Sotw(names: [new string('x', 4096)]));
        var status = await call.EndAsync();

        Assert.Equal(StatusCode.ResourceExhausted, status.StatusCode);
        await Eventually.TrueAsync(() => server.Logs.Count(111) == 1, "the size limit log line");
    }

    [Fact]
    public void A_listen_address_that_is_not_ip_and_port_is_rejected()
    {
        Assert.Throws<FormatException>(() => ListenAddress.Parse("aeraki.istio-system:15010"));
        Assert.Equal(15010, ListenAddress.Parse("0.0.0.0:15010").Port);
        Assert.Equal("127.0.0.1:8080", ListenAddress.Parse("localhost:8080").ToString());
        Assert.Equal(15010, ListenAddress.Parse("[::]:15010").Port);
    }

    [Fact]
    public void A_client_ca_without_a_server_certificate_is_a_usage_error()
    {
        var options = new XdsHostOptions { XdsListen = "127.0.0.1:0", HttpListen = "127.0.0.1:0", ClientCaPath = "ca.pem" };

        Assert.Throws<ArgumentException>(() => XdsServerHost.Create(options, new ScriptedSnapshotSource()));
    }

    [Fact]
    public void A_missing_certificate_file_is_a_usage_error()
    {
        var options = new XdsHostOptions { XdsListen = "127.0.0.1:0", HttpListen = "127.0.0.1:0", TlsCertificatePath = "/nonexistent/tls.crt", TlsKeyPath = "/nonexistent/tls.key" };

        Assert.Throws<ArgumentException>(() => XdsServerHost.Create(options, new ScriptedSnapshotSource()));
    }

    [Fact]
    public async Task Run_serves_until_its_token_is_cancelled_and_then_shuts_down()
    {
        var source = new ScriptedSnapshotSource().Then(AerakiGitOps.Xds.Sources.SnapshotLoadResult.Loaded(TestRoutes.Snapshot("c1", ("a_1", "ca"))));
        var options = new XdsHostOptions { XdsListen = "127.0.0.1:0", HttpListen = "127.0.0.1:0", ConfigureLogging = _ => { } };
        await using var host = XdsServerHost.Create(options, source);
        using var stop = new CancellationTokenSource();

        var run = host.RunAsync(stop.Token);
        await Eventually.TrueAsync(() => host.HttpEndPoint is { Port: > 0 }, "the server to listen");
        using var http = new HttpClient { BaseAddress = new Uri($"http://{host.HttpEndPoint}") };
        var ready = await http.GetAsync("/readyz");
        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync("/healthz"));
    }
}
