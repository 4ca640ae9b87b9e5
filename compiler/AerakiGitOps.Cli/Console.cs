namespace AerakiGitOps.Cli;

/// <summary>Where a command writes: standard output for results, standard error for diagnostics and progress.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    public static CliConsole System { get; } = new(global::System.Console.Out, global::System.Console.Error);
}
