namespace AerakiGitOps.Compiler.Tests.Cli;

/// <summary>`serve` listens on loopback unless told otherwise (see docs/reliability.md).</summary>
public sealed class ServeDefaultsTests
{
    [Fact]
    public void Serve_binds_xds_and_the_http_endpoints_to_loopback_by_default()
    {
        var run = CliRun.Of("serve", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[default: 127.0.0.1:15010]", run.Out, StringComparison.Ordinal);
        Assert.Contains("[default: 127.0.0.1:8080]", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("0.0.0.0", run.Out, StringComparison.Ordinal);
    }
}
