using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Compiler.Rendering;
using AerakiGitOps.Compiler.Rendering.Caching;
using AerakiGitOps.Compiler.Rendering.Snapshot;
using AerakiGitOps.Compiler.Validation;
using AerakiGitOps.Tests.Shared;
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

    private GeneratedWorkload _workload = null!;
    private PolicyModel _model = null!;
    private PolicySourceContent _content = null!;
    private PolicySourceContent _changed = null!;
    private PolicyCompiler _cached = null!;

    [Params(1000)]
    public int Services { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = new GeneratedWorkload(Services);
        _content = _workload.Content;
        _changed = _workload.Edited(FirstServiceSelector, FirstServiceSelector, "labels: {app: canary}").Content;
        _cached = new PolicyCompiler(new CompileOptions { Cache = new ParseCache(), RenderCache = new RenderCache(), RuleCache = new RuleCache(), SnapshotOnly = true });
        _cached.Compile(_content);
        _model = _workload.Model();
    }

    [GlobalCleanup]
    public void Cleanup() => _workload.Dispose();

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
