using AerakiGitOps.Cli;

namespace AerakiGitOps.GoldenTests.Discovery;

/// <summary>One in-process run of the command line with its exit code and both output streams.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApp.Run(args, new CliConsole(stdout, stderr));
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}";
}
