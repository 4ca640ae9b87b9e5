using AerakiGitOps.Cli.Benchmarking;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;
using BenchmarkDotNet.Attributes;

namespace AerakiGitOps.Benchmarks;

/// <summary>
/// YamlTreeReader on the policy files of a synthetic repository (WorkloadGenerator, 100 services, seed 42):
/// the reader as the compiler uses it (fast path) against YamlDotNet's event parser alone.
/// </summary>
[MemoryDiagnoser]
public class YamlReaderBenchmarks
{
    private readonly YamlTreeReader _reader = YamlTreeReader.Default;
    private List<(string Path, string Text)> _files = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Directory.CreateTempSubdirectory("aeraki-gitops-yaml-bench-").FullName;
        WorkloadGenerator.Write(folder, 100, seed: 42);
        _files = [.. Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).Select(f => (f, File.ReadAllText(f)))];
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "YamlDotNet event parser")]
    public int YamlDotNet() => _files.Sum(f => _reader.ReadWithYamlDotNet(f.Path, f.Text, new DiagnosticBag()).Count);

    [Benchmark(Description = "YamlTreeReader.Read (fast path)")]
    public int Read() => _files.Sum(f => _reader.Read(f.Path, f.Text, new DiagnosticBag()).Count);
}
