namespace AerakiGitOps.Xds.Server;

/// <summary>
/// How much work the streams did, summed over all streams: the tests use these to check that a
/// stream's cost follows what changed, not how many names it subscribes to. Not exported as metrics.
/// </summary>
internal sealed class StreamWorkCounters
{
    private long wakeUps;
    private long builds;
    private long namesExamined;

    /// <summary>Times a send loop was woken, by a request or by a snapshot change.</summary>
    public long WakeUps => Interlocked.Read(ref wakeUps);

    /// <summary>Times a send loop computed responses.</summary>
    public long Builds => Interlocked.Read(ref builds);

    /// <summary>
    /// Names looked up while matching snapshot changes against streams and while building responses.
    /// </summary>
    public long NamesExamined => Interlocked.Read(ref namesExamined);

    public void WokeUp() => Interlocked.Increment(ref wakeUps);

    public void Built() => Interlocked.Increment(ref builds);

    public void Examined(int names)
    {
        if (names > 0)
        {
            Interlocked.Add(ref namesExamined, names);
        }
    }
}
