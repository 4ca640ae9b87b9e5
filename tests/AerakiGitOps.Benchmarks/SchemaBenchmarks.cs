using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Schema;
using AerakiGitOps.Compiler.Schema.Compiled;
using AerakiGitOps.Tests.Shared;
using BenchmarkDotNet.Attributes;

namespace AerakiGitOps.Benchmarks;

/// <summary>
/// The schema stage alone on the documents of a synthetic repository (WorkloadGenerator, 100 services,
/// seed 42): the compiled validator the pipeline uses, and the NJsonSchema validator it replaced.
/// </summary>
[MemoryDiagnoser]
public class SchemaBenchmarks
{
    private readonly CompiledSchemaValidator _compiled = new();
    private readonly JsonSchemaValidator _reference = new();
    private List<PolicyDocument> _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        using var workload = new GeneratedWorkload(100);
        var loader = new PolicyLoader("default");
        _documents = [.. workload.Content.Files.SelectMany(f => loader.LoadFile(f, new DiagnosticBag()))];
    }

    [Benchmark(Baseline = true, Description = "compiled validator")]
    public int Compiled() => Validate(_compiled);

    [Benchmark(Description = "NJsonSchema validator")]
    public int Reference() => Validate(_reference);

    private int Validate(ISchemaValidator validator)
    {
        var diagnostics = new DiagnosticBag();
        var valid = 0;
        foreach (var document in _documents)
        {
            valid += validator.Validate(document, diagnostics) ? 1 : 0;
        }

        return valid;
    }
}
