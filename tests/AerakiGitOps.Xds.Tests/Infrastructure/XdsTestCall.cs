using System.Threading.Channels;
using Grpc.Core;

namespace AerakiGitOps.Xds.Tests.Infrastructure;

/// <summary>
/// A real gRPC duplex call with a background reader, so a test can wait for "nothing arrives"
/// without cancelling the call (cancelling MoveNext would cancel the whole call in grpc-dotnet).
/// </summary>
internal sealed class XdsTestCall<TRequest, TResponse> : IAsyncDisposable
{
    private readonly AsyncDuplexStreamingCall<TRequest, TResponse> call;
    private readonly Channel<TResponse> received = Channel.CreateUnbounded<TResponse>();
    private readonly Task pump;

    public XdsTestCall(AsyncDuplexStreamingCall<TRequest, TResponse> call)
    {
        this.call = call;
        pump = Task.Run(async () =>
        {
            try
            {
                while (await call.ResponseStream.MoveNext(CancellationToken.None))
                {
                    received.Writer.TryWrite(call.ResponseStream.Current);
                }

                received.Writer.TryComplete();
            }
            catch (RpcException ex)
            {
                received.Writer.TryComplete(ex);
            }
            catch (ObjectDisposedException)
            {
                // DisposeAsync disposed the call under a pending read; grpc-dotnet reports that either as a
                // cancelled RpcException or as this, depending on timing.
                received.Writer.TryComplete();
            }
        });
    }

    public Task SendAsync(TRequest request) => call.RequestStream.WriteAsync(request);

    public async Task<TResponse> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            return await received.Reader.ReadAsync(timeout.Token);
        }
        catch (ChannelClosedException ex) when (ex.InnerException is RpcException error)
        {
            // The call failed: surface the gRPC status, as a proxy would see it.
            throw error;
        }
    }

    public async Task ExpectNothingAsync(int milliseconds = 200)
    {
        await Task.Delay(milliseconds);
        Assert.False(received.Reader.TryRead(out var unexpected), $"unexpected response: {unexpected}");
    }

    /// <summary>Waits until the server ends the call and returns its status.</summary>
    public async Task<Status> EndAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            while (await received.Reader.WaitToReadAsync(timeout.Token))
            {
                received.Reader.TryRead(out _);
            }
        }
        catch (RpcException ex)
        {
            return ex.Status;
        }

        return call.GetStatus();
    }

    public async ValueTask DisposeAsync()
    {
        call.Dispose();
        await pump.WaitAsync(TimeSpan.FromSeconds(15));
    }
}
