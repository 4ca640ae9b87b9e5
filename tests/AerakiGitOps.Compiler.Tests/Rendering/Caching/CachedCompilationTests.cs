using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Compiler.Rendering.Caching;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.Compiler.Tests.Rendering.Caching;

/// <summary>The render cache in the pipeline, on a generated repository of 20 services.</summary>
public sealed class CachedCompilationTests : IDisposable
{
    private const string FirstServiceSelector = "labels: {app: svc-000000}";

    private readonly GeneratedWorkload _workload = new(services: 20);

    public void Dispose() => _workload.Dispose();

    /// <summary>The source with the first service's workload selector changed: that changes its inbound EnvoyFilter only.</summary>
    private PolicySourceContent WithFirstServiceRelabelled()
        => _workload.Edited(FirstServiceSelector, FirstServiceSelector, "labels: {app: svc-000000-canary}").Content;

    private static OutputTree Uncached(PolicySourceContent content)
    {
        var result = new PolicyCompiler(new CompileOptions()).Compile(content);
        Assert.False(result.HasErrors);
        return result.Output!;
    }

    private static void SameBytes(OutputTree expected, OutputTree actual)
    {
        Assert.Equal(expected.Files.Keys, actual.Files.Keys);
        Assert.All(expected.Files, f => Assert.True(f.Value.Span.SequenceEqual(actual.Files[f.Key].Span), f.Key));
    }

    [Fact]
    public void A_second_compilation_reuses_every_manifest_and_gives_the_bytes_of_an_uncached_one()
    {
        var cache = new RenderCache();
        var compiler = new PolicyCompiler(new CompileOptions { RenderCache = cache });

        compiler.Compile(_workload.Content);
        var first = cache.LastPass;
        var second = compiler.Compile(_workload.Content);

        var templated = second.Manifests.Count(m => m.Kind == "EnvoyFilter");
        Assert.True(templated > 20, $"{templated} EnvoyFilters");
        Assert.Equal(new RenderCacheStatistics(Rendered: templated, Reused: 0, Evicted: 0), first);
        Assert.Equal(new RenderCacheStatistics(Rendered: 0, Reused: templated, Evicted: 0), cache.LastPass);
        SameBytes(Uncached(_workload.Content), second.Output!);
    }

    [Fact]
    public void After_one_service_changes_only_its_manifest_is_rendered_and_the_output_matches_an_uncached_compile()
    {
        var cache = new RenderCache();
        var compiler = new PolicyCompiler(new CompileOptions { RenderCache = cache });
        compiler.Compile(_workload.Content);
        var templated = cache.LastPass.Rendered;
        var changed = WithFirstServiceRelabelled();

        var result = compiler.Compile(changed);

        Assert.Equal(new RenderCacheStatistics(Rendered: 1, Reused: templated - 1, Evicted: 1), cache.LastPass);
        Assert.Equal(templated, cache.Count);
        SameBytes(Uncached(changed), result.Output!);
        var inbound = result.Output!.Text("manifests/istio-system/envoyfilter-aeraki-inbound-svc-000000.team-0000.svc.cluster.local-20000.yaml");
        Assert.Contains("app: svc-000000-canary", inbound, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_back_renders_the_manifest_again_and_restores_the_original_bytes()
    {
        var cache = new RenderCache();
        var compiler = new PolicyCompiler(new CompileOptions { RenderCache = cache });
        compiler.Compile(_workload.Content);
        compiler.Compile(WithFirstServiceRelabelled());

        var restored = compiler.Compile(_workload.Content);

        Assert.Equal(1, cache.LastPass.Rendered);
        SameBytes(Uncached(_workload.Content), restored.Output!);
    }
}
