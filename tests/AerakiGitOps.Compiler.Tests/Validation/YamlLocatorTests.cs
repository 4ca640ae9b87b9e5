using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Tests.Validation;

public sealed class YamlLocatorTests
{
    private const string Router = """
        apiVersion: metaprotocol.aeraki.io/v1alpha1
        kind: MetaRouter
        metadata: {name: r, namespace: ns}
        spec:
          hosts: [a.ns.svc.cluster.local]
          routes:
          - name: v1
            match:
              attributes:
                method: {exact: sayHello}
                interface: {prefix: org.apache}
            route:
            - destination: {host: a.ns.svc.cluster.local, subset: v1}
              weight: 20
            - destination:
                host: a.ns.svc.cluster.local
                port: {number: 20880}
              weight: 80
          - name: default
            route:
            - destination: &shared
                host: b.ns.svc.cluster.local
                port:
                  number: 20880
            mirror: *shared
            requestMutation:
            - {key: a, value: b}
            - key: c
              value: d
          - [{x: 1}, [{y: 2}, {z: {w: 3}}]]
        """;

    /// <summary>What the fast reader accepts (no anchors): the mirror is a mapping of its own.</summary>
    private static readonly string PlainRouter = Router
        .Replace("destination: &shared", "destination:", StringComparison.Ordinal)
        .Replace("mirror: *shared", "mirror: {host: b.ns.svc.cluster.local}", StringComparison.Ordinal);

    public static TheoryData<string, int> Readers => new() { { "fast", 24 }, { "YamlDotNet", 23 } };

    [Theory]
    [MemberData(nameof(Readers))]
    public void Every_mapping_is_found_by_walking_down_to_where_it_starts(string reader, int count)
    {
        var document = Document(reader);
        var mappings = Mappings(document.Root).ToList();
        Assert.Equal(count, mappings.Count);
        foreach (var mapping in mappings)
        {
            Assert.Same(mapping, YamlLocator.Descend(document.Root, mapping.At.Line, mapping.At.Column));
            Assert.Same(mapping, YamlLocator.MappingAt(document, mapping.At));
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_position_where_no_mapping_starts_finds_nothing(string reader, int count)
    {
        var document = Document(reader);
        Assert.Equal(count, Mappings(document.Root).Count());
        var sayHello = Scalars(document.Root).Single(s => s.Value == "sayHello");
        Assert.Null(YamlLocator.MappingAt(document, sayHello.At));
        Assert.Null(YamlLocator.MappingAt(document, new SourceLocation(document.File, 200, 1)));
        Assert.Null(YamlLocator.MappingAt(document, new SourceLocation("other.yaml", document.Root.At.Line, document.Root.At.Column)));
    }

    [Fact]
    public void Fields_are_located_inside_the_mapping_found()
    {
        var document = Document("fast");
        var second = ((YSequence)((YMapping)document.Root["spec"]!)["routes"]!).Items[0] is YMapping route
            ? (YMapping)((YSequence)route["route"]!).Items[1]
            : throw new InvalidOperationException();
        var destination = (YMapping)second["destination"]!;
        Assert.Equal(new SourceLocation("router.yaml", 16, 9), destination.At);
        Assert.Equal(new SourceLocation("router.yaml", 17, 15), YamlLocator.FieldAt(document, destination.At, "port"));
        Assert.Equal(destination.At, YamlLocator.FieldAt(document, destination.At, "subset"));
    }

    private static PolicyDocument Document(string reader)
    {
        var diagnostics = new DiagnosticBag();
        var documents = reader == "fast"
            ? YamlTreeReader.Default.ReadFast("router.yaml", PlainRouter)!
            : YamlTreeReader.Default.ReadWithYamlDotNet("router.yaml", Router, diagnostics);
        Assert.False(diagnostics.HasErrors);
        var root = (YMapping)Assert.Single(documents).Root;
        return new PolicyDocument(PolicyKind.MetaRouter, "metaprotocol.aeraki.io/v1alpha1", "r", "ns", root, root.At);
    }

    private static IEnumerable<YNode> Nodes(YNode node) => node switch
    {
        YMapping mapping => mapping.Entries.SelectMany(e => Nodes(e.Value)).Prepend(node),
        YSequence sequence => sequence.Items.SelectMany(Nodes).Prepend(node),
        _ => [node],
    };

    private static IEnumerable<YMapping> Mappings(YNode root) => Nodes(root).OfType<YMapping>().Distinct(ReferenceEqualityComparer.Instance).Cast<YMapping>();

    private static IEnumerable<YScalar> Scalars(YNode root) => Nodes(root).OfType<YScalar>();
}
