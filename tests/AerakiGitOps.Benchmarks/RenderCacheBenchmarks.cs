using AerakiGitOps.Cli.Benchmarking;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Binding;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Compiler.Rendering;
using AerakiGitOps.Compiler.Rendering.Caching;
using AerakiGitOps.Compiler.Rendering.Snapshot;
using AerakiGitOps.Compiler.Validation;
using BenchmarkDotNet.Attributes;

namespace AerakiGitOps.Benchmarks;

/// <summary>
/// Render plus emit on a bound model (what `render` spends after validation), and what `serve` does per
/// commit: a snapshot-only recompile after one service's workload selector changed, with the caches the
/// reconciler keeps warm (one manifest rendered again, the rest reused). One operation is two compilations:
/// to the changed repository and back.
/// </summary>
[MemoryDiagnoser]
public class RenderCacheBenchmarks
{
    private const string FirstServiceSelector = "labels: {app: svc-000000}";

    private string _folder = string.Empty;
    private PolicyModel _model = null!;
    private PolicySourceContent _content = null!;
    private PolicySourceContent _changed = null!;
    private PolicyCompiler _cached = null!;

    [Params(1000)]
    public int Services { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("aeraki-gitops-bench-").FullName;
        WorkloadGenerator.Write(_folder, Services, seed: 42);
        _content = new DirectoryPolicySource(_folder).Read();
        var index = _content.Files.ToList().FindIndex(f => System.Text.Encoding.UTF8.GetString(f.Content.Span).Contains(FirstServiceSelector, StringComparison.Ordinal));
        var text = System.Text.Encoding.UTF8.GetString(_content.Files[index].Content.Span).Replace(FirstServiceSelector, "labels: {app: canary}", StringComparison.Ordinal);
        _changed = _content with { Files = [.. _content.Files.Select((f, i) => i == index ? f with { Content = System.Text.Encoding.UTF8.GetBytes(text) } : f)] };
        _cached = new PolicyCompiler(new CompileOptions { Cache = new ParseCache(), RenderCache = new RenderCache(), RuleCache = new RuleCache(), SnapshotOnly = true });
        _cached.Compile(_content);

        var loader = new PolicyLoader("default");
        var diagnostics = new DiagnosticBag();
        _model = new PolicyModel(SpecBinder.Bind([.. _content.Files.SelectMany(f => loader.LoadFile(f, diagnostics))], diagnostics), new ModelSettings());
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "render + emit, no cache")]
    public int RenderAndEmit()
    {
        var rendered = new PolicyRenderer(_model).Render(new DiagnosticBag());
        var snapshot = RouteSnapshotFactory.Create(rendered.RouteConfigs, "bench");
        return OutputTreeBuilder.Build(rendered.Manifests, snapshot).Files.Count;
    }

    [Benchmark(Description = "two snapshot-only recompiles, one service changed and back (parse, render and rule caches)")]
    public int RecompileOneService()
    {
        var changed = _cached.Compile(_changed);
        _cached.Compile(_content);
        return changed.Snapshot!.Routes.Count;
    }
}
