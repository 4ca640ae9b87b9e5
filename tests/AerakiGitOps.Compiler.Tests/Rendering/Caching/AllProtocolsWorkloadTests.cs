using System.Text;
using AerakiGitOps.Cli.Benchmarking;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Compiler.Rendering.Caching;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.Compiler.Tests.Rendering.Caching;

/// <summary>
/// The benchmark workload with native Dubbo, Thrift and Redis services (<see cref="WorkloadMix.AllProtocols"/>):
/// it compiles cleanly, and the render cache gives the bytes of an uncached compile for every protocol's views.
/// </summary>
public sealed class AllProtocolsWorkloadTests : IDisposable
{
    private readonly GeneratedWorkload _workload = new(services: 200, mix: WorkloadMix.AllProtocols);

    public void Dispose() => _workload.Dispose();

    private static CompilationResult Uncached(PolicySourceContent content)
    {
        var result = new PolicyCompiler(new CompileOptions()).Compile(content);
        Assert.Empty(result.Diagnostics);
        return result;
    }

    private static int FilesContaining(OutputTree output, string text)
        => output.Files.Count(f => Encoding.UTF8.GetString(f.Value.Span).Contains(text, StringComparison.Ordinal));

    [Fact]
    public void Every_protocol_is_rendered_without_a_diagnostic()
    {
        var output = Uncached(_workload.Content).Output!;

        Assert.InRange(FilesContaining(output, "envoy.filters.network.dubbo_proxy"), 20, 80);
        Assert.InRange(FilesContaining(output, "envoy.filters.network.thrift_proxy"), 20, 80);
        Assert.InRange(FilesContaining(output, "envoy.filters.network.redis_proxy"), 20, 80);
        Assert.InRange(FilesContaining(output, "envoy.filters.network.meta_protocol_proxy"), 200, 600);
        var dubboServices = _workload.Content.Files.Sum(f => Encoding.UTF8.GetString(f.Content.Span).Split("name: tcp-dubbo").Length - 1);
        Assert.Equal(dubboServices, FilesContaining(output, "/sa/consumer")); // each Dubbo inbound filter carries its namespace's policy
    }

    [Fact]
    public void A_changed_virtual_service_rerenders_its_filters_only_and_matches_an_uncached_compile()
    {
        var cache = new RenderCache();
        var compiler = new PolicyCompiler(new CompileOptions { RenderCache = cache });
        compiler.Compile(_workload.Content);
        var templated = cache.LastPass.Rendered;
        var (changed, _) = _workload.Edited("kind: VirtualService", "subset: v1}\n      weight: ", "subset: v3}\n      weight: ");

        var result = compiler.Compile(changed);

        Assert.Empty(result.Diagnostics);
        var before = Uncached(_workload.Content).Output!;
        var expected = Uncached(changed).Output!;
        var differing = expected.Files.Count(f => f.Key.Contains("/envoyfilter-", StringComparison.Ordinal) && !f.Value.Span.SequenceEqual(before.Files[f.Key].Span));
        Assert.InRange(differing, 1, 10);
        Assert.Equal(differing, cache.LastPass.Rendered);
        Assert.Equal(templated, cache.LastPass.Rendered + cache.LastPass.Reused);
        Assert.Equal(expected.Files.Keys, result.Output!.Files.Keys);
        Assert.All(expected.Files, f => Assert.True(f.Value.Span.SequenceEqual(result.Output.Files[f.Key].Span), f.Key));
    }
}
