using System.Text;
using AerakiGitOps.Cli.Benchmarking;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Compiler.Rendering.Caching;
using AerakiGitOps.Compiler.Validation;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.Compiler.Tests.Rendering.Caching;

/// <summary>
/// The plan memo (<see cref="PlanMemo"/>): a service whose planner inputs are the same objects is not planned
/// again, and whatever changes, a compilation with every cache gives the bytes of an uncached one.
/// </summary>
public sealed class PlanMemoTests : IDisposable
{
    private readonly GeneratedWorkload _metaProtocol = new(services: 20);
    private readonly GeneratedWorkload _allProtocols = new(services: 60, mix: WorkloadMix.AllProtocols);

    public void Dispose()
    {
        _metaProtocol.Dispose();
        _allProtocols.Dispose();
    }

    private static PolicyCompiler CachedCompiler(RenderCache cache, ModelSettings? settings = null)
        => new(new CompileOptions { Cache = new ParseCache(), RenderCache = cache, RuleCache = new RuleCache(), Model = settings ?? new ModelSettings() });

    private static CompilationResult Uncached(PolicySourceContent content, ModelSettings? settings = null)
    {
        var result = new PolicyCompiler(new CompileOptions { Model = settings ?? new ModelSettings() }).Compile(content);
        Assert.False(result.HasErrors);
        return result;
    }

    /// <summary>The same files byte for byte, and the same diagnostics.</summary>
    private static void Same(CompilationResult expected, CompilationResult actual, string step)
    {
        Assert.Equal(expected.Diagnostics.Select(d => d.ToString()), actual.Diagnostics.Select(d => d.ToString()));
        SameBytes(expected.Output!, actual.Output!, step);
    }

    private static void SameBytes(OutputTree expected, OutputTree actual, string step)
    {
        Assert.Equal(expected.Files.Keys, actual.Files.Keys);
        Assert.All(expected.Files, f => Assert.True(f.Value.Span.SequenceEqual(actual.Files[f.Key].Span), $"{step}: {f.Key}"));
    }

    private static int Count(string text, string what) => text.Split(what).Length - 1;

    private static int ServicesIn(PolicyFile file)
    {
        var text = Encoding.UTF8.GetString(file.Content.Span);
        return Count(text, "kind: ServiceEntry\n") + Count(text, "kind: Service\n");
    }

    [Fact]
    public void A_second_compilation_plans_only_the_services_whose_planner_cannot_list_its_inputs()
    {
        var cache = new RenderCache();
        var compiler = CachedCompiler(cache);
        var services = _allProtocols.Model().Services;

        compiler.Compile(_allProtocols.Content);
        var first = cache.LastPassPlannedServices;
        var second = compiler.Compile(_allProtocols.Content);

        Assert.Equal(services.Length, first); // one port each in this workload: one planner per service
        var redis = services.Count(s => s.HasPort(ProtocolKind.Redis));
        Assert.InRange(redis, 3, 20);
        Assert.Equal(redis, cache.LastPassPlannedServices); // Redis routes read other services: always planned
        Assert.Equal(0, cache.LastPass.Rendered);
        Same(Uncached(_allProtocols.Content), second, "second");
    }

    [Fact]
    public void A_one_file_commit_plans_the_services_of_that_file_only()
    {
        var cache = new RenderCache();
        var compiler = CachedCompiler(cache);
        compiler.Compile(_metaProtocol.Content);
        var (changed, _) = _metaProtocol.Edited("name: svc-000013\n", "- name: default", "- name: fallback");
        var edited = changed.Files.Single(f => !_metaProtocol.Content.Files.Any(o => o.Path == f.Path && o.Content.Span.SequenceEqual(f.Content.Span)));

        var result = compiler.Compile(changed);

        Assert.Equal(ServicesIn(edited), cache.LastPassPlannedServices);
        Assert.InRange(cache.LastPassPlannedServices, 1, 10);
        Same(Uncached(changed), result, "one file");
    }

    [Fact]
    public void Changed_mesh_settings_replan_every_service_that_reads_them()
    {
        var cache = new RenderCache();
        var compiler = CachedCompiler(cache);
        compiler.Compile(_metaProtocol.Content);
        var (changed, _) = _metaProtocol.Edited("kind: MeshSettings", "accessLogFile: /dev/stdout", "accessLogFile: /dev/stderr");

        var result = compiler.Compile(changed);

        Assert.Equal(20, cache.LastPassPlannedServices);
        Assert.Contains("/dev/stderr", result.Output!.Text(result.Output.Files.Keys.First(k => k.Contains("envoyfilter-aeraki-outbound", StringComparison.Ordinal))), StringComparison.Ordinal);
        Same(Uncached(changed), result, "mesh settings");
    }

