using System.Collections.Concurrent;

namespace AerakiGitOps.Compiler.Pipeline;

/// <summary>
/// Maps a list in parallel into an array in the list's order. Each worker takes contiguous ranges and writes
/// straight into its slots, so there is no per-item lock or merge: PLINQ's ordered merge cost more than the
/// work when most items are cache hits of a microsecond (a one-file recompile of 10,000 services).
/// </summary>
internal static class OrderedParallel
{
    private const int SequentialBelow = 64;

    public static TOut[] Map<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map)
    {
        var results = new TOut[items.Count];
        if (items.Count < SequentialBelow)
        {
            for (var i = 0; i < results.Length; i++)
            {
                results[i] = map(items[i]);
            }

            return results;
        }

        // Ranges small enough to balance uneven items (a first compile renders, a recompile mostly reuses).
        var rangeSize = Math.Max(16, items.Count / (Environment.ProcessorCount * 16));
        Parallel.ForEach(Partitioner.Create(0, items.Count, rangeSize), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                results[i] = map(items[i]);
            }
        });
        return results;
    }
}
