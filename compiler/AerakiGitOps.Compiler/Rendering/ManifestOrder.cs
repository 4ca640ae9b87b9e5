using AerakiGitOps.Compiler.Rendering.Manifests;

namespace AerakiGitOps.Compiler.Rendering;

/// <summary>
/// The output order of manifests: by path, ordinally; manifests with one path (a conflict the consistency check
/// reports) keep their planned order. A long-running compiler keeps the order of its last sort: when every path
/// is one it has seen, each at most once, the manifests are placed by rank in linear time instead of sorted
/// again (a recompile of 10,000 services sorts 36,000 paths that share long prefixes).
/// </summary>
internal sealed class ManifestOrder
{
    private Dictionary<string, int> _ranks = new(StringComparer.Ordinal);

    /// <summary>Whether the last sort placed the manifests by their kept rank (false: it sorted them).</summary>
    internal bool LastPlacedByRank { get; private set; }

    /// <summary>Sorts <paramref name="manifests"/> in place; <paramref name="memo"/>, when given, is used and then updated.</summary>
    internal static void Sort(RenderedManifest[] manifests, ManifestOrder? memo)
    {
        if (memo is not null && (memo.LastPlacedByRank = memo.TryPlaceByRank(manifests)))
        {
            return;
        }

        StableOrdinalSort.Sort(manifests, m => m.Path);
        memo?.Remember(manifests);
    }

    private bool TryPlaceByRank(RenderedManifest[] manifests)
    {
        var slots = new RenderedManifest?[_ranks.Count];
        foreach (var manifest in manifests)
        {
            if (!_ranks.TryGetValue(manifest.Path, out var rank) || slots[rank] is not null)
            {
                return false; // a new path, or a path twice: sort
            }

            slots[rank] = manifest;
        }

        var next = 0;
        foreach (var manifest in slots)
        {
            if (manifest is not null)
            {
                manifests[next++] = manifest;
            }
        }

        return true;
    }

    private void Remember(RenderedManifest[] sorted)
    {
        var ranks = new Dictionary<string, int>(sorted.Length, StringComparer.Ordinal);
        foreach (var manifest in sorted)
        {
            ranks.TryAdd(manifest.Path, ranks.Count);
        }

        _ranks = ranks;
    }
}
