using System.Threading.Channels;
using Grpc.Core;

namespace AerakiGitOps.Xds.Tests.Infrastructure;

/// <summary>The client side of a request stream, in memory.</summary>
internal sealed class FakeRequestStream<T> : IAsyncStreamReader<T>
{
    private readonly Channel<T> channel = Channel.CreateUnbounded<T>();

    public T Current { get; private set; } = default!;

    public void Send(T request) => channel.Writer.TryWrite(request);

    public void Complete() => channel.Writer.TryComplete();

    public async Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        if (!await channel.Reader.WaitToReadAsync(cancellationToken))
        {
            return false;
        }

        Current = await channel.Reader.ReadAsync(cancellationToken);
        return true;
    }
}
