using System.Diagnostics;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Protos.Snapshot;
using AerakiGitOps.Tests.Shared;
using Envoy.Config.Route.V3;
using Google.Protobuf;
using NJsonSchema;

namespace AerakiGitOps.GoldenTests;

/// <summary>What the output promises to the cluster, Argo CD / Flux and the reconciler, checked on the bundled policies and every golden case.</summary>
public sealed class OutputContractTests
{
    private static readonly Lazy<JsonSchema> EnvoyFilterSchema = new(() => VendorCrdSchemas.For("networking.istio.io/v1alpha3", "EnvoyFilter")!);

    /// <summary>The bundled policies and every golden case that renders (failing cases have no output).</summary>
    public static TheoryData<string> Outputs()
        => [.. GoldenCase.All().Where(c => File.Exists(Path.Combine(c.Expected, OutputTree.SnapshotIndex))).Select(c => c.Name).Prepend("policies")];

    [Fact]
    public void The_bundled_policies_render_with_no_errors_and_no_warnings()
    {
        var result = BundledPolicies.Result;
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.NotNull(result.Output);
        Assert.Contains(result.Manifests, m => m.Kind == "EnvoyFilter" && m.Name.StartsWith("aeraki-gateway-outbound-", StringComparison.Ordinal));
        Assert.True(result.Snapshot!.Routes.Count >= 3);
    }

    [Fact]
    public void Rendering_the_same_input_twice_gives_identical_bytes()
    {
        var first = BundledPolicies.Compile().Output!;
        var second = BundledPolicies.Compile().Output!;
        Assert.Equal(first.Files.Keys, second.Files.Keys);
        foreach (var (path, content) in first.Files)
        {
            Assert.True(content.Span.SequenceEqual(second.Files[path].Span), $"{path} differs between two renders");
        }
    }

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Every_generated_EnvoyFilter_is_valid_against_Istios_schema(string name)
    {
        var output = OutputOf(name);
        var filters = output.Files.Keys.Where(p => p.Contains("/envoyfilter-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(filters);
        foreach (var path in filters)
        {
            var spec = ((Compiler.Loading.Yaml.YMapping)ParseYaml(path, output.Text(path)))["spec"]!;
            var errors = EnvoyFilterSchema.Value.Validate(VendorCrdSchemas.ToJson(spec));
            Assert.True(errors.Count == 0, $"{path}: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}"))}");
        }
    }

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Every_route_json_parses_back_to_the_message_in_snapshot_pb(string name)
    {
        var output = OutputOf(name);
        var snapshot = RouteSnapshot.Parser.ParseFrom(output.Files[OutputTree.SnapshotBinary].Span);
        var routeFiles = output.Files.Keys.Where(p => p.StartsWith("routes/", StringComparison.Ordinal)).ToList();
        Assert.Equal(snapshot.Routes.Count, routeFiles.Count);
        foreach (var route in snapshot.Routes)
        {
            var fromJson = RouteConfiguration.Parser.ParseJson(output.Text(SnapshotFiles.RoutePath(route.Name)));
            Assert.Equal(route.RouteConfig, fromJson);
            Assert.Equal(route.Version, Compiler.Rendering.Snapshot.RouteSnapshotFactory.Hash(fromJson.ToByteArray()));
        }

        Assert.Contains($"\"version\": \"{snapshot.Version}\"", output.Text(OutputTree.SnapshotIndex), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Kubectl_kustomize_accepts_the_generated_manifests()
    {
        if (!CommandExists("kubectl"))
        {
            Skip.If(true, "kubectl is not installed on this machine; install it to run this check");
        }

        using var folder = new TemporaryFolder();
        OutputWriter.Write(BundledPolicies.Result.Output!, folder.Path);
        var (exitCode, stdout, stderr) = Run("kubectl", $"kustomize {Path.Combine(folder.Path, "manifests")}");
        Assert.True(exitCode == 0, stderr);
        var objects = stdout.Split("\n---\n").Length;
        Assert.Equal(BundledPolicies.Result.Manifests.Count, objects);
        Assert.Contains("app.kubernetes.io/managed-by: aeraki-gitops", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_generated_object_carries_the_ownership_label_and_never_Aerakis_labels()
    {
        foreach (var manifest in BundledPolicies.Result.Manifests)
        {
            var labels = (Compiler.Loading.Yaml.YMapping)((Compiler.Loading.Yaml.YMapping)manifest.ParseContent()["metadata"]!)["labels"]!;
            Assert.Equal("aeraki-gitops", (labels["app.kubernetes.io/managed-by"] as Compiler.Loading.Yaml.YScalar)?.Value);
            Assert.Null(labels["manager"]);
            Assert.Null(labels["app.kubernetes.io/instance"]);
        }
    }

    private static OutputTree OutputOf(string name)
    {
        if (name == "policies")
        {
            return BundledPolicies.Result.Output!;
        }

        var golden = new GoldenCase(name);
        var result = new PolicyCompiler(golden.CompileOptions()).Compile(new DirectoryPolicySource(golden.Policies));
        Assert.True(result.Output is not null, $"{name} no longer renders: {string.Join("; ", result.Diagnostics)}");
        return result.Output!;
    }

    private static Compiler.Loading.Yaml.YNode ParseYaml(string path, string text)
    {
        var bag = new Compiler.Diagnostics.DiagnosticBag();
        var documents = Compiler.Loading.Yaml.YamlTreeReader.Default.Read(path, text, bag);
        Assert.Empty(bag.ToSortedList());
        return Assert.Single(documents).Root;
    }

    private static bool CommandExists(string command)
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(p => File.Exists(Path.Combine(p, command)));

    private static (int ExitCode, string Stdout, string Stderr) Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }
}
