using System.CommandLine;
using System.Reflection;
using AerakiGitOps.Cli.Commands;

namespace AerakiGitOps.Cli;

/// <summary>The `aeraki-gitops` command line: builds the command tree and maps outcomes to exit codes.</summary>
public static class CliApp
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("aeraki-gitops: manage layer-7 traffic of any protocol in an Istio mesh through git");
        root.Subcommands.Add(RenderCommand.Create(console));
        root.Subcommands.Add(ValidateCommand.Create(console));
        root.Subcommands.Add(TestCommand.Create(console));
        root.Subcommands.Add(DiffCommand.Create(console));
        root.Subcommands.Add(CommitCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(BenchCommand.Create(console));
        root.Subcommands.Add(Benchmarking.ServeBenchCommand.Create(console));
        root.Subcommands.Add(DiscoverCommand.Create(console));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"aeraki-gitops: error: {error.Message}");
            }

            console.Error.WriteLine("Run 'aeraki-gitops --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The last line of defence: any exception here is a bug, reported with exit code 3.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            console.Error.WriteLine($"aeraki-gitops: internal error: {ex}");
            return ExitCodes.InternalError;
        }
    }

    public static string Version => typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
