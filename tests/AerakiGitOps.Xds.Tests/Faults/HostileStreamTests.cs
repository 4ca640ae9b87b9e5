using AerakiGitOps.Xds.Snapshots;
using AerakiGitOps.Xds.Server;
using AerakiGitOps.Xds.Tests.Infrastructure;
using Grpc.Core;
using static AerakiGitOps.Xds.Tests.Infrastructure.ProtocolHarness;

namespace AerakiGitOps.Xds.Tests.Faults;

/// <summary>
/// Streams that do not speak xDS: bytes that are no protobuf message, and a request far above the size
/// limit. The offending stream ends; a well-behaved client on the same server keeps its routes and
/// still receives changes.
/// </summary>
public sealed class HostileStreamTests
{
    private static readonly Method<byte[], byte[]> RawStreamRoutes = new(
        MethodType.DuplexStreaming,
        "envoy.service.route.v3.RouteDiscoveryService",
        "StreamRoutes",
        Marshallers.Create(b => b, b => b),
        Marshallers.Create(b => b, b => b));

    [Theory]
    [InlineData(16)]
    [InlineData(4096)]
    [InlineData(2 * 1024 * 1024)]
    public async Task Garbage_bytes_end_only_the_stream_that_sent_them(int length)
    {
        await using var server = await TestServer.StartAsync(TestRoutes.Snapshot("c1", ("a_1", "ca")));
        await using var healthy = XdsClients.Sotw(server.Channel(), XdsApi.Rds);
        await healthy.SendAsync(Sotw(names: ["a_1"]));
        var first = await healthy.NextAsync();
        await healthy.SendAsync(Sotw(nonce: first.Nonce, version: first.VersionInfo, names: ["a_1"]));

        var garbage = new byte[length];
        new Random(length).NextBytes(garbage);
        garbage[0] = 0xFF;  // an invalid field tag: never a valid DiscoveryRequest
        using var hostile = server.Channel().CreateCallInvoker().AsyncDuplexStreamingCall(RawStreamRoutes, null, default);
        var status = await SendAndWaitForEndAsync(hostile, garbage);

        server.Host.Cache.Publish(XdsSnapshot.Create(TestRoutes.Snapshot("c2", ("a_1", "changed"))));
        var second = await healthy.NextAsync();

        Assert.True(status.StatusCode is StatusCode.InvalidArgument or StatusCode.ResourceExhausted or StatusCode.Cancelled, $"status {status}");
        Assert.Equal("changed", TestRoutes.ClusterOf(Assert.Single(second.Resources)));
        await Eventually.TrueAsync(() => server.Host.Clients.Count == 1, "the hostile stream to be gone");
        await Eventually.TrueAsync(() => server.Logs.Count(114) + server.Logs.Count(111) == 1, "the log line of the ended stream");
    }

    /// <summary>
    /// Writes the message and reads until the server ends the call, as a real client does: reading does not wait
    /// for the write, because a server that rejects a message stops reading the rest of it, and a write of more
    /// bytes than the flow-control window then never completes (the call's disposal cancels it).
    /// </summary>
    private static async Task<Status> SendAndWaitForEndAsync(AsyncDuplexStreamingCall<byte[], byte[]> call, byte[] message)
    {
        var write = call.RequestStream.WriteAsync(message);
        _ = write.ContinueWith(static w => w.Exception, TaskContinuationOptions.OnlyOnFaulted); // observed: it fails once the call ends
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            while (await call.ResponseStream.MoveNext(timeout.Token))
            {
                // A response to garbage would be a bug too; the status below tells.
            }

            return call.GetStatus();
        }
        catch (RpcException ex)
        {
            Assert.False(timeout.IsCancellationRequested, "the server did not end the hostile call within 30 s");
            return ex.Status;
        }
    }
}
