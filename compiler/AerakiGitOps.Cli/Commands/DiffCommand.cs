using System.CommandLine;
using AerakiGitOps.Cli.Reporting;
using AerakiGitOps.Compiler.Diff;
using AerakiGitOps.Compiler.Diff.Formatting;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Pipeline;

namespace AerakiGitOps.Cli.Commands;

/// <summary>
/// `diff --repo PATH --base REF --head REF [--path DIR] [--format text|markdown|json] [--exit-code]`: compile both
/// refs from git and print the semantic difference. A ref that does not compile prints its diagnostics and exits 1;
/// with --exit-code a difference exits 1 too (like `git diff --exit-code`).
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var repo = new Option<string>("--repo") { Description = "The git repository (path or URL) holding the policies", Required = true };
        var baseRef = new Option<string>("--base") { Description = "The ref to compare from (e.g. origin/main)", Required = true };
        var headRef = new Option<string>("--head") { Description = "The ref to compare to (e.g. HEAD)", Required = true };
        var subPath = new Option<string?>("--path") { Description = "Folder inside the repository that holds the policies" };
        var format = new Option<DiffFormat>("--format") { Description = "text, markdown (for a pull-request comment) or json", DefaultValueFactory = _ => DiffFormat.Text };
        var output = new Option<string>("--output", "-o") { Description = "The generated output folder (relative to the repository root), skipped when it lies inside the policy folder", DefaultValueFactory = _ => "generated" };
        var exitCode = new Option<bool>("--exit-code") { Description = "Exit 1 when there is a difference, 0 when there is none" };
        var ns = new Option<string>("--namespace", "-n") { Description = "Namespace of objects that name none", DefaultValueFactory = _ => "default" };
        var rootNamespace = new Option<string>("--root-namespace") { Description = "Istio root namespace, where sidecar EnvoyFilters go", DefaultValueFactory = _ => "istio-system" };
        var clusterDomain = new Option<string>("--cluster-domain") { Description = "Cluster DNS domain", DefaultValueFactory = _ => "cluster.local" };

        var command = new Command("diff", "Compile two git refs and print the semantic difference of their routes and generated objects");
        foreach (var option in new Option[] { repo, baseRef, headRef, subPath, format, exitCode, output, ns, rootNamespace, clusterDomain })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var options = new CompileOptions
            {
                DefaultNamespace = parse.GetValue(ns)!,
                Model = new ModelSettings { RootNamespace = parse.GetValue(rootNamespace)!, ClusterDomain = parse.GetValue(clusterDomain)! },
            };
            var side = new Side(console, options, parse.GetValue(repo)!, parse.GetValue(subPath), Excluded(parse.GetValue(subPath), parse.GetValue(output)!), parse.GetValue(format));
            if (side.Compile("base", parse.GetValue(baseRef)!, out var before) is { } failedBase)
            {
                return failedBase;
            }

            if (side.Compile("head", parse.GetValue(headRef)!, out var after) is { } failedHead)
            {
                return failedHead;
            }

            var diff = PolicyDiffer.Compare(before!, after!);
            console.Out.Write(DiffFormatter.Format(diff, parse.GetValue(format)));
            return parse.GetValue(exitCode) && !diff.IsEmpty ? ExitCodes.InputErrors : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The output folder relative to the policy folder when it lies inside it (committed output is not policy input).</summary>
    private static string[]? Excluded(string? subPath, string output)
    {
        var root = (subPath ?? string.Empty).Replace('\\', '/').Trim('/');
        var folder = output.Replace('\\', '/').Trim('/');
        if (root.Length == 0)
        {
            return [folder];
        }

        return folder.StartsWith(root + "/", StringComparison.Ordinal) ? [folder[(root.Length + 1)..]] : null;
    }

    /// <summary>Compiles one side of the diff; a failure is reported here and becomes the exit code.</summary>
    private sealed record Side(CliConsole Console, CompileOptions Options, string Repo, string? SubPath, string[]? Excluded, DiffFormat Format)
    {
        public int? Compile(string which, string reference, out CompilationResult? result)
        {
            result = null;
            CompilationResult compiled;
            try
            {
                compiled = new PolicyCompiler(Options).Compile(new GitPolicySource(Repo, reference, SubPath, Excluded));
            }
            catch (PolicySourceException ex)
            {
                Console.Error.WriteLine($"aeraki-gitops: error: {which} ref '{reference}': {ex.Message}");
                return ExitCodes.UsageError;
            }

            if (!compiled.HasErrors)
            {
                result = compiled;
                return null;
            }

            var reportFormat = Format == DiffFormat.Json ? ReportFormat.Json : ReportFormat.Text;
            DiagnosticReporter.Write(Console, reportFormat, new Report(compiled.Diagnostics, $"cannot diff: the {which} ref '{reference}' does not compile: {CompileRunner.Counts(compiled)}")
            {
                Paths = DiagnosticPaths.ForRepository(SubPath),
                JsonResult = json => json.WriteString("sourceCommit", compiled.SourceCommit),
            });
            return ExitCodes.InputErrors;
        }
    }
}
