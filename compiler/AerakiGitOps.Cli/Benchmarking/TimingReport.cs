using System.Globalization;
using System.Runtime;
using AerakiGitOps.Compiler.Pipeline;

namespace AerakiGitOps.Cli.Benchmarking;

/// <summary>
/// The `--timings` line: one machine-readable line per run, parsed by `bench` (page_faults on Linux only).
/// jit_ms is the CPU time the JIT spent in the process so far (tier-1 recompilation on a background thread included);
/// jit_methods the methods it compiled (0 in the native build); gc_server 1 when the collector runs as server GC.
/// </summary>
public static class TimingReport
{
    public const string Prefix = "timings:";

    public static void Write(TextWriter writer, StageTimings stages, TimeSpan write, TimeSpan wall)
    {
        var usage = ResourceUsage.Current();
        var faults = usage.MinorPageFaults is { } count ? string.Create(CultureInfo.InvariantCulture, $" page_faults={count}") : string.Empty;
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Prefix} wall_ms={wall.TotalMilliseconds:F1} cpu_ms={usage.CpuTime.TotalMilliseconds:F1} peak_mb={usage.PeakWorkingSetBytes / 1048576.0:F1} read_ms={stages.Read.TotalMilliseconds:F1} " +
            $"load_ms={stages.Load.TotalMilliseconds:F1} schema_ms={stages.Schema.TotalMilliseconds:F1} model_ms={stages.Model.TotalMilliseconds:F1} " +
            $"rules_ms={stages.Rules.TotalMilliseconds:F1} render_ms={stages.Render.TotalMilliseconds:F1} emit_ms={stages.Emit.TotalMilliseconds:F1} write_ms={write.TotalMilliseconds:F1} " +
            $"gc_pause_ms={GC.GetTotalPauseDuration().TotalMilliseconds:F1} gc_count={GC.CollectionCount(0)} gen2_count={GC.CollectionCount(2)} gc_server={(GCSettings.IsServerGC ? 1 : 0)} allocated_mb={GC.GetTotalAllocatedBytes() / 1048576.0:F1} " +
            $"jit_ms={JitInfo.GetCompilationTime().TotalMilliseconds:F1} jit_methods={JitInfo.GetCompiledMethodCount()}{faults}"));
    }

    /// <summary>Reads a `--timings` line back into named values.</summary>
    public static IReadOnlyDictionary<string, double> Parse(string line)
        => line[Prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .ToDictionary(kv => kv[0], kv => double.Parse(kv[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
