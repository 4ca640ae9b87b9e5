using System.CommandLine;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Cli.Reporting;

namespace AerakiGitOps.Cli.Commands;

/// <summary>The options every compiling command shares: where the policies are and how to read them.</summary>
public sealed class SourceOptions
{
    public Argument<string?> Path { get; } = new("PATH") { Description = "Policy folder (default: policies/)", Arity = ArgumentArity.ZeroOrOne };

    public Option<string?> Repo { get; } = new("--repo") { Description = "Read the policies from this git repository (path or URL) instead of a folder" };

    public Option<string> Ref { get; } = new("--ref") { Description = "Branch, tag or commit to read with --repo", DefaultValueFactory = _ => "HEAD" };

    public Option<string?> SubPath { get; } = new("--path") { Description = "Folder inside the repository that holds the policies (with --repo)" };

    public Option<string> Namespace { get; } = new("--namespace", "-n") { Description = "Namespace of objects that name none", DefaultValueFactory = _ => "default" };

    public Option<string> RootNamespace { get; } = new("--root-namespace") { Description = "Istio root namespace, where sidecar EnvoyFilters go", DefaultValueFactory = _ => "istio-system" };

    public Option<string> ClusterDomain { get; } = new("--cluster-domain") { Description = "Cluster DNS domain", DefaultValueFactory = _ => "cluster.local" };

    public Option<ReportFormat> Format { get; } = new("--format") { Description = "How to print diagnostics: text, json, sarif or github", DefaultValueFactory = _ => ReportFormat.Text };

    public void AddTo(Command command, bool withPath = true)
    {
        // An unknown option would otherwise be taken for the PATH argument.
        Path.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault()?.Value is { } value && value.StartsWith('-'))
            {
                result.AddError($"unknown option '{value}'");
            }
        });
        if (withPath)
        {
            command.Arguments.Add(Path);
            command.Validators.Add(result =>
            {
                if (result.GetValue(Path) is not null && result.GetValue(Repo) is not null)
                {
                    result.AddError("PATH and --repo cannot be used together; name the folder inside the repository with --path");
                }
            });
        }

        foreach (var option in new Option[] { Repo, Ref, SubPath, Namespace, RootNamespace, ClusterDomain, Format })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>
    /// The policy source the options name. An output folder inside the policy folder (given relative to
    /// the working folder, or to the repository root with --repo) is excluded so generated files are never
    /// read back as policies.
    /// </summary>
    public IPolicySource CreateSource(ParseResult parse, string? outputFolder = null)
    {
        if (parse.GetValue(Repo) is { } repo)
        {
            var subPath = parse.GetValue(SubPath);
            return new GitPolicySource(repo, parse.GetValue(Ref)!, subPath, Inside(subPath ?? string.Empty, outputFolder, "/"));
        }

        var root = parse.GetValue(Path) ?? "policies";
        var excluded = outputFolder is null ? null : Inside(System.IO.Path.GetFullPath(root), System.IO.Path.GetFullPath(outputFolder), System.IO.Path.DirectorySeparatorChar.ToString());
        return new DirectoryPolicySource(root, excluded);
    }

    private static string[]? Inside(string root, string? folder, string separator)
    {
        if (folder is null)
        {
            return null;
        }

        var normalisedRoot = root.TrimEnd('/', '\\');
        var normalisedFolder = folder.TrimEnd('/', '\\');
        if (normalisedRoot.Length == 0)
        {
            return [normalisedFolder];
        }

        return normalisedFolder.StartsWith(normalisedRoot + separator, StringComparison.Ordinal)
            ? [normalisedFolder[(normalisedRoot.Length + 1)..]]
            : null;
    }

    /// <summary>How diagnostic paths (relative to the policy root) are shown for this source.</summary>
    public Func<string, string> Paths(ParseResult parse)
        => parse.GetValue(Repo) is not null
            ? DiagnosticPaths.ForRepository(parse.GetValue(SubPath))
            : DiagnosticPaths.ForFolder(parse.GetValue(Path) ?? "policies");

    public CompileOptions CreateOptions(ParseResult parse) => new()
    {
        DefaultNamespace = parse.GetValue(Namespace)!,
        Model = new ModelSettings { RootNamespace = parse.GetValue(RootNamespace)!, ClusterDomain = parse.GetValue(ClusterDomain)! },
    };
}
