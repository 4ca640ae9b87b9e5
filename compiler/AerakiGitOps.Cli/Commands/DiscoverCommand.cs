using System.CommandLine;
using System.Text.Json;
using AerakiGitOps.Cli.Discovery;
using AerakiGitOps.Cli.Reporting;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Pipeline;

namespace AerakiGitOps.Cli.Commands;

/// <summary>
/// `discover [PATH] --kubeconfig FILE [--context NAME]`: compile the policies to learn the hosts they
/// use, read their addresses from the live cluster and write or update the addresses lock file. The file
/// is rewritten only when the facts change.
/// </summary>
internal static class DiscoverCommand
{
    private static readonly TimeSpan ClusterTimeout = TimeSpan.FromSeconds(30);

    public static Command Create(CliConsole console)
    {
        var options = new DiscoverOptions();
        var command = new Command("discover", "Read Service ClusterIPs and ServiceEntry addresses from the live cluster into the addresses lock file aeraki-gitops.lock.yaml");
        options.AddTo(command);
        command.SetAction(parse => Run(console, options, parse));
        return command;
    }

    private static int Run(CliConsole console, DiscoverOptions options, ParseResult parse)
    {
        var folder = parse.GetValue(options.Path) ?? "policies";
        var format = parse.GetValue(options.Format);
        var paths = DiagnosticPaths.ForFolder(folder);
        CompilationResult result;
        try
        {
            result = new PolicyCompiler(options.CreateCompileOptions(parse)).Compile(new DirectoryPolicySource(folder));
        }
        catch (PolicySourceException ex)
        {
            console.Error.WriteLine($"aeraki-gitops: error: {ex.Message}");
            return ExitCodes.UsageError;
        }

        if (result.HasErrors || result.Model is null)
        {
            Report(console, format, paths, result.Diagnostics, $"discover stopped, nothing read from the cluster: {CompileRunner.Counts(result)}", null, null);
            return ExitCodes.InputErrors;
        }

        var diagnostics = new DiagnosticBag();
        var lockFile = AddressLockFile.Locate(result.Model, folder, diagnostics);
        if (lockFile is null)
        {
            Report(console, format, paths, diagnostics.ToSortedList(), "discover stopped: the addresses lock file cannot be updated safely", null, null);
            return ExitCodes.InputErrors;
        }

        var targets = DiscoveryTargets.From(result.Model);
        LockedHosts next;
        string server;
        try
        {
            using var cluster = KubernetesClusterReader.Connect(options.KubeconfigPath(parse), parse.GetValue(options.Context), ClusterTimeout);
            server = cluster.Server;
            next = AddressDiscoverer.DiscoverAsync(targets, lockFile.Current, cluster, diagnostics, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (ClusterAccessException ex)
        {
            console.Error.WriteLine($"aeraki-gitops: error: {ex.Message}");
            return ExitCodes.UsageError;
        }

        var changes = LockChanges.Between(lockFile.Current, next);
        var shown = paths(lockFile.RelativePath);
        string summary;
        if (lockFile.NeedsWrite(next))
        {
            try
            {
                lockFile.Write(next);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"aeraki-gitops: error: cannot write {shown}: {ex.Message}");
                return ExitCodes.UsageError;
            }

            summary = $"{shown}: {changes} ({next.Count} host(s) locked; {targets.Count} read from {server})";
        }
        else
        {
            summary = lockFile.Exists
                ? $"{shown} is up to date ({next.Count} host(s) locked; {targets.Count} read from {server}); nothing written"
                : $"nothing to lock ({targets.Count} read from {server}); {shown} not created";
        }

        Report(console, format, paths, diagnostics.ToSortedList(), summary, shown, changes);
        return ExitCodes.Success;
    }

    private static void Report(CliConsole console, ReportFormat format, Func<string, string> paths, IReadOnlyList<Diagnostic> diagnostics, string summary, string? lockFile, LockChanges? changes)
        => DiagnosticReporter.Write(console, format, new Report(diagnostics, summary)
        {
            Paths = paths,
            JsonResult = json =>
            {
                if (lockFile is null || changes is null)
                {
                    return;
                }

                json.WriteString("lockFile", lockFile);
                WriteList(json, "added", changes.Added);
                WriteList(json, "updated", changes.Updated);
                WriteList(json, "removed", changes.Removed);
            },
        });

    private static void WriteList(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
