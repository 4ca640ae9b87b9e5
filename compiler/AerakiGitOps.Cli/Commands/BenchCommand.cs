using System.CommandLine;
using System.Globalization;
using AerakiGitOps.Cli.Benchmarking;

namespace AerakiGitOps.Cli.Commands;

/// <summary>
/// `bench`: whole-process benchmarks. Generates a synthetic repository per size, renders it in a fresh
/// process with --timings (wall, CPU, peak memory, stages), and optionally times the peers on the same
/// input: `kubectl kustomize` over the generated manifests and `git add -A &amp;&amp; git commit` for the commit step.
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
        var mix = new Option<WorkloadMix>("--mix") { Description = "Protocols of the generated services: MetaProtocol (all MetaRouter services) or AllProtocols (three in ten native Dubbo, Thrift and Redis)", DefaultValueFactory = _ => WorkloadMix.MetaProtocol };
        var command = new Command("bench", "Benchmark render on synthetic policy repositories (whole-process runs)");
        foreach (var option in new Option[] { sizes, seed, mix, peers, keep, maxRenderMs, maxGrowth })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var folder = parse.GetValue(keep) ?? Directory.CreateTempSubdirectory("aeraki-gitops-bench-").FullName;
            try
            {
                var failed = false;
                BenchRunner.Row? previous = null;
                console.Out.WriteLine(BenchRunner.Row.Header);
                foreach (var size in parse.GetValue(sizes)!)
                {
                    var row = BenchRunner.Run(folder, size, parse.GetValue(seed), parse.GetValue(peers), parse.GetValue(mix));
                    console.Out.WriteLine(row.Format());
                    failed |= row.RenderExitCode != 0 || (parse.GetValue(maxRenderMs) is { } limit && row.ProcessWallMs > limit);
                    if (previous is not null && parse.GetValue(maxGrowth) is { } growthLimit)
                    {
                        var growth = row.PipelineMs / previous.PipelineMs / ((double)row.Services / previous.Services);
                        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"growth {previous.Services} -> {row.Services}: {growth:F2} x linear (limit {growthLimit:F2})"));
                        failed |= growth > growthLimit;
                    }

                    previous = row;
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
