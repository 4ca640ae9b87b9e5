using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Tests.Shared;
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
        using var workload = new GeneratedWorkload(100);
        _files = [.. workload.Content.Files.Select(f => (f.Path, System.Text.Encoding.UTF8.GetString(f.Content.Span)))];
    }

    [Benchmark(Baseline = true, Description = "YamlDotNet event parser")]
    public int YamlDotNet() => _files.Sum(f => _reader.ReadWithYamlDotNet(f.Path, f.Text, new DiagnosticBag()).Count);

    [Benchmark(Description = "YamlTreeReader.Read (fast path)")]
    public int Read() => _files.Sum(f => _reader.Read(f.Path, f.Text, new DiagnosticBag()).Count);
}
