using System.Globalization;
using System.Diagnostics;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Xds.Sources;

namespace AerakiGitOps.Cli.Benchmarking;

/// <summary>
/// The <c>serve</c> benchmark: commit-to-ACK latency, isolation of unaffected streams, idle memory per
/// stream and a connect storm, all over loopback against an in-process server; plus the one-file
/// recompile time of the git source at a large repository.
/// </summary>
public static class ServeBench
{
    /// <summary>Runs every stream count of <paramref name="options"/>, printing progress to <paramref name="log"/>.</summary>
    public static async Task<(IReadOnlyList<ServeBenchRun> Runs, ServeBenchRecompile? Recompile)> RunAsync(ServeBenchOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var runs = new List<ServeBenchRun>();
        using (var repository = new ServeBenchRepository(options.Services, options.Seed))
        {
            foreach (var streamCount in options.Streams)
            {
                log.WriteLine($"serving {options.Services} services to {streamCount} streams");
                await using var session = new ServeBenchSession(options, repository, streamCount, log);
                runs.Add(await session.RunAsync());
            }
        }

        var recompile = options.RecompileServices > 0 ? await RecompileAsync(options, log) : null;
        return (runs, recompile);
    }

    private const int WarmUpCommits = 3;

    /// <summary>Times the git source's load of one-file commits (with its parse cache warm) at a large repository.</summary>
    private static async Task<ServeBenchRecompile> RecompileAsync(ServeBenchOptions options, TextWriter log)
    {
        log.WriteLine($"recompile: generating and compiling {options.RecompileServices} services");
        using var repository = new ServeBenchRepository(options.RecompileServices, options.Seed);
        using var source = new GitSnapshotSource(repository.Path, "HEAD", null, new CompileOptions());
        var cold = await TimeLoadAsync(source);
        var coldStages = source.LastTimings;

        // A reconciler runs for days: the first commits after start-up still run code the JIT has not
        // optimised yet, so they are timed apart (warm-up) from the steady state the p50 describes.
        var warmUp = new List<double>();
        var runs = new List<(double Ms, StageTimings? Stages)>();
        for (var repetition = 0; repetition < WarmUpCommits + Math.Max(options.Repetitions, 3); repetition++)
        {
            repository.ChangeService((int)((repetition * 7919L + 13) % options.RecompileServices));
            var elapsed = await TimeLoadAsync(source);
            if (repetition < WarmUpCommits)
            {
                warmUp.Add(elapsed);
            }
            else
            {
                runs.Add((elapsed, source.LastTimings));
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  one-file commit: {elapsed:F0} ms, in a no-GC region: {source.LastCompileGc.InRegion}, GC pauses {source.LastCompileGc.GcPauses.TotalMilliseconds:F0} ms"));
            }
        }

        var median = runs.OrderBy(r => r.Ms).ElementAt(runs.Count / 2);
        return new ServeBenchRecompile(options.RecompileServices, cold, coldStages, [.. runs.Select(r => r.Ms)], median.Stages) { WarmUpMs = warmUp };
    }

    private static async Task<double> TimeLoadAsync(GitSnapshotSource source)
    {
        var watch = Stopwatch.StartNew();
        var result = await source.LoadAsync(CancellationToken.None);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        return result.Outcome == SnapshotLoadOutcome.Loaded
            ? elapsed
            : throw new InvalidOperationException($"load was {result.Outcome}: {result.Diagnostics}");
    }
}
