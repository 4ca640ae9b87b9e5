using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Rendering;
using AerakiGitOps.Compiler.Rendering.Manifests;

namespace AerakiGitOps.Compiler.Tests.Rendering;

/// <summary>Two objects for one output file are reported once per file, naming the first two sources, whatever the order of the list.</summary>
public sealed class ConsistencyCheckTests
{
    private static RenderedManifest Manifest(string kind, string name, string source, string ns = "apps")
        => new(kind, name, ns, YamlEdits.EmptyMapping(SourceLocation.None).With("kind", YamlEdits.String(kind)), [source]);

    private static List<string> Reports(IReadOnlyList<RenderedManifest> manifests)
    {
        var diagnostics = new DiagnosticBag();
        ConsistencyCheck.Run(new RenderedPolicy(manifests, []), diagnostics);
        return [.. diagnostics.ToSortedList().Select(d => $"{d.Id} {d.Location.File}: {d.Message}")];
    }

    public static TheoryData<bool> Orders => new() { true, false };

    [Theory]
    [MemberData(nameof(Orders))]
    public void Each_duplicated_path_is_reported_once_with_its_first_two_sources(bool sortedByPath)
    {
        List<RenderedManifest> manifests =
        [
            Manifest("ServiceEntry", "a", "a1.yaml"),
            Manifest("ServiceEntry", "a", "a2.yaml"),
            Manifest("ServiceEntry", "a", "a3.yaml"),
            Manifest("ServiceEntry", "b", "b.yaml"),
            Manifest("VirtualService", "c", "c1.yaml"),
            Manifest("VirtualService", "c", "c2.yaml"),
        ];
        if (!sortedByPath)
        {
            manifests = [manifests[4], manifests[0], manifests[3], manifests[1], manifests[5], manifests[2]];
        }

        var reports = Reports(manifests);

        string[] expected =
        [
            "AGO4004 a2.yaml: ServiceEntry apps/a would be generated twice (from a1.yaml and a2.yaml); rename one of the sources",
            "AGO4004 c2.yaml: VirtualService apps/c would be generated twice (from c1.yaml and c2.yaml); rename one of the sources",
        ];
        Assert.Equal(expected, reports);
    }

    [Fact]
    public void Distinct_paths_give_no_report()
    {
        Assert.Empty(Reports([Manifest("ServiceEntry", "a", "a.yaml"), Manifest("ServiceEntry", "b", "b.yaml"), Manifest("DestinationRule", "a", "a.yaml")]));
    }

    [Fact]
    public void Names_and_namespaces_kubernetes_rejects_are_errors_and_valid_ones_pass()
    {
        var longest = new string('a', 253);
        List<RenderedManifest> manifests =
        [
            Manifest("EnvoyFilter", "aeraki-outbound-h.apps.svc.cluster.local-10.0.0.1-20880", "ok.yaml"),
            Manifest("EnvoyFilter", longest, "longest.yaml"),
            Manifest("EnvoyFilter", longest + "a", "too-long.yaml"),
            Manifest("EnvoyFilter", "aeraki-outbound-h-2001:db8::1-20880", "colon.yaml"),
            Manifest("EnvoyFilter", "a/../../escape", "slash.yaml"),
            Manifest("ServiceEntry", "Upper", "upper.yaml"),
            Manifest("ServiceEntry", "fine", "namespace.yaml", ns: ".."),
        ];

        var reports = Reports(manifests).Select(r => r[..r.IndexOf(':', StringComparison.Ordinal)]).ToList();

        Assert.Equal(["AGO4006 colon.yaml", "AGO4006 namespace.yaml", "AGO4006 slash.yaml", "AGO4006 too-long.yaml", "AGO4006 upper.yaml"], reports);
    }
}
