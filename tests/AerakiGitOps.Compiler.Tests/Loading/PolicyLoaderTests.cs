using System.Text;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Loading.Yaml;
using static AerakiGitOps.Compiler.Tests.Support.DiagnosticAssert;
using static AerakiGitOps.Compiler.Tests.Support.Inputs;

namespace AerakiGitOps.Compiler.Tests.Loading;

public sealed class PolicyLoaderTests
{
    private static readonly string ServiceEntry = Lines(
        "apiVersion: networking.istio.io/v1beta1",
        "kind: ServiceEntry",
        "metadata:",
        "  name: se",
        "spec:",
        "  hosts: [a.b]");

    private static (IReadOnlyList<PolicyDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics) LoadBytes(byte[] bytes, YamlLimits? limits = null)
    {
        var diagnostics = new DiagnosticBag();
        var documents = new PolicyLoader("default", limits).LoadFile(new PolicyFile("p.yaml", bytes), diagnostics);
        return (documents, diagnostics.ToSortedList());
    }

    [Fact]
    public void A_recognised_document_keeps_kind_name_namespace_and_position()
    {
        var (documents, diagnostics) = Load("# leading comment\n" + ServiceEntry, "dir/p.yaml", "team-a");

        Assert.Empty(diagnostics);
        var document = Assert.Single(documents);
        Assert.Equal(PolicyKind.ServiceEntry, document.Kind);
        Assert.Equal("networking.istio.io/v1beta1", document.ApiVersion);
        Assert.Equal("se", document.Name);
        Assert.Equal("team-a", document.Namespace);
        Assert.Equal(new SourceLocation("dir/p.yaml", 2, 1), document.At);
        Assert.Equal("ServiceEntry team-a/se", document.DisplayName);
    }

    [Fact]
    public void An_explicit_namespace_wins_over_the_default()
    {
        var (documents, _) = Load(ServiceEntry.Replace("  name: se", "  name: se\n  namespace: mine", StringComparison.Ordinal));

        Assert.Equal("mine", Assert.Single(documents).Namespace);
    }

    [Theory]
    [InlineData("metaprotocol.aeraki.io/v1alpha1", "ApplicationProtocol")]
    [InlineData("aeraki-gitops.io/v1alpha1", "MeshSettings")]
    public void Cluster_scoped_kinds_get_no_default_namespace(string apiVersion, string kind)
    {
        var (documents, diagnostics) = Load(Lines($"apiVersion: {apiVersion}", $"kind: {kind}", "metadata:", "  name: x"));

        Assert.Empty(diagnostics);
        Assert.Equal(string.Empty, Assert.Single(documents).Namespace);
    }

    [Fact]
    public void A_byte_order_mark_is_stripped_and_positions_are_unchanged()
    {
        var (documents, diagnostics) = LoadBytes([.. "\uFEFF"u8.ToArray(), .. Encoding.UTF8.GetBytes(ServiceEntry)]);

        Assert.Empty(diagnostics);
        Assert.Equal(new SourceLocation("p.yaml", 1, 1), Assert.Single(documents).At);
        Assert.Equal("apiVersion", Assert.Single(documents).Root.Entries[0].Key.Value);
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_line_and_column_of_the_bad_byte()
    {
        byte[] bytes = [.. "a: 1\nbb: x"u8.ToArray(), 0xFF, .. "\n"u8.ToArray()];

        var (documents, diagnostics) = LoadBytes(bytes);

        var diagnostic = Single(diagnostics, "AGO1005 p.yaml(2,6)");
        Assert.Equal([10], diagnostic.Arguments);
        Assert.Empty(documents);
    }

    [Fact]
    public void The_column_of_a_bad_byte_counts_characters_not_bytes()
    {
        // "é" is two bytes but one column, as every editor shows it.
        byte[] bytes = [.. "x: é"u8.ToArray(), 0xC3, 0x28, .. "\n"u8.ToArray()];

        var (_, diagnostics) = LoadBytes(bytes);

        Single(diagnostics, "AGO1005 p.yaml(1,5)");
    }

    [Fact]
    public void The_offset_of_a_bad_byte_counts_from_the_start_of_the_file_including_a_byte_order_mark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "a: "u8.ToArray(), 0xFE];

        var (_, diagnostics) = LoadBytes(bytes);

        var diagnostic = Single(diagnostics, "AGO1005 p.yaml(1,4)");
        Assert.Equal([6], diagnostic.Arguments);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_reported_without_being_parsed()
    {
        var (documents, diagnostics) = LoadBytes(Encoding.UTF8.GetBytes(ServiceEntry), new YamlLimits { MaxFileBytes = 16 });

        var diagnostic = Single(diagnostics, "AGO1011 p.yaml(0,0)");
        Assert.Equal([Encoding.UTF8.GetByteCount(ServiceEntry), 16L], diagnostic.Arguments);
        Assert.Empty(documents);
    }

