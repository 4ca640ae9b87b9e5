using System.Globalization;

namespace AerakiGitOps.Cli.Benchmarking;

/// <summary>One benchmark row: generate N services, render them in a child process, time the peers.</summary>
public static class BenchRunner
{
    public sealed record Row(int Services, int RenderExitCode, double ProcessWallMs, IReadOnlyDictionary<string, double> Timings, double? KustomizeMs, double? GitCommitMs)
    {
        /// <summary>`aeraki-gitops commit --repo R --branch B` as a whole process (read from git, compile, commit), with --peers.</summary>
        public double? OurCommitMs { get; init; }

        /// <summary>process_ms: the whole child process, start-up and JIT included; wall_ms: inside the render command; faults_k: its minor page faults in thousands (Linux); jit_ms: CPU time of the JIT in it.</summary>
        public const string Header = "services  process_ms  wall_ms  cpu_ms  peak_mb  faults_k  jit_ms  read  load  schema  model  rules  render  emit  write  kustomize_ms  git_commit_ms  our_commit_ms";

        /// <summary>Time of the pipeline stages alone (no process start-up), the figure growth is judged by.</summary>
        public double PipelineMs => new[] { "load_ms", "schema_ms", "model_ms", "rules_ms", "render_ms", "emit_ms" }.Sum(k => Timings.TryGetValue(k, out var v) ? v : 0);

        public string Format()
        {
            double T(string key) => Timings.TryGetValue(key, out var value) ? value : double.NaN;
            var faults = Timings.TryGetValue("page_faults", out var pageFaults) ? (pageFaults / 1000).ToString("F0", CultureInfo.InvariantCulture) : "-";
            var peersText = string.Create(CultureInfo.InvariantCulture, $"{KustomizeMs?.ToString("F0", CultureInfo.InvariantCulture) ?? "-",12}  {GitCommitMs?.ToString("F0", CultureInfo.InvariantCulture) ?? "-",13}  {OurCommitMs?.ToString("F0", CultureInfo.InvariantCulture) ?? "-",13}");
            return string.Create(CultureInfo.InvariantCulture,
                $"{Services,8}  {ProcessWallMs,10:F0}  {T("wall_ms"),7:F0}  {T("cpu_ms"),6:F0}  {T("peak_mb"),7:F0}  {faults,8}  {T("jit_ms"),6:F0}  {T("read_ms"),4:F0}  {T("load_ms"),4:F0}  {T("schema_ms"),6:F0}  {T("model_ms"),5:F0}  {T("rules_ms"),5:F0}  {T("render_ms"),6:F0}  {T("emit_ms"),4:F0}  {T("write_ms"),5:F0}  {peersText}");
        }
    }

    public static Row Run(string folder, int services, int seed, bool peers, WorkloadMix mix = WorkloadMix.MetaProtocol)
    {
        var suffix = mix == WorkloadMix.MetaProtocol ? $"{services}" : $"all-protocols-{services}";
        var policies = Path.Combine(folder, $"policies-{suffix}");
        var output = Path.Combine(folder, $"generated-{suffix}");
        if (!Directory.Exists(policies))
        {
            WorkloadGenerator.Write(policies, services, seed, mix);
        }

        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var render = ChildProcess.RunSelf(["render", policies, "--output", output, "--timings"]);
        var line = render.Stderr.Split('\n').FirstOrDefault(l => l.StartsWith(TimingReport.Prefix, StringComparison.Ordinal));
        var timings = line is null ? new Dictionary<string, double>() : TimingReport.Parse(line);
        if (!peers || render.ExitCode != 0)
        {
            return new Row(services, render.ExitCode, render.Wall.TotalMilliseconds, timings, null, null);
        }

        var kustomize = ChildProcess.Run("kubectl", ["kustomize", Path.Combine(output, "manifests"), "-o", Path.Combine(folder, $"kustomized-{services}.yaml")]);
        ChildProcess.Run("git", ["init", "-q", output]);
        var add = ChildProcess.Run("git", ["-C", output, "add", "-A"]);
        var commit = ChildProcess.Run("git", ["-C", output, "-c", "user.name=bench", "-c", "user.email=bench@localhost", "commit", "-q", "-m", "bench"]);
        return new Row(services, render.ExitCode, render.Wall.TotalMilliseconds, timings, kustomize.ExitCode == 0 ? kustomize.Wall.TotalMilliseconds : null, (add.Wall + commit.Wall).TotalMilliseconds)
        {
            OurCommitMs = TimeOurCommit(policies),
        };
    }

    /// <summary>Our own commit step on the same input: the policies in a git repository, the output committed to a branch.</summary>
    private static double? TimeOurCommit(string policies)
    {
        if (!Directory.Exists(Path.Combine(policies, ".git")))
        {
            ChildProcess.Run("git", ["init", "-q", policies]);
            ChildProcess.Run("git", ["-C", policies, "add", "-A"]);
            ChildProcess.Run("git", ["-C", policies, "-c", "user.name=bench", "-c", "user.email=bench@localhost", "commit", "-q", "-m", "policies"]);
        }

        ChildProcess.Run("git", ["-C", policies, "branch", "-q", "-D", "bench-output"]);
        var ours = ChildProcess.RunSelf(["commit", "--repo", policies, "--branch", "bench-output", "--author-name", "bench", "--author-email", "bench@localhost"]);
        return ours.ExitCode == 0 ? ours.Wall.TotalMilliseconds : null;
    }
}
