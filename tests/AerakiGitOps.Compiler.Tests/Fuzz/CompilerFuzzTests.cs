using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;

namespace AerakiGitOps.Compiler.Tests.Fuzz;

/// <summary>
/// Feeds mutated policy repositories (see <see cref="DocumentMutator"/>) to the compiler. For every input:
/// no exception, output complete (every EnvoyFilter valid against Istio's CRD schema) or absent when there
/// are errors, and byte-identical results for the same input twice. The run is replayed from a fixed
/// FsCheck seed, so it is the same set of inputs on every machine; to explore new inputs change
/// <see cref="Seed"/>, and to reproduce a reported failure put its seed and gamma here.
/// </summary>
public sealed class CompilerFuzzTests
{
    public const int Iterations = 800;
    private const ulong Seed = 0x5EED_AE12_A1C0_0001;
    private const ulong Gamma = 0x9E37_79B9_7F4A_7C15;

    [Fact]
    public void Mutated_policies_never_crash_the_compiler_and_give_complete_valid_deterministic_output_or_none()
    {
        var inputs = Gen.Choose(0, int.MaxValue).ToArbitrary();
        var config = Config.QuickThrowOnFailure.WithMaxTest(Iterations).WithReplay(Seed, Gamma).WithQuietOnSuccess(true);

        Check.One(config, Prop.ForAll(inputs, CompileMutatedUnit));
    }

    [Fact]
    public void Random_bytes_as_a_policy_file_are_diagnostics_not_exceptions()
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(100).WithReplay(Seed, Gamma).WithQuietOnSuccess(true);

        Check.One(config, Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var result = Compile([new PolicyFile("random.yaml", bytes)]);
            Assert.True(result.HasErrors == (result.Output is null), "output must be present exactly when there are no errors");
        }));
    }

    private static void CompileMutatedUnit(int inputSeed)
    {
        var random = new Random(inputSeed);
        var unit = FuzzCorpus.Units[random.Next(FuzzCorpus.Units.Length)].ToList();
        var target = random.Next(unit.Count);
        unit[target] = unit[target] with { Content = DocumentMutator.Mutate(unit[target].Content.ToArray(), random) };

        var first = Compile(unit);
        var second = Compile(unit);

        Assert.Equal(Describe(first), Describe(second));
        if (first.HasErrors)
        {
            Assert.Null(first.Output);
            Assert.Null(first.Snapshot);
            Assert.Empty(first.Manifests);
            return;
        }

        Assert.NotNull(first.Output);
        Assert.NotNull(first.Snapshot);
        foreach (var manifest in first.Manifests.Where(m => m.Kind == "EnvoyFilter"))
        {
            var schema = VendorCrdSchemas.For("networking.istio.io/v1alpha3", "EnvoyFilter")!;
            var errors = schema.Validate(VendorCrdSchemas.ToJson(manifest.ParseContent()));
            Assert.True(errors.Count == 0, $"seed {inputSeed}: EnvoyFilter {manifest.Namespace}/{manifest.Name} is rejected by Istio's schema: {string.Join("; ", errors)}");
        }
    }

    private static CompilationResult Compile(IReadOnlyList<PolicyFile> files)
        => new PolicyCompiler(new CompileOptions()).Compile(new PolicySourceContent(files, null, []));

    /// <summary>Everything observable about a result, as text: diagnostics and every output file's bytes.</summary>
    private static string Describe(CompilationResult result)
        => string.Join('\n', result.Diagnostics.Select(d => d.ToString()))
            + "\n" + string.Join('\n', (result.Output?.Files.ToList() ?? []).Select(f => f.Key + ":" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Value.Span))));
}
