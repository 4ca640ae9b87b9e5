using System.Diagnostics;

namespace AerakiGitOps.Cli.Benchmarking;

/// <summary>Runs a program (or this CLI again, in a fresh process) and captures its output and wall time.</summary>
public static class ChildProcess
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr, TimeSpan Wall);

    /// <summary>This CLI, whether it runs as an apphost or as `dotnet aeraki-gitops.dll`.</summary>
    public static Outcome RunSelf(IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var isDotnetHost = Path.GetFileNameWithoutExtension(host) == "dotnet";
        var all = isDotnetHost ? arguments.Prepend(Path.Combine(AppContext.BaseDirectory, typeof(ChildProcess).Assembly.GetName().Name + ".dll")) : arguments;
        return Run(host, all, workingDirectory);
    }

    public static Outcome Run(string program, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed);
    }
}
