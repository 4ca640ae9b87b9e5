using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.Compiler.Tests.Cli;

/// <summary>--allow-plaintext-secrets turns a plain-text Redis password from an error into a warning that renders it.</summary>
public sealed class PlaintextSecretsFlagTests : IDisposable
{
    private const string Policy = """
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
            auth: {plain: {password: s3cret}}
        """;

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Without_the_flag_the_password_is_an_error_and_nothing_is_written()
    {
        _folder.Write(Path.Combine("policies", "redis.yaml"), Policy);
        var output = Path.Combine(_folder.Path, "out");

        var run = CliRun.Of("render", Path.Combine(_folder.Path, "policies"), "-o", output);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("error AGO3513:", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void With_the_flag_the_password_is_a_warning_and_is_rendered()
    {
        _folder.Write(Path.Combine("policies", "redis.yaml"), Policy);
        var output = Path.Combine(_folder.Path, "out");

        var run = CliRun.Of("render", Path.Combine(_folder.Path, "policies"), "-o", output, "--allow-plaintext-secrets");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("warning AGO3514:", run.Error, StringComparison.Ordinal);
        var filter = File.ReadAllText(Path.Combine(output, "manifests", "istio-system", "envoyfilter-aeraki-outbound-cache.redis.svc.cluster.local-10.96.0.9-6379.yaml"));
        Assert.Contains("inlineString: s3cret", filter, StringComparison.Ordinal);
    }
}
