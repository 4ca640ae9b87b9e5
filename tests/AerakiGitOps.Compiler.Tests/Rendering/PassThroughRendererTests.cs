using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Binding;
using AerakiGitOps.Compiler.Rendering.Manifests;
using AerakiGitOps.Compiler.Tests.Support;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Tests.Rendering;

public sealed class PassThroughRendererTests
{
    private static readonly string Entries = Inputs.Lines(
        "apiVersion: networking.istio.io/v1beta1",
        "kind: ServiceEntry",
        "metadata:",
        "  name: thrift",
        "  namespace: meta",
        "  resourceVersion: '12'",
        "spec:",
        "  hosts: [thrift.meta.svc.cluster.local]",
        "  resolution: STATIC",
        "  ports:",
        "    - {number: 9090, name: tcp-metaprotocol-thrift, protocol: TCP}",
        "---",
        "apiVersion: networking.istio.io/v1beta1",
        "kind: DestinationRule",
        "metadata:",
        "  name: thrift",
        "  namespace: meta",
        "spec:",
        "  host: thrift.meta.svc.cluster.local");

    private static PolicyModel Model(IReadOnlyList<AerakiGitOps.Compiler.Loading.PolicyDocument> documents, ModelSettings? settings = null)
        => new(SpecBinder.Bind(documents, new DiagnosticBag()), settings ?? new ModelSettings());

    [Fact]
    public void Objects_get_the_ownership_label_lose_server_set_fields_and_an_allocated_address()
    {
        var (documents, _) = Inputs.Load(Entries);

        var manifests = PassThroughRenderer.Render(Model(documents)).ToList();

        Assert.Equal(["ServiceEntry/thrift", "DestinationRule/thrift"], manifests.Select(m => $"{m.Kind}/{m.Name}"));
        var entry = manifests[0].ParseContent();
        var metadata = (YMapping)entry["metadata"]!;
        Assert.Null(metadata["resourceVersion"]);
        Assert.Equal("aeraki-gitops", ((YScalar)((YMapping)metadata["labels"]!)["app.kubernetes.io/managed-by"]!).Value);
        var address = ((YScalar)((YSequence)((YMapping)entry["spec"]!)["addresses"]!).Items.Single()).Value;
        Assert.StartsWith("240.240.", address, StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_whose_specs_are_not_remembered_are_rendered_again()
    {
        var (documents, _) = Inputs.Load(Entries);
        PolicyModel OneShot() => new(SpecBinder.Bind(documents, new DiagnosticBag(), remember: false), new ModelSettings());

        var first = PassThroughRenderer.Render(OneShot()).ToList();
        var again = PassThroughRenderer.Render(OneShot()).ToList();

        Assert.Equal(2, first.Count);
        for (var i = 0; i < first.Count; i++)
        {
            Assert.NotSame(first[i], again[i]);
            Assert.Equal(first[i].FileBytes, again[i].FileBytes);
        }
    }

    [Fact]
    public void The_same_documents_with_the_same_addresses_reuse_their_objects_and_new_addresses_do_not()
    {
        var (documents, _) = Inputs.Load(Entries);
        var first = PassThroughRenderer.Render(Model(documents)).ToList();
        var again = PassThroughRenderer.Render(Model(documents)).ToList();
        Assert.Same(first[0], again[0]);
        Assert.Same(first[1], again[1]);

        // Another address for the same document (a lock file entry) must not be served from memory.
        var locked = Entries + "---\n" + Inputs.Lines(
            "apiVersion: aeraki-gitops.io/v1alpha1",
            "kind: AddressLock",
            "hosts:",
            "  - host: thrift.meta.svc.cluster.local",
            "    addresses: [240.240.7.7]");
        var (lockedDocuments, lockDiagnostics) = Inputs.Load(locked);
        Assert.Empty(lockDiagnostics);
        var sameEntryNewAddress = PassThroughRenderer.Render(Model([documents[0], documents[1], lockedDocuments[2]])).ToList();
        Assert.NotSame(first[0], sameEntryNewAddress[0]);
        Assert.Same(first[1], sameEntryNewAddress[1]);
        Assert.Equal("240.240.7.7", ((YScalar)((YSequence)((YMapping)sameEntryNewAddress[0].ParseContent()["spec"]!)["addresses"]!).Items.Single()).Value);
    }
}
