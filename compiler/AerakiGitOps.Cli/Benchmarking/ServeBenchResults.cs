using System.Globalization;
using AerakiGitOps.Compiler.Pipeline;

namespace AerakiGitOps.Cli.Benchmarking;

/// <summary>One one-file commit pushed to the connected streams.</summary>
/// <param name="Service">Index of the changed service.</param>
/// <param name="Affected">Streams subscribed to its route configuration.</param>
/// <param name="CommitToAckMs">From the commit to the last affected stream's ACK of the new version.</param>
/// <param name="LoadMs">Of which: the source's load (git read and compile) as the reconciler timed it.</param>
/// <param name="UnaffectedBytes">Response bytes received by all other streams (0 expected).</param>
/// <param name="UnaffectedResponses">Responses received by all other streams (0 expected).</param>
/// <param name="Pushes">Responses the server counted as sent for this commit.</param>
public sealed record ServeBenchPush(int Service, int Affected, double CommitToAckMs, double LoadMs, long UnaffectedBytes, long UnaffectedResponses, long Pushes);

/// <summary>The figures of one stream count.</summary>
/// <param name="Streams">Connected SotW RDS streams.</param>
/// <param name="Services">Services in the served repository.</param>
/// <param name="Connections">HTTP/2 connections carrying them.</param>
/// <param name="StormFirstResponseMs">Connect storm: all streams opened at once until the last first response.</param>
/// <param name="StormAckedMs">Connect storm: until the last first ACK was written.</param>
/// <param name="ManagedBytesPerStream">Idle managed heap growth per stream after a full GC (client and server side).</param>
/// <param name="WorkingSetBytesPerStream">Idle working set growth per stream (client and server side).</param>
/// <param name="Commits">The one-file commits.</param>
public sealed record ServeBenchRun(
    int Streams,
    int Services,
    int Connections,
    double StormFirstResponseMs,
    double StormAckedMs,
    double ManagedBytesPerStream,
    double WorkingSetBytesPerStream,
    IReadOnlyList<ServeBenchPush> Commits)
{
    /// <summary>Nearest-rank percentile of the commit-to-ACK times.</summary>
    public double CommitToAck(double percentile) => ServeBenchStatistics.Percentile(Commits.Select(c => c.CommitToAckMs), percentile);

    public string Format()
    {
        var c = CultureInfo.InvariantCulture;
        return string.Create(c, $"""
            streams={Streams} services={Services} connections={Connections}
              connect storm: all first responses {StormFirstResponseMs:F0} ms, all ACKed {StormAckedMs:F0} ms
              idle memory per stream: managed {ManagedBytesPerStream / 1024:F1} KiB, working set {WorkingSetBytesPerStream / 1024:F1} KiB (client and server in one process)
              commit-to-ACK over {Commits.Count} commits: p50 {CommitToAck(50):F0} ms, p95 {CommitToAck(95):F0} ms, max {Commits.Max(x => x.CommitToAckMs):F0} ms; of which load (git read and compile) p50 {ServeBenchStatistics.Percentile(Commits.Select(x => x.LoadMs), 50):F0} ms, rest (publish, push, ACK) p50 {ServeBenchStatistics.Percentile(Commits.Select(x => x.CommitToAckMs - x.LoadMs), 50):F0} ms
              affected streams per commit: {string.Join(",", Commits.Select(x => x.Affected))}; server pushes per commit: {string.Join(",", Commits.Select(x => x.Pushes))}
              unaffected streams received: {Commits.Sum(x => x.UnaffectedBytes)} bytes in {Commits.Sum(x => x.UnaffectedResponses)} responses
            """);
    }
}

/// <summary>One-file recompile inside <c>serve</c>: the git source's load of a changed commit.</summary>
/// <param name="Services">Repository size.</param>
/// <param name="ColdLoadMs">First load, empty parse cache.</param>
/// <param name="ColdStages">Its compiler stages.</param>
/// <param name="OneFileLoadMs">Loads of one-file commits, parse cache warm.</param>
/// <param name="MedianStages">Compiler stages of the median one-file load.</param>
public sealed record ServeBenchRecompile(int Services, double ColdLoadMs, StageTimings? ColdStages, IReadOnlyList<double> OneFileLoadMs, StageTimings? MedianStages)
{
    /// <summary>The one-file commits right after the cold load, timed apart (the JIT is still optimising).</summary>
    public IReadOnlyList<double> WarmUpMs { get; init; } = [];

    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"""
        recompile services={Services}: cold load {ColdLoadMs:F0} ms; warm-up commits {string.Join(", ", WarmUpMs.Select(m => m.ToString("F0", CultureInfo.InvariantCulture)))} ms; then one-file change p50 {ServeBenchStatistics.Percentile(OneFileLoadMs, 50):F0} ms, p95 {ServeBenchStatistics.Percentile(OneFileLoadMs, 95):F0} ms (n={OneFileLoadMs.Count})
          cold stages: {Stages(ColdStages)}
          one-file stages (median run): {Stages(MedianStages)}
        """);

    private static string Stages(StageTimings? t) => t is null
        ? "-"
        : string.Create(CultureInfo.InvariantCulture, $"load {t.Load.TotalMilliseconds:F0} schema {t.Schema.TotalMilliseconds:F0} model {t.Model.TotalMilliseconds:F0} rules {t.Rules.TotalMilliseconds:F0} render {t.Render.TotalMilliseconds:F0} emit {t.Emit.TotalMilliseconds:F0} ms (git read and the rest outside these)");
}

/// <summary>Percentiles for small samples.</summary>
internal static class ServeBenchStatistics
{
    public static double Percentile(IEnumerable<double> values, double percentile)
    {
        var sorted = values.OrderBy(v => v).ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