    /// <summary>
    /// Edits of every kind a planner reads, applied in a seeded random order, each one forward or back, and the
    /// cluster settings changed in between: after every step the cached compile equals an uncached one.
    /// </summary>
    [Fact]
    public void Any_sequence_of_edits_gives_the_bytes_of_an_uncached_compile()
    {
        var edits = new Func<PolicySourceContent, PolicySourceContent>[]
        {
            c => Toggle(c, "mesh.yaml", "accessLogFile: /dev/stdout", "accessLogFile: /dev/stderr"),
            c => Toggle(c, "mesh.yaml", "enableTracing: true", "enableTracing: false"),
            c => Toggle(c, "services-00000.yaml", "sa/consumer]", "sa/consumer, cluster.local/ns/team-0000/sa/admin]"),
            c => Toggle(c, "services-00000.yaml", "- method: {exact: call1}", "- method: {exact: call9}"),
            c => Toggle(c, "services-00000.yaml", "hosts: [svc-000000.team-0000.svc.cluster.local]\n  routes:", "hosts: [svc-000000.team-0000.svc.cluster.local]\n  exportTo: [\".\"]\n  routes:"),
            c => Toggle(c, "services-00000.yaml", "labels: {app: svc-000000}", "labels: {app: svc-000000-canary}"),
            c => Toggle(c, "services-00000.yaml", "settings: {opTimeout: 9s}", "settings: {opTimeout: 4s}"),
            c => Toggle(c, "services-00002.yaml", "labels: {version: v3}", "labels: {version: v4}"),
            c => TogglePath(c, "team-0000/services-00001.yaml", "team-0000/moved-00001.yaml"),
            c => ToggleFile(c, "team-0000/deny.yaml", "apiVersion: dubbo.aeraki.io/v1alpha1\nkind: DubboAuthorizationPolicy\nmetadata:\n  name: deny-admin\n  namespace: team-0000\nspec:\n  action: DENY\n  rules:\n  - from:\n    - source:\n        principals: [cluster.local/ns/team-0000/sa/admin]\n"),
            c => ToggleFile(c, "protocols.yaml", "apiVersion: metaprotocol.aeraki.io/v1alpha1\nkind: ApplicationProtocol\nmetadata:\n  name: thrift\nspec:\n  protocol: thrift\n  codec: aeraki.meta_protocol.codec.custom_thrift\n"),
        };
        var settings = new[] { new ModelSettings(), new ModelSettings { RootNamespace = "mesh-root" } };
        var random = new Random(7);
        var cache = new RenderCache();
        var (parse, rules) = (new ParseCache(), new RuleCache());
        var content = _allProtocols.Content;
        var planned = new List<int>();

        for (var step = 0; step < 24; step++)
        {
            var setting = settings[step % 8 == 7 ? 1 : 0];
            var edit = random.Next(edits.Length);
            content = edits[edit](content);
            var compiler = new PolicyCompiler(new CompileOptions { Cache = parse, RenderCache = cache, RuleCache = rules, Model = setting });

            var result = compiler.Compile(content);

            Same(Uncached(content, setting), result, $"step {step} (edit {edit})");
            planned.Add(cache.LastPassPlannedServices);
        }

        Assert.Contains(planned, p => p < 30); // most steps reuse most services
        Assert.Contains(planned, p => p == 60); // a root namespace change or first step replans all
    }

    private static PolicySourceContent Toggle(PolicySourceContent content, string fileName, string from, string to)
    {
        var index = content.Files.ToList().FindIndex(f => f.Path.EndsWith(fileName, StringComparison.Ordinal));
        if (index < 0)
        {
            return content; // the file is moved away at the moment
        }

        var text = Encoding.UTF8.GetString(content.Files[index].Content.Span);
        var edited = text.Contains(from, StringComparison.Ordinal) ? ReplaceFirst(text, from, to) : ReplaceFirst(text, to, from);
        return content with { Files = [.. content.Files.Select((f, i) => i == index ? f with { Content = Encoding.UTF8.GetBytes(edited) } : f)] };
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' not found");
        return text[..at] + to + text[(at + from.Length)..];
    }

    private static PolicySourceContent TogglePath(PolicySourceContent content, string path, string other)
        => content with { Files = [.. content.Files.Select(f => f.Path == path ? f with { Path = other } : f.Path == other ? f with { Path = path } : f)] };

    private static PolicySourceContent ToggleFile(PolicySourceContent content, string path, string text)
        => content.Files.Any(f => f.Path == path)
            ? content with { Files = [.. content.Files.Where(f => f.Path != path)] }
            : content with { Files = [.. content.Files, new PolicyFile(path, Encoding.UTF8.GetBytes(text))] };
}
