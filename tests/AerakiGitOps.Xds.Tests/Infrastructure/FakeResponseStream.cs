using System.Threading.Channels;
using Grpc.Core;

namespace AerakiGitOps.Xds.Tests.Infrastructure;

/// <summary>
/// The client side of a response stream, in memory. <see cref="Block"/> makes writes hang like a
/// client that stopped reading (HTTP/2 flow control), to test that it delays nobody else.
/// </summary>
internal sealed class FakeResponseStream<T> : IServerStreamWriter<T>
{
    private readonly Channel<T> written = Channel.CreateUnbounded<T>();
    private TaskCompletionSource gate = CompletedGate();

    public WriteOptions? WriteOptions { get; set; }

    public void Block() => gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Unblock() => gate.TrySetResult();

    public Task WriteAsync(T message) => WriteAsync(message, CancellationToken.None);

    public async Task WriteAsync(T message, CancellationToken cancellationToken)
    {
        await gate.Task.WaitAsync(cancellationToken);
        written.Writer.TryWrite(message);
    }

    /// <summary>The next response; fails the test after a generous timeout.</summary>
    public async Task<T> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        return await written.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Every response written until nothing more arrives for <paramref name="quietMilliseconds"/>.</summary>
    public async Task<IReadOnlyList<T>> DrainAsync(int quietMilliseconds = 150)
    {
        var all = new List<T>();
        while (true)
        {
            using var quiet = new CancellationTokenSource(quietMilliseconds);
            try
            {
                all.Add(await written.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException)
            {
                return all;
            }
        }
    }

    /// <summary>Asserts that nothing is written within a short quiet period.</summary>
    public async Task ExpectNothingAsync(int milliseconds = 150)
    {
        await Task.Delay(milliseconds);
        Assert.False(written.Reader.TryRead(out var unexpected), $"unexpected response: {unexpected}");
    }

    private static TaskCompletionSource CompletedGate()
    {
        var source = new TaskCompletionSource();
        source.SetResult();
        return source;
    }
}
