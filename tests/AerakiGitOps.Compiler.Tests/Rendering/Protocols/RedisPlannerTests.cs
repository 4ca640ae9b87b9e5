namespace AerakiGitOps.Compiler.Tests.Rendering.Protocols;

/// <summary>Redis: the fixed Aeraki quirks and the secrets rule.</summary>
public sealed class RedisPlannerTests
{
    private const string Service = """
        apiVersion: v1
        kind: Service
        metadata: {name: cache, namespace: redis}
        spec:
          clusterIP: 10.96.0.9
          selector: {app: cache}
          ports: [{name: tcp-redis, port: 6379}]
        ---
        apiVersion: redis.aeraki.io/v1alpha1
        kind: RedisService
        metadata: {name: cache, namespace: redis}
        spec:
          host: [cache.redis.svc.cluster.local]
          settings:
            readPolicy: PREFER_REPLICA

        """;

    [Theory]
    [InlineData(0.57, 5700u)]
    [InlineData(12.5, 125000u)]
    [InlineData(100.0, 1000000u)]
    [InlineData(0.00001, 0u)]
    public void Percentages_become_exact_fractions_per_million(double percentage, uint expected)
        => Assert.Equal(expected, Compiler.Rendering.Filters.Redis.RedisProxyBuilder.PerMillion(percentage));

    [Fact]
    public void PREFER_REPLICA_stays_PREFER_REPLICA()
    {
        var outbound = ProtocolRendering.Filters(Service).Single(m => m.Name.StartsWith("aeraki-outbound-", StringComparison.Ordinal));
        Assert.Equal("PREFER_REPLICA", ProtocolRendering.Text(ProtocolRendering.FilterConfig(outbound), "settings", "readPolicy"));
        Assert.Equal("60s", ProtocolRendering.Text(ProtocolRendering.FilterConfig(outbound), "settings", "opTimeout"));
    }

    [Fact]
    public void A_plain_text_password_is_an_error_and_nothing_is_rendered_without_the_opt_in()
    {
        var yaml = Service + "    auth: {plain: {password: s3cret}}\n";
        var refused = ProtocolRendering.Compile(yaml);
        Assert.Equal(["AGO3513"], refused.Diagnostics.Select(d => d.Id));
        Assert.Empty(refused.Manifests);

        var allowed = ProtocolRendering.Compile(yaml, allowPlaintextSecrets: true);
        Assert.Equal(["AGO3514"], allowed.Diagnostics.Select(d => d.Id));
        var outbound = allowed.Manifests.Single(m => m.Name.StartsWith("aeraki-outbound-", StringComparison.Ordinal));
        Assert.Equal("s3cret", ProtocolRendering.Text(ProtocolRendering.FilterConfig(outbound), "downstreamAuthPassword", "inlineString"));
    }

    [Fact]
    public void A_secret_reference_renders_a_file_path_and_never_a_value()
    {
        var yaml = Service + "    auth: {secret: {name: cache-auth, passwordField: token}}\n";
        var outbound = ProtocolRendering.Filters(yaml).Single(m => m.Name.StartsWith("aeraki-outbound-", StringComparison.Ordinal));
        var password = ProtocolRendering.At(ProtocolRendering.FilterConfig(outbound), "downstreamAuthPassword")!;
        Assert.Equal("/etc/aeraki-gitops/secrets/cache-auth/token", ProtocolRendering.Text(password, "filename"));
        Assert.Null(ProtocolRendering.At(password, "inlineString"));
        Assert.Null(ProtocolRendering.At(ProtocolRendering.FilterConfig(outbound), "downstreamAuthUsername"));
    }
}
