using AerakiGitOps.Tests.Shared;
using AerakiGitOps.Compiler.Loading;
using NJsonSchema.Validation;

namespace AerakiGitOps.Compiler.Tests.Schema;

/// <summary>
/// Every sample object under Samples/ (taken from Aeraki's and Istio's demos) must be accepted by the
/// vendor CRD schema of its kind and by our schema: ours may be stricter only on objects the vendor
/// accepts but the compiler could not use.
/// </summary>
public sealed class VendorCompatibilityTests
{
    private static readonly PolicyKind[] KindsWithVendorCrd =
    [
        PolicyKind.MetaRouter, PolicyKind.ApplicationProtocol, PolicyKind.RedisService, PolicyKind.RedisDestination,
        PolicyKind.DubboAuthorizationPolicy, PolicyKind.ServiceEntry, PolicyKind.DestinationRule, PolicyKind.VirtualService,
        PolicyKind.Gateway,
    ];

    public static TheoryData<string> SampleFiles() => new(SampleNames());

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void A_sample_the_vendor_CRD_accepts_is_accepted_by_our_schema(string sample)
    {
        var documents = SchemaTestSupport.Load(ReadSample(sample), sample);
        Assert.NotEmpty(documents);

        foreach (var document in documents)
        {
            if (KindsWithVendorCrd.Contains(document.Kind))
            {
                var vendor = VendorCrdSchemas.For(document.ApiVersion, document.Kind.ToString());
                Assert.NotNull(vendor);
                var vendorErrors = vendor.Validate(VendorCrdSchemas.ToJson(document.Root));
                Assert.True(vendorErrors.Count == 0, $"{document.DisplayName} is rejected by the vendor CRD: {string.Join("; ", vendorErrors.Select(Describe))}");
            }
        }

        Assert.Empty(SchemaTestSupport.Validate(ReadSample(sample), sample).Select(d => d.ToString()));
    }

    [Fact]
    public void Every_kind_has_at_least_one_sample()
    {
        var kinds = SampleNames()
            .SelectMany(name => SchemaTestSupport.Load(ReadSample(name), name))
            .Select(d => d.Kind)
            .ToHashSet();

        Assert.Equal(Enum.GetValues<PolicyKind>().Order(), kinds.Order());
    }

    [Theory]
    [InlineData("metarouter-traffic-split.yaml", "spec.routes[0].route[0].weight", 150)]
    [InlineData("metarouter-traffic-split.yaml", "spec.routes[0].route[1].destination.port.number", 0)]
    public void The_vendor_CRD_accepts_values_our_schema_rejects_because_the_compiler_could_not_use_them(string sample, string path, int value)
    {
        var document = SchemaTestSupport.Load(ReadSample(sample), sample).Single();
        var json = VendorCrdSchemas.ToJson(document.Root);
        json.SelectToken(path)!.Replace(value);

        var vendor = VendorCrdSchemas.For(document.ApiVersion, document.Kind.ToString())!;
        Assert.Empty(vendor.Validate(json));

        var ours = Compiler.Schema.SchemaCatalog.Embedded.Get(document.Kind);
        Assert.NotEmpty(ours.Validate(json));
    }

    [Theory]
    [InlineData("dubbo.aeraki.io/v1alpha1", "DubboAuthorizationPolicy", "{\"spec\": {\"action\": \"MAYBE\"}}")]
    [InlineData("networking.istio.io/v1alpha3", "ServiceEntry", "{\"spec\": {\"ports\": [{\"number\": 80, \"name\": \"http\"}]}}")]
    [InlineData("networking.istio.io/v1", "Gateway", "{\"spec\": {\"servers\": [{\"hosts\": [\"*\"]}]}}")]
    public void The_vendor_CRD_schemas_are_live_and_reject_what_the_API_server_rejects(string apiVersion, string kind, string json)
    {
        var vendor = VendorCrdSchemas.For(apiVersion, kind);

        Assert.NotNull(vendor);
        Assert.NotEmpty(vendor.Validate(Newtonsoft.Json.Linq.JToken.Parse(json)));
    }

    [Fact]
    public void An_int_or_string_target_port_that_fits_neither_form_is_described_as_a_whole()
    {
        var diagnostics = SchemaTestSupport.Validate("""
            apiVersion: v1
            kind: Service
            metadata:
              name: demo
            spec:
              ports:
                - port: 80
                  targetPort: 70000
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("AGO2004", 8, 19), (diagnostic.Id, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("a port number from 1 to 65535 or the name of a container port", diagnostic.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<string> SampleNames()
        => Directory.EnumerateFiles(SchemaTestSupport.SamplesFolder, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private static string ReadSample(string name) => File.ReadAllText(Path.Combine(SchemaTestSupport.SamplesFolder, name));

    private static string Describe(ValidationError error) => $"{error.Kind} at {error.Path}";
}
