using System.Diagnostics;
using System.Globalization;

namespace AerakiGitOps.Cli.Benchmarking;

/// <summary>
/// CPU time, peak memory and minor page faults of this process, for `render --timings` and the benchmarks. Page
/// faults are counted on Linux only (null elsewhere): on a virtual machine whose host backs memory on first touch,
/// each new page of the heap costs about 10 µs, so memory shows up as time (docs/performance.md).
/// </summary>
public sealed record ResourceUsage(TimeSpan CpuTime, long PeakWorkingSetBytes, long? MinorPageFaults)
{
    public static ResourceUsage Current()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new ResourceUsage(process.TotalProcessorTime, process.PeakWorkingSet64, MinorFaultsOfThisProcess());
    }

    /// <summary>The <c>minflt</c> field of /proc/self/stat: the tenth field, the eighth after the parenthesised command name.</summary>
    internal static long? MinorFaults(string stat)
    {
        var afterName = stat.LastIndexOf(')');
        if (afterName < 0)
        {
            return null;
        }

        var fields = stat[(afterName + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 7 && long.TryParse(fields[7], NumberStyles.None, CultureInfo.InvariantCulture, out var faults) ? faults : null;
    }

    private static long? MinorFaultsOfThisProcess()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return MinorFaults(File.ReadAllText("/proc/self/stat"));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
