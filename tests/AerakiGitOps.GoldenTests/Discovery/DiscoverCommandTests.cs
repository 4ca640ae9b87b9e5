using AerakiGitOps.Cli;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.GoldenTests.Discovery;

/// <summary>`aeraki-gitops discover` end to end against <see cref="FakeKubernetesApi"/>, through <see cref="CliApp.Run"/>.</summary>
public sealed class DiscoverCommandTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly TemporaryFolder _folder = new();
    private readonly FakeKubernetesApi _api = new();
    private readonly string _policies;
    private readonly string _kubeconfig;
    private readonly string _lockFile;

    public DiscoverCommandTests()
    {
        _policies = DiscoverPolicies.Write(_folder);
        _kubeconfig = _api.WriteKubeconfig(_folder.Path);
        _lockFile = Path.Combine(_policies, "aeraki-gitops.lock.yaml");
        DiscoverPolicies.Serve(_api);
    }

    [Fact]
    public void Writes_the_lock_file_with_the_cluster_addresses_in_deterministic_bytes()
    {
        var run = Discover();

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal(DiscoverPolicies.ExpectedLock.ReplaceLineEndings("\n"), File.ReadAllText(_lockFile));
        Assert.Contains("added 4 hosts, updated 0, removed 0", run.Out, StringComparison.Ordinal);
        Assert.Equal(
            [
                "GET /api/v1/namespaces/apps/services/echo",
                "GET /api/v1/namespaces/apps/services/greeter",
                "GET /apis/networking.istio.io/v1/namespaces/meta-dubbo/serviceentries/dubbo-demo",
                "GET /apis/networking.istio.io/v1/namespaces/meta-thrift/serviceentries/thrift-demo",
            ],
            _api.Requests);
        Assert.Empty(Directory.GetFiles(_policies, "*.tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_second_run_with_unchanged_facts_leaves_the_file_untouched()
    {
        Assert.Equal(ExitCodes.Success, Discover().ExitCode);
        var before = File.ReadAllBytes(_lockFile);
        File.SetLastWriteTimeUtc(_lockFile, LongAgo);

        var again = Discover();

        Assert.True(again.ExitCode == ExitCodes.Success, again.ToString());
        Assert.Contains("is up to date", again.Out, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_lockFile));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(_lockFile));
    }

    [Fact]
    public void Equal_facts_in_another_layout_are_not_rewritten()
    {
        File.WriteAllText(_lockFile, """
            apiVersion: aeraki-gitops.io/v1alpha1
            kind: AddressLock
            hosts:
            - {host: thrift-sample-server.meta-thrift.svc.cluster.local, addresses: [240.240.0.7]}
            - {host: org.apache.dubbo.samples.basic.api.demoservice, addresses: [240.240.12.34]}
            - {host: greeter.apps.svc.cluster.local, addresses: [10.96.7.7]}
            - {host: echo.apps.svc.cluster.local, addresses: [10.96.0.42]}
            """);
        var before = File.ReadAllBytes(_lockFile);
        File.SetLastWriteTimeUtc(_lockFile, LongAgo);

        var run = Discover();

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal(before, File.ReadAllBytes(_lockFile));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(_lockFile));
    }

    [Fact]
    public void A_changed_ClusterIP_updates_the_entry_and_hosts_gone_from_the_policies_are_removed()
    {
        Assert.Equal(ExitCodes.Success, Discover().ExitCode);
        _api.Put(FakeKubernetesApi.ServicePath("apps", "greeter"), FakeKubernetesApi.Recorded("service-apps-greeter.json").Replace("10.96.7.7", "10.96.7.8", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_policies, "istio", "serviceentries.yaml"), DiscoverPolicies.ServiceEntries.Split("---")[0]);

        var run = Discover();

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("added 0 hosts, updated 1, removed 1", run.Out, StringComparison.Ordinal);
        var expected = DiscoverPolicies.ExpectedLock.ReplaceLineEndings("\n")
            .Replace("10.96.7.7", "10.96.7.8", StringComparison.Ordinal)
            .Replace("- host: thrift-sample-server.meta-thrift.svc.cluster.local\n  addresses:\n  - 240.240.0.7\n", string.Empty, StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllText(_lockFile));
    }

    [Fact]
    public void Render_uses_the_discovered_addresses_for_the_outbound_filters()
    {
        Assert.Equal(ExitCodes.Success, Discover().ExitCode);
        var output = Path.Combine(_folder.Path, "generated");

        var render = CliRun.Of("render", _policies, "-o", output);

        Assert.True(render.ExitCode == ExitCodes.Success, render.ToString());
        Assert.DoesNotContain("AGO3053", render.Error, StringComparison.Ordinal);
        var filters = Directory.GetFiles(Path.Combine(output, "manifests"), "envoyfilter-aeraki-outbound-*", SearchOption.AllDirectories)
            .Select(Path.GetFileName)
            .ToList();
        Assert.Contains("envoyfilter-aeraki-outbound-greeter.apps.svc.cluster.local-10.96.7.7-20880.yaml", filters);
        Assert.Contains("envoyfilter-aeraki-outbound-echo.apps.svc.cluster.local-10.96.0.42-9090.yaml", filters);
        Assert.Contains("envoyfilter-aeraki-outbound-thrift-sample-server.meta-thrift.svc.cluster.local-240.240.0.7-9090.yaml", filters);
        var serviceEntry = File.ReadAllText(Path.Combine(output, "manifests", "meta-dubbo", "serviceentry-dubbo-demo.yaml"));
        Assert.Contains("240.240.12.34", serviceEntry, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Service_missing_in_the_cluster_is_a_warning_and_keeps_its_entry()
    {
        Assert.Equal(ExitCodes.Success, Discover().ExitCode);
        _api.Remove(FakeKubernetesApi.ServicePath("apps", "greeter"));
        File.SetLastWriteTimeUtc(_lockFile, LongAgo);

        var run = Discover();

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("services.yaml(2,1): warning AGO7001: Service apps/greeter (host greeter.apps.svc.cluster.local) does not exist in the cluster", run.Error, StringComparison.Ordinal);
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(_lockFile));
    }

    [Fact]
    public void A_Service_that_is_headless_in_the_cluster_gets_no_entry_and_a_warning()
    {
        File.AppendAllText(Path.Combine(_policies, "services.yaml"), "\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: legacy\n  namespace: apps\nspec:\n  selector:\n    app: legacy\n  ports:\n  - name: tcp-metaprotocol-dubbo\n    port: 20880\n");
        _api.Put(FakeKubernetesApi.ServicePath("apps", "legacy"), FakeKubernetesApi.Recorded("service-apps-legacy-headless.json"));

        var run = Discover("--format", "json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("\"id\": \"AGO7002\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"added\": [", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("legacy", File.ReadAllText(_lockFile), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_cluster_exits_2_and_writes_nothing()
    {
        using var refusing = FakeKubernetesApi.RefusingPort();
        var kubeconfig = FakeKubernetesApi.WriteKubeconfig(Path.Combine(_folder.Path), $"http://{refusing.LocalEndPoint}");

        var run = CliRun.Of("discover", _policies, "--kubeconfig", kubeconfig);

        Assert.True(run.ExitCode == ExitCodes.UsageError, run.ToString());
        Assert.Contains("cannot reach the cluster at http://127.0.0.1:", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeKubernetesApi.Token, run.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_lockFile));
    }

    [SkippableFact]
    public void A_kubeconfig_whose_token_comes_from_an_exec_credential_plugin_is_used()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new SkipException("the credential plugin of this test is a shell script");
        }

        // How EKS, GKE and AKS kubeconfigs authenticate: a command prints an ExecCredential with the token.
        var plugin = _folder.Write("credential-plugin.sh", $$$"""
            #!/bin/sh
            echo '{"apiVersion": "client.authentication.k8s.io/v1", "kind": "ExecCredential", "status": {"token": "{{{FakeKubernetesApi.Token}}}"}}'
            """);
        File.SetUnixFileMode(plugin, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var kubeconfig = FakeKubernetesApi.WriteKubeconfig(
            _folder.Path,
            _api.Url,
            ["exec:", "  apiVersion: client.authentication.k8s.io/v1", $"  command: {plugin}", "  interactiveMode: Never"]);

        var run = CliRun.Of("discover", _policies, "--kubeconfig", kubeconfig);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal(DiscoverPolicies.ExpectedLock.ReplaceLineEndings("\n"), File.ReadAllText(_lockFile));
        Assert.Equal(4, _api.Requests.Count);
        Assert.DoesNotContain(FakeKubernetesApi.Token, run.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Refused_credentials_exit_2_without_printing_them()
    {
        var kubeconfig = _api.WriteKubeconfig(_folder.Path, token: "wrong-token-5b1e");

        var run = CliRun.Of("discover", _policies, "--kubeconfig", kubeconfig);

        Assert.True(run.ExitCode == ExitCodes.UsageError, run.ToString());
        Assert.Contains("401", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-token-5b1e", run.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_lockFile));
    }

    [Theory]
    [InlineData("no-such-kubeconfig.yaml", "does not exist")]
    [InlineData("garbage.yaml", "cannot be read")]
    public void A_bad_kubeconfig_exits_2(string file, string message)
    {
        _folder.Write("garbage.yaml", "users: [: this is not a kubeconfig");

        var run = CliRun.Of("discover", _policies, "--kubeconfig", Path.Combine(_folder.Path, file));

        Assert.True(run.ExitCode == ExitCodes.UsageError, run.ToString());
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public void An_unknown_context_exits_2()
    {
        var run = Discover("--context", "production");

        Assert.True(run.ExitCode == ExitCodes.UsageError, run.ToString());
        Assert.Contains("production", run.Error, StringComparison.Ordinal);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public void Policies_with_errors_exit_1_before_the_cluster_is_asked()
    {
        _folder.Write("policies/broken.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: broken\nspec:\n  ports: nope\n");

        var run = Discover();

        Assert.True(run.ExitCode == ExitCodes.InputErrors, run.ToString());
        Assert.Empty(_api.Requests);
        Assert.False(File.Exists(_lockFile));
    }

    [Fact]
    public void A_lock_file_that_holds_other_documents_is_refused()
    {
        _folder.Write("policies/aeraki-gitops.lock.yaml", "apiVersion: aeraki-gitops.io/v1alpha1\nkind: AddressLock\nhosts: []\n---\n" + DiscoverPolicies.ServiceEntries.Split("---")[1]);
        File.WriteAllText(Path.Combine(_policies, "istio", "serviceentries.yaml"), DiscoverPolicies.ServiceEntries.Split("---")[0]);

        var run = Discover();

        Assert.True(run.ExitCode == ExitCodes.InputErrors, run.ToString());
        Assert.Contains("error AGO7004", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_lock_file_elsewhere_below_the_policy_root_is_the_one_updated()
    {
        var elsewhere = _folder.Write("policies/cluster/addresses.yaml", "apiVersion: aeraki-gitops.io/v1alpha1\nkind: AddressLock\nhosts:\n- host: gone.apps.svc.cluster.local\n  addresses: [10.96.9.9]\n");

        var run = Discover();

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("added 4 hosts, updated 0, removed 1", run.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(_lockFile));
        Assert.Equal(DiscoverPolicies.ExpectedLock.ReplaceLineEndings("\n"), File.ReadAllText(elsewhere));
    }

    public void Dispose()
    {
        _api.Dispose();
        _folder.Dispose();
    }

    private CliRun Discover(params string[] extra) => CliRun.Of(["discover", _policies, "--kubeconfig", _kubeconfig, .. extra]);
}
