using System.Text;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Compiler.Validation;

namespace AerakiGitOps.Compiler.Tests.Validation;

/// <summary>Per-MetaRouter findings kept across compilations of a long-running compiler (parse and rule caches, as in serve).</summary>
public sealed class RuleCacheTests
{
    private static string Service(string name) => $$"""
        apiVersion: networking.istio.io/v1beta1
        kind: ServiceEntry
        metadata: {name: {{name}}, namespace: meta}
        spec:
          hosts: [{{name}}.meta.svc.cluster.local]
          addresses: [10.10.1.{{name.Length}}]
          ports:
          - {number: 20880, name: tcp-metaprotocol-dubbo, protocol: TCP}
          resolution: STATIC
          workloadSelector:
            labels: {app: {{name}}}
        """ + "\n---\n";

    private static string Rule(string name, params string[] subsets) => $$"""
        apiVersion: networking.istio.io/v1beta1
        kind: DestinationRule
        metadata: {name: {{name}}, namespace: meta}
        spec:
          host: {{name}}.meta.svc.cluster.local
          subsets:
        {{string.Concat(subsets.Select(s => $"  - {{name: {s}, labels: {{version: {s}}}}}\n"))}}
        """ + "\n---\n";

    private static string Router(string name, string subset) => $$"""
        apiVersion: metaprotocol.aeraki.io/v1alpha1
        kind: MetaRouter
        metadata: {name: {{name}}, namespace: meta}
        spec:
          hosts: [{{name}}.meta.svc.cluster.local]
          routes:
          - name: default
            route:
            - destination: {host: {{name}}.meta.svc.cluster.local, subset: {{subset}}}
        """ + "\n";

    private static PolicySourceContent Files(params (string Path, string Text)[] files)
        => new([.. files.Select(f => new PolicyFile(f.Path, Encoding.UTF8.GetBytes(f.Text)))], null, []);

    /// <summary>Two services, each in its own file with its DestinationRule and MetaRouter.</summary>
    private static PolicySourceContent Repository(string aSubset = "v1", string bSubset = "v1", string[]? bSubsets = null)
        => Files(
            ("a.yaml", Service("aa") + Rule("aa", "v1") + Router("aa", aSubset)),
            ("b.yaml", Service("bbb") + Rule("bbb", bSubsets ?? ["v1"]) + Router("bbb", bSubset)));

    private static (PolicyCompiler Compiler, RuleCache Cache) LongRunning()
    {
        var cache = new RuleCache();
        return (new PolicyCompiler(new CompileOptions { Cache = new ParseCache(), RuleCache = cache, SnapshotOnly = true }), cache);
    }

    private static string[] Uncached(PolicySourceContent content)
        => [.. new PolicyCompiler(new CompileOptions { SnapshotOnly = true }).Compile(content).Diagnostics.Select(d => d.ToString())];

    [Fact]
    public void An_unchanged_repository_reuses_the_findings_of_every_router()
    {
        var (compiler, cache) = LongRunning();
        compiler.Compile(Repository());
        Assert.Equal((2, 0), cache.LastPass);

        var result = compiler.Compile(Repository());

        Assert.Equal((0, 2), cache.LastPass);
        Assert.Equal(Uncached(Repository()), result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Editing_a_MetaRouter_rechecks_only_the_routers_of_the_edited_file()
    {
        var (compiler, cache) = LongRunning();
        compiler.Compile(Repository());

        var edited = Repository(bSubset: "v9");
        var result = compiler.Compile(edited);

        Assert.Equal((1, 1), cache.LastPass);
        Assert.Contains(result.Diagnostics, d => d.Id == "AGO3101" || d.Message.Contains("v9", StringComparison.Ordinal));
        Assert.Equal(Uncached(edited), result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_finding_that_depends_on_another_kind_is_never_served_stale()
    {
        var (compiler, cache) = LongRunning();
        var broken = compiler.Compile(Repository(bSubset: "v2"));
        Assert.Contains(broken.Diagnostics, d => d.Message.Contains("v2", StringComparison.Ordinal));

        // Only the DestinationRule changes (it gains subset v2): every per-router finding is checked again.
        var fixedRepository = Repository(bSubset: "v2", bSubsets: ["v1", "v2"]);
        var result = compiler.Compile(fixedRepository);

        Assert.Equal((2, 0), cache.LastPass);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("v2", StringComparison.Ordinal));
        Assert.Equal(Uncached(fixedRepository), result.Diagnostics.Select(d => d.ToString()));
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Moving_the_other_documents_of_an_edited_file_clears_the_findings()
    {
        var (compiler, cache) = LongRunning();
        compiler.Compile(Repository());

        // A comment line above shifts every position of a.yaml's ServiceEntry and DestinationRule.
        var shifted = Files(
            ("a.yaml", "# moved\n" + Service("aa") + Rule("aa", "v1") + Router("aa", "v1")),
            ("b.yaml", Service("bbb") + Rule("bbb", "v1") + Router("bbb", "v1")));
        compiler.Compile(shifted);

        Assert.Equal((2, 0), cache.LastPass);
    }

    [Fact]
    public void Another_set_of_rules_does_not_reuse_findings_of_the_registry()
    {
        var cache = new RuleCache();
        var content = Repository(bSubset: "v9");
        var model = new PolicyCompiler(new CompileOptions()).Compile(content).Model!;
        var all = new AerakiGitOps.Compiler.Diagnostics.DiagnosticBag();
        PolicyValidator.Validate(model, all, cache: cache);
        Assert.NotEmpty(all.ToSortedList());

        var none = new AerakiGitOps.Compiler.Diagnostics.DiagnosticBag();
        PolicyValidator.Validate(model, none, rules: [], cache: cache);

        Assert.Equal((2, 0), cache.LastPass);
        Assert.Empty(none.ToSortedList());
    }
}
