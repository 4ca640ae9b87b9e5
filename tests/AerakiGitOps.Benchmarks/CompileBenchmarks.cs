using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Compiler.Rendering;
using AerakiGitOps.Compiler.Validation;
using AerakiGitOps.Tests.Shared;
using BenchmarkDotNet.Attributes;

namespace AerakiGitOps.Benchmarks;

/// <summary>
/// The compiler on synthetic repositories (WorkloadGenerator, seed 42): the whole pipeline in memory,
/// a recompile after a one-file change with the parse cache (what `serve` does per commit), and the
/// rules and render stages alone.
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private GeneratedWorkload _workload = null!;
    private PolicySourceContent _content = null!;
    private PolicySourceContent _changed = null!;
    private PolicyCompiler _cached = null!;
    private PolicyModel _model = null!;

    [Params(100, 1000)]
    public int Services { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = new GeneratedWorkload(Services);
        _content = _workload.Content;
        _changed = _content with { Files = [.. _content.Files.Select((f, i) => i == 1 ? f with { Content = Touch(f.Content) } : f)] };
        _cached = new PolicyCompiler(new CompileOptions { Cache = new ParseCache() });
        _cached.Compile(_content);
        _model = _workload.Model();
    }

    [GlobalCleanup]
    public void Cleanup() => _workload.Dispose();

    [Benchmark(Description = "full compile, cold cache")]
    public int Compile() => new PolicyCompiler(new CompileOptions()).Compile(_content).Output!.Files.Count;

    [Benchmark(Description = "recompile after a one-file change (parse cache)")]
    public int RecompileOneFile()
    {
        var result = _cached.Compile(_changed);
        _cached.Compile(_content);
        return result.Output!.Files.Count;
    }

    [Benchmark(Description = "rules stage only")]
    public int Rules()
    {
        var diagnostics = new DiagnosticBag();
        PolicyValidator.Validate(_model, diagnostics);
        return diagnostics.ToSortedList().Count;
    }

    [Benchmark(Description = "render stage only")]
    public int Render() => new PolicyRenderer(_model).Render(new DiagnosticBag()).Manifests.Count;

    private static ReadOnlyMemory<byte> Touch(ReadOnlyMemory<byte> content)
        => content.ToArray().Concat("\n# touched\n"u8.ToArray()).ToArray();
}
