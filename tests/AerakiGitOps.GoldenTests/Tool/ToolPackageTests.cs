using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using AerakiGitOps.Tests.Shared;
using Xunit.Abstractions;

namespace AerakiGitOps.GoldenTests.Tool;

/// <summary>
/// The .NET tool package: pack the CLI as built for this test run, install it into a temporary tool path
/// from that local folder only (offline), and run the installed `aeraki-gitops`. Slow (tens of seconds);
/// skip it with `--filter Category!=Slow`. This packs the portable package alone (the layout of the `any`
/// fallback), from the build under test; `.ci/run` packs the per-platform packages from a clean clone (the
/// linux-x64 one native), installs the one for its platform and runs <see cref="ToolProcessTests"/> with it.
/// </summary>
public sealed class ToolPackageTests(ITestOutputHelper output)
{
    private const string PackageId = "AerakiGitOps.Cli";
    private const string PackageVersion = "0.1.0";

    [Fact]
    [Trait("Category", "Slow")]
    public void The_packed_tool_installs_from_a_local_folder_and_renders_like_the_compiler()
    {
        var clock = Stopwatch.StartNew();
        using var temp = new TemporaryFolder();
        var nupkg = Path.Combine(temp.Path, "nupkg");
        var tools = Path.Combine(temp.Path, "tools");
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            // A private packages folder: a stale AerakiGitOps.Cli 0.1.0 in the user's cache must not be installed instead.
            ["NUGET_PACKAGES"] = Path.Combine(temp.Path, "packages"),
        };

        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        // No platform packages: they compile once per platform and restore each platform's runtime packs.
        var pack = ExternalProcess.Run("dotnet", ["pack", RepositoryPaths.Combine("compiler", "AerakiGitOps.Cli"), "-c", configuration, "--no-build", "-o", nupkg, "-p:RuntimeIdentifiers=", "-p:ToolPackageRuntimeIdentifiers="], environment: environment);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.True(File.Exists(Path.Combine(nupkg, $"{PackageId}.{PackageVersion}.nupkg")), pack.ToString());
        output.WriteLine($"packed in {clock.Elapsed.TotalSeconds:F1} s");

        var nugetConfig = temp.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{nupkg}" />
              </packageSources>
            </configuration>
            """);
        var install = ExternalProcess.Run("dotnet", ["tool", "install", "--tool-path", tools, "--configfile", nugetConfig, PackageId, "--version", PackageVersion], temp.Path, environment);
        Assert.True(install.ExitCode == 0, install.ToString());
        output.WriteLine($"installed after {clock.Elapsed.TotalSeconds:F1} s");

        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "aeraki-gitops.exe" : "aeraki-gitops");
        var version = ExternalProcess.Run(tool, ["--version"], temp.Path, environment);
        Assert.True(version.ExitCode == 0, version.ToString());
        Assert.StartsWith(PackageVersion, version.Out.Trim(), StringComparison.Ordinal);

        var rendered = Path.Combine(temp.Path, "out");
        var render = ExternalProcess.Run(tool, ["render", RepositoryPaths.Policies, "-o", rendered], temp.Path, environment);
        Assert.True(render.ExitCode == 0, render.ToString());
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(rendered, "snapshot.json")));
        Assert.Equal(BundledPolicies.Result.Snapshot!.Version, index.RootElement.GetProperty("version").GetString());
        output.WriteLine($"done after {clock.Elapsed.TotalSeconds:F1} s");
    }
}