    [Theory]
    [InlineData("apps/v1", "Deployment")]
    [InlineData("gateway.networking.k8s.io/v1", "Gateway")]
    [InlineData("v1", "ConfigMap")]
    [InlineData("security.istio.io/v1", "ServiceEntry")]
    public void A_kind_we_do_not_read_is_a_warning_at_the_document_and_is_ignored(string apiVersion, string kind)
    {
        var (documents, diagnostics) = Load(Lines("---", $"apiVersion: {apiVersion}", $"kind: {kind}", "metadata:", "  name: x"));

        var diagnostic = Single(diagnostics, "AGO1006 policy.yaml(2,1)");
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal([kind, apiVersion], diagnostic.Arguments);
        Assert.Empty(documents);
    }

    [Theory]
    [InlineData("networking.istio.io/v2", "ServiceEntry")]
    [InlineData("metaprotocol.aeraki.io/v1", "MetaRouter")]
    [InlineData("v2", "Service")]
    public void An_unsupported_version_of_a_known_kind_is_an_error_at_the_api_version(string apiVersion, string kind)
    {
        var (documents, diagnostics) = Load(Lines("metadata:", "  name: x", $"apiVersion: {apiVersion}", $"kind: {kind}"));

        var diagnostic = Single(diagnostics, "AGO1015 policy.yaml(3,13)");
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(kind, diagnostic.Arguments[0]);
        Assert.Empty(documents);
    }

    [Theory]
    [InlineData("kind: ServiceEntry\nmetadata: {name: x}\n", "apiVersion")]
    [InlineData("apiVersion: v1\nmetadata: {name: x}\n", "kind")]
    [InlineData("apiVersion: ''\nkind: Service\n", "apiVersion")]
    [InlineData("apiVersion: [v1]\nkind: Service\n", "apiVersion")]
    public void A_document_without_api_version_or_kind_is_an_error_at_its_start(string text, string missing)
    {
        var (documents, diagnostics) = Load(text);

        var diagnostic = Single(diagnostics, "AGO1008 policy.yaml(1,1)");
        Assert.Equal([missing], diagnostic.Arguments);
        Assert.Empty(documents);
    }

    [Fact]
    public void A_document_without_metadata_name_is_an_error_at_its_metadata()
    {
        var (documents, diagnostics) = Load(Lines("apiVersion: v1", "kind: Service", "metadata:", "  namespace: a"));

        Single(diagnostics, "AGO1009 policy.yaml(4,3)");
        Assert.Empty(documents);
    }

    [Fact]
    public void A_document_without_metadata_is_an_error_at_its_start()
    {
        var (_, diagnostics) = Load(Lines("apiVersion: v1", "kind: Service"));

        Single(diagnostics, "AGO1009 policy.yaml(1,1)");
    }

    [Fact]
    public void The_address_lock_needs_no_name()
    {
        var (documents, diagnostics) = Load(Lines("apiVersion: aeraki-gitops.io/v1alpha1", "kind: AddressLock", "hosts: []"));

        Assert.Empty(diagnostics);
        Assert.Equal(PolicyKind.AddressLock, Assert.Single(documents).Kind);
    }

    [Theory]
    [InlineData("just text\n", "scalar", 1, 1)]
    [InlineData("# c\n- a\n- b\n", "sequence", 2, 1)]
    public void A_document_that_is_not_a_mapping_is_an_error(string text, string what, int line, int column)
    {
        var (documents, diagnostics) = Load(text);

        var diagnostic = Single(diagnostics, $"AGO1007 policy.yaml({line},{column})");
        Assert.Equal([what], diagnostic.Arguments);
        Assert.Empty(documents);
    }

    [Fact]
    public void A_kubectl_list_is_expanded_into_its_items_with_their_own_positions()
    {
        var text = Lines(
            "apiVersion: v1",
            "kind: List",
            "items:",
            "- apiVersion: v1",
            "  kind: Service",
            "  metadata: {name: one}",
            "- apiVersion: apps/v1",
            "  kind: Deployment",
            "  metadata: {name: skipped}",
            "- apiVersion: v1",
            "  kind: Service",
            "  metadata: {name: two, namespace: other}");

        var (documents, diagnostics) = Load(text);

        Single(diagnostics, "AGO1006 policy.yaml(7,3)");
        Assert.Equal(["default/one", "other/two"], documents.Select(d => $"{d.Namespace}/{d.Name}"));
        Assert.Equal([4, 10], documents.Select(d => d.At.Line));
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_not_just_the_first()
    {
        var text = Lines("kind: A", "---", "- x", "---", "apiVersion: v1", "kind: Service", "metadata: {name: ok}");

        var (documents, diagnostics) = Load(text);

        Exactly(diagnostics, "AGO1008 policy.yaml(1,1)", "AGO1007 policy.yaml(3,1)");
        Assert.Equal("ok", Assert.Single(documents).Name);
    }
}
