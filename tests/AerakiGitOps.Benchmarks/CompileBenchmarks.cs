using AerakiGitOps.Cli.Benchmarking;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Binding;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Compiler.Rendering;
using BenchmarkDotNet.Attributes;

namespace AerakiGitOps.Benchmarks;

/// <summary>
/// The compiler on synthetic repositories (WorkloadGenerator, seed 42): the whole pipeline in memory,
/// a recompile after a one-file change with the parse cache (what `serve` does per commit), and the
/// render stage alone.
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private string _folder = string.Empty;
    private PolicySourceContent _content = null!;
    private PolicySourceContent _changed = null!;
    private PolicyCompiler _cached = null!;
    private PolicyModel _model = null!;

    [Params(100, 1000)]
    public int Services { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("aeraki-gitops-bench-").FullName;
        WorkloadGenerator.Write(_folder, Services, seed: 42);
        _content = new DirectoryPolicySource(_folder).Read();
        _changed = _content with { Files = [.. _content.Files.Select((f, i) => i == 1 ? f with { Content = Touch(f.Content) } : f)] };
        _cached = new PolicyCompiler(new CompileOptions { Cache = new ParseCache() });
        _cached.Compile(_content);
        var diagnostics = new DiagnosticBag();
        var loader = new PolicyLoader("default");
        var documents = _content.Files.SelectMany(f => loader.LoadFile(f, diagnostics)).ToList();
        _model = new PolicyModel(SpecBinder.Bind(documents, diagnostics), new ModelSettings());
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "full compile, cold cache")]
    public int Compile() => new PolicyCompiler(new CompileOptions()).Compile(_content).Output!.Files.Count;

    [Benchmark(Description = "recompile after a one-file change (parse cache)")]
    public int RecompileOneFile()
    {
        var result = _cached.Compile(_changed);
        _cached.Compile(_content);
        return result.Output!.Files.Count;
    }

    [Benchmark(Description = "render stage only")]
    public int Render() => new PolicyRenderer(_model).Render(new DiagnosticBag()).Manifests.Count;

    private static ReadOnlyMemory<byte> Touch(ReadOnlyMemory<byte> content)
        => content.ToArray().Concat("\n# touched\n"u8.ToArray()).ToArray();
}
