using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Xds.Hosting;
using AerakiGitOps.Xds.Sources;
using AerakiGitOps.Xds.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace AerakiGitOps.Xds.Tests.Security;

/// <summary>
/// Secrets stay out of everything the reconciler shows: a canary password in a policy never reaches logs
/// or the HTTP endpoints, and a git URL's credentials never reach logs, errors or /debug/status. Both
/// xDS and the HTTP endpoints listen on loopback unless told otherwise. (Mutual TLS refusals are tested
/// in Functional/TlsTests; the canary in generated files in Compiler.Tests/Cli/PlaintextSecretsFlagTests.)
/// </summary>
public sealed class SecretLeakTests
{
    private const string Canary = "CANARY-5e11d0e7";
    private const string Token = "tok-9f8e7d6c5b";

    [Fact]
    public void Both_listen_addresses_default_to_loopback()
    {
        var options = new XdsHostOptions();

        Assert.StartsWith("127.0.0.1:", options.XdsListen, StringComparison.Ordinal);
        Assert.StartsWith("127.0.0.1:", options.HttpListen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plaintext_password_allowed_by_the_flag_never_appears_in_logs_or_http_endpoints()
    {
        using var repository = new PolicyRepository();
        repository.Write(RedisPolicy, WithCanary(repository.Read(RedisPolicy)));
        await using var server = await TestServer.StartAsync(new GitSnapshotSource(repository.Path, "HEAD", null, new CompileOptions { AllowPlaintextSecrets = true }));
        var http = server.Http();

        foreach (var path in new[] { "/debug/snapshot", "/debug/status", "/debug/clients", "/metrics", "/readyz" })
        {
            Assert.DoesNotContain(Canary, await http.GetStringAsync(path), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(server.Logs.Entries, e => e.Message.Contains(Canary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_plaintext_password_without_the_flag_fails_start_up_without_echoing_the_password()
    {
        using var repository = new PolicyRepository();
        repository.Write(RedisPolicy, WithCanary(repository.Read(RedisPolicy)));

        var error = await Assert.ThrowsAsync<SnapshotLoadException>(() => TestServer.StartAsync(new GitSnapshotSource(repository.Path, "HEAD", null, new CompileOptions())));

        Assert.Contains("AGO3513", error.Diagnostics, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credentials_in_a_git_url_never_appear_in_logs_errors_or_debug_status()
    {
        var logs = new RecordingLoggerProvider();
        var url = $"https://user:{Token}@127.0.0.1:1/repo.git";
        var options = new XdsHostOptions
        {
            XdsListen = "127.0.0.1:0",
            HttpListen = "127.0.0.1:0",
            ConfigureLogging = b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace),
            Reconciler = new SnapshotReconcilerOptions { PollInterval = TimeSpan.FromMinutes(10), StartupTimeout = TimeSpan.FromSeconds(1), StartupRetryDelay = TimeSpan.FromMilliseconds(20) },
        };
        using var source = new GitSnapshotSource(url, "main", null, new CompileOptions());
        await using var host = XdsServerHost.Create(options, source);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync(CancellationToken.None));

        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, source.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains(Token, StringComparison.Ordinal));
        Assert.DoesNotContain(Token, host.Cache.LastFailure?.Diagnostics ?? string.Empty, StringComparison.Ordinal);
    }

    private const string RedisPolicy = "redis/redis.yaml";

    /// <summary>The bundled RedisService with its Secret reference replaced by a plain-text canary password.</summary>
    private static string WithCanary(string policy)
    {
        var changed = policy.Replace("      secret:\n        name: redis-clients\n", $"      plain:\n        password: {Canary}\n", StringComparison.Ordinal);
        Assert.NotEqual(policy, changed);
        return changed;
    }
}
