using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model.Binding;
using AerakiGitOps.Compiler.Tests.Support;

namespace AerakiGitOps.Compiler.Tests.Model;

public sealed class SpecBinderTests
{
    private static string Router(string name, string host) => Inputs.Lines(
        "apiVersion: metaprotocol.aeraki.io/v1alpha1",
        "kind: MetaRouter",
        "metadata:",
        $"  name: {name}",
        "  namespace: meta",
        "spec:",
        "  hosts:",
        $"    - {host}",
        "  routes:",
        "    - name: default",
        "      route:",
        "        - destination:",
        $"            host: {host}");

    [Fact]
    public void Binding_keeps_source_order_across_many_documents()
    {
        var text = string.Join("---\n", Enumerable.Range(0, 200).Select(i => Router($"r{i:D3}", $"s{i}.meta.svc.cluster.local")));
        var (documents, loadDiagnostics) = Inputs.Load(text);
        Assert.Empty(loadDiagnostics);

        var specs = SpecBinder.Bind(documents, new DiagnosticBag());

        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"r{i:D3}"), specs.MetaRouters.Select(r => r.Source.Name));
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"s{i}.meta.svc.cluster.local"), specs.MetaRouters.Select(r => r.Host));
    }

    [Fact]
    public void A_document_seen_again_is_not_bound_again_but_an_equal_new_document_is()
    {
        var (documents, _) = Inputs.Load(Router("r", "a.meta.svc.cluster.local"));
        var (reloaded, _) = Inputs.Load(Router("r", "a.meta.svc.cluster.local"));

        var first = SpecBinder.Bind(documents, new DiagnosticBag()).MetaRouters.Single();
        var again = SpecBinder.Bind(documents, new DiagnosticBag()).MetaRouters.Single();
        var fresh = SpecBinder.Bind(reloaded, new DiagnosticBag()).MetaRouters.Single();

        Assert.Same(first, again);
        Assert.NotSame(first, fresh);
        Assert.Same(reloaded[0], fresh.Source);
        Assert.Equal("a.meta.svc.cluster.local", fresh.Host);
    }

    [Fact]
    public void Without_remembering_the_same_document_is_bound_again()
    {
        var (documents, _) = Inputs.Load(Router("r", "a.meta.svc.cluster.local"));

        var first = SpecBinder.Bind(documents, new DiagnosticBag(), remember: false);
        var again = SpecBinder.Bind(documents, new DiagnosticBag(), remember: false);

        Assert.False(first.Remembered);
        Assert.True(SpecBinder.Bind(documents, new DiagnosticBag()).Remembered);
        Assert.NotSame(first.MetaRouters.Single(), again.MetaRouters.Single());
        Assert.Equal("a.meta.svc.cluster.local", again.MetaRouters.Single().Host);
        Assert.Same(documents[0], again.MetaRouters.Single().Source);
    }
}
