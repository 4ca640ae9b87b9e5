using System.Collections.Concurrent;

namespace AerakiGitOps.Compiler.Loading;

/// <summary>
/// Contents of git blobs by id, kept between reads of one repository (a blob id names its content, so an
/// entry never goes stale). A long-running reader such as the reconciler then inflates only the blobs a
/// new commit added; blobs the latest read did not list are dropped.
/// </summary>
public sealed class BlobContentCache
{
    private readonly ConcurrentDictionary<string, byte[]> _contents = new(StringComparer.Ordinal);

    /// <summary>Blobs held.</summary>
    public int Count => _contents.Count;

    /// <summary>Blobs the latest read took from the cache instead of inflating them.</summary>
    public int LastReused { get; private set; }

    internal byte[] GetOrRead(string blobId, Func<byte[]> read, ref int reused)
    {
        if (_contents.TryGetValue(blobId, out var content))
        {
            reused++;
            return content;
        }

        return _contents[blobId] = read();
    }

    /// <summary>Keeps only the blobs of the latest read.</summary>
    internal void Retain(IEnumerable<PolicyFile> files, int reused)
    {
        var keep = files.Select(f => f.BlobId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var id in _contents.Keys)
        {
            if (!keep.Contains(id))
            {
                _contents.TryRemove(id, out _);
            }
        }

        LastReused = reused;
    }
}
