using System.CommandLine;
using System.Globalization;
using AerakiGitOps.Cli.Benchmarking;

namespace AerakiGitOps.Cli.Commands;

/// <summary>
/// `bench`: whole-process benchmarks. Generates a synthetic repository per size, renders it in a fresh
/// process with --timings (wall, CPU, peak memory, stages), and optionally times the peers on the same
/// input: `kubectl kustomize` over the generated manifests and `git add -A &amp;&amp; git commit` for the commit step.
/// With --rounds the sizes are rendered in turn, several times, and growth is judged pair by pair (<see cref="BenchRounds"/>).
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var sizes = new Option<int[]>("--services") { Description = "Repository sizes (services) to benchmark", DefaultValueFactory = _ => [100, 1000], AllowMultipleArgumentsPerToken = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the workload generator", DefaultValueFactory = _ => 42 };
        var peers = new Option<bool>("--peers") { Description = "Also time `kubectl kustomize` and `git add -A && git commit` on the same output" };
        var keep = new Option<string?>("--keep") { Description = "Keep the generated repositories and outputs in this folder" };
        var maxRenderMs = new Option<double?>("--max-render-ms") { Description = "Exit 1 when a render takes longer (a smoke check for CI)" };
        var maxGrowth = new Option<double?>("--max-growth") { Description = "Exit 1 when the pipeline time grows faster than this multiple of linear between consecutive sizes (2 allows twice linear); robust to a busy machine" };
        var rounds = new Option<int>("--rounds") { Description = "Render every size this many times, the sizes interleaved (a, b, a, b...); growth is the median over the rounds of each round's ratio, and peers are timed in the first round only", DefaultValueFactory = _ => 1 };
        rounds.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--rounds must be at least 1");
            }
        });
        var mix = new Option<WorkloadMix>("--mix") { Description = "Protocols of the generated services: MetaProtocol (all MetaRouter services) or AllProtocols (three in ten native Dubbo, Thrift and Redis)", DefaultValueFactory = _ => WorkloadMix.MetaProtocol };
        var command = new Command("bench", "Benchmark render on synthetic policy repositories (whole-process runs)");
        foreach (var option in new Option[] { sizes, seed, mix, rounds, peers, keep, maxRenderMs, maxGrowth })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var folder = parse.GetValue(keep) ?? Directory.CreateTempSubdirectory("aeraki-gitops-bench-").FullName;
            try
            {
                var failed = false;
                var measured = new BenchRounds(parse.GetValue(sizes)!);
                var roundCount = parse.GetValue(rounds);
                console.Out.WriteLine(BenchRunner.Row.Header);
                for (var round = 0; round < roundCount; round++)
                {
                    var rows = new List<BenchRunner.Row>();
                    foreach (var size in measured.Sizes)
                    {
                        var row = BenchRunner.Run(folder, size, parse.GetValue(seed), parse.GetValue(peers) && round == 0, parse.GetValue(mix));
                        console.Out.WriteLine(row.Format());
                        failed |= row.RenderExitCode != 0 || (parse.GetValue(maxRenderMs) is { } limit && row.ProcessWallMs > limit);
                        rows.Add(row);
                    }

                    measured.Add(rows);
                }

                if (roundCount > 1)
                {
                    foreach (var line in measured.SummaryLines())
                    {
                        console.Out.WriteLine(line);
                    }
                }

                if (parse.GetValue(maxGrowth) is { } growthLimit)
                {
                    for (var i = 1; i < measured.Sizes.Count; i++)
                    {
                        var growth = measured.Growth(i);
                        var over = roundCount > 1 ? $", median of {roundCount} rounds" : string.Empty;
                        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"growth {measured.Sizes[i - 1]} -> {measured.Sizes[i]}: {growth:F2} x linear (limit {growthLimit:F2}{over})"));
                        failed |= double.IsNaN(growth) || growth > growthLimit;
                    }
                }

                return failed ? ExitCodes.InputErrors : ExitCodes.Success;
            }
            finally
            {
                if (parse.GetValue(keep) is null)
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        });
        return command;
    }
}
