using System.Globalization;

namespace AerakiGitOps.Cli.Benchmarking;

/// <summary>
/// The rows of a `bench` run with several rounds: every round renders each size once, in the order given, so
/// consecutive sizes are measured in pairs under the same state of the host. Growth is judged per round (the
/// larger size's pipeline time against the smaller one's, per service) and summarised by its median, which a
/// host that turns slower for one render does not move.
/// </summary>
public sealed class BenchRounds(IReadOnlyList<int> sizes)
{
    private readonly List<BenchRunner.Row[]> _rounds = [];

    public IReadOnlyList<int> Sizes => sizes;

    public int Count => _rounds.Count;

    /// <summary>Adds one round: one row per size, in the order of <see cref="Sizes"/>.</summary>
    public void Add(IReadOnlyList<BenchRunner.Row> round)
    {
        if (round.Count != sizes.Count || round.Where((row, i) => row.Services != sizes[i]).Any())
        {
            throw new ArgumentException($"a round has one row per size, in the order {string.Join(", ", sizes)}", nameof(round));
        }

        _rounds.Add([.. round]);
    }

    /// <summary>
    /// How much faster than linear the pipeline time grows from size <paramref name="index"/> - 1 to size
    /// <paramref name="index"/>: the median over the rounds of (time ratio / size ratio); 1 is linear. Rounds in which
    /// either render failed (no timings) are left out; NaN when none is left.
    /// </summary>
    public double Growth(int index)
    {
        if (index < 1 || index >= sizes.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), "growth is between a size and the one before it");
        }

        var sizeRatio = (double)sizes[index] / sizes[index - 1];
        var ratios = _rounds
            .Where(round => round[index].PipelineMs > 0 && round[index - 1].PipelineMs > 0)
            .Select(round => round[index].PipelineMs / round[index - 1].PipelineMs / sizeRatio)
            .ToArray();
        return ratios.Length == 0 ? double.NaN : Median(ratios);
    }

    /// <summary>One line per size: process time (minimum, median, maximum over the rounds) and the median pipeline time.</summary>
    public IEnumerable<string> SummaryLines()
    {
        for (var i = 0; i < sizes.Count; i++)
        {
            var process = _rounds.Select(round => round[i].ProcessWallMs).Order().ToArray();
            var pipeline = Median(_rounds.Select(round => round[i].PipelineMs));
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{sizes[i]} services over {_rounds.Count} rounds: process_ms min {process[0]:F0}, median {Median(process):F0}, max {process[^1]:F0}; pipeline_ms median {pipeline:F0}");
        }
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("no values", nameof(values));
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
