using System.Diagnostics;

namespace AerakiGitOps.Cli.Benchmarking;

/// <summary>CPU time and peak memory of this process, for `render --timings` and the benchmarks.</summary>
public sealed record ResourceUsage(TimeSpan CpuTime, long PeakWorkingSetBytes)
{
    public static ResourceUsage Current()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new ResourceUsage(process.TotalProcessorTime, process.PeakWorkingSet64);
    }
}
