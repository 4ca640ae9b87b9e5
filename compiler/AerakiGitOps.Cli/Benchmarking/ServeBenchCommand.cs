using System.CommandLine;
using System.Globalization;

namespace AerakiGitOps.Cli.Benchmarking;

/// <summary>
/// `bench-serve`: the <c>serve</c> benchmark (see <see cref="ServeBench"/>). <c>--smoke</c> runs a small
/// configuration for CI and exits 1 when a commit takes more than <see cref="SmokeCommitToAckLimitMs"/>
/// to be ACKed or an unaffected stream receives anything.
/// </summary>
internal static class ServeBenchCommand
{
    /// <summary>Generous bound of the smoke run; a healthy server needs a small fraction of it.</summary>
    public const double SmokeCommitToAckLimitMs = 5000;

    public static Command Create(CliConsole console)
    {
        var services = new Option<int>("--services") { Description = "Services in the generated repository", DefaultValueFactory = _ => 1000 };
        var streams = new Option<int[]>("--streams") { Description = "Connected stream counts to measure", DefaultValueFactory = _ => [1000, 5000], AllowMultipleArgumentsPerToken = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the workload generator", DefaultValueFactory = _ => 42 };
        var repetitions = new Option<int>("--repetitions") { Description = "One-file commits per stream count", DefaultValueFactory = _ => 7 };
        var recompile = new Option<int>("--recompile-services") { Description = "Repository size of the one-file recompile measurement (0 skips it)", DefaultValueFactory = _ => 10_000 };
        var smoke = new Option<bool>("--smoke") { Description = "CI smoke run: 100 services, 100 streams, one commit; exit 1 on a gross regression" };
        var command = new Command("bench-serve", "Benchmark serve: commit-to-ACK, unaffected streams, idle memory per stream, connect storm, one-file recompile");
        foreach (var option in new Option[] { services, streams, seed, repetitions, recompile, smoke })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, _) =>
        {
            var options = parse.GetValue(smoke)
                ? ServeBenchOptions.Smoke(parse.GetValue(seed))
                : new ServeBenchOptions
                {
                    Services = parse.GetValue(services),
                    Streams = parse.GetValue(streams)!,
                    Seed = parse.GetValue(seed),
                    Repetitions = Math.Max(1, parse.GetValue(repetitions)),
                    RecompileServices = parse.GetValue(recompile),
                };
            try
            {
                var (runs, recompileResult) = await ServeBench.RunAsync(options, console.Error);
                foreach (var run in runs)
                {
                    console.Out.WriteLine(run.Format());
                }

                if (recompileResult is not null)
                {
                    console.Out.WriteLine(recompileResult.Format());
                }

                return Check(console, parse.GetValue(smoke), runs);
            }
            catch (Exception ex) when (ex is TimeoutException or InvalidOperationException or Grpc.Core.RpcException or IOException)
            {
                console.Error.WriteLine($"aeraki-gitops: bench-serve failed: {ex.Message}");
                return ExitCodes.InputErrors;
            }
        });
        return command;
    }

    private static int Check(CliConsole console, bool smoke, IReadOnlyList<ServeBenchRun> runs)
    {
        var leaked = runs.Sum(r => r.Commits.Sum(c => c.UnaffectedBytes + c.UnaffectedResponses));
        var slowest = runs.Max(r => r.Commits.Max(c => c.CommitToAckMs));
        if (leaked > 0)
        {
            console.Error.WriteLine("aeraki-gitops: bench-serve: unaffected streams received responses");
            return ExitCodes.InputErrors;
        }

        if (smoke && slowest > SmokeCommitToAckLimitMs)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"aeraki-gitops: bench-serve: commit-to-ACK {slowest:F0} ms exceeds the smoke bound of {SmokeCommitToAckLimitMs:F0} ms"));
            return ExitCodes.InputErrors;
        }

        return ExitCodes.Success;
    }
}
