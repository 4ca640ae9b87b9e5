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

    public Option<bool> AllowPlaintextSecrets { get; } = new("--allow-plaintext-secrets") { Description = "Render plain-text passwords written in policies into the manifests (a warning each); without it they are errors" };

    public Option<ReportFormat> Format { get; } = new("--format") { Description = "How to print diagnostics: text or json", DefaultValueFactory = _ => ReportFormat.Text };

    public void AddTo(Command command)
    {
        // An unknown option would otherwise be taken for the PATH argument.
        Path.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault()?.Value is { } value && value.StartsWith('-'))
            {
                result.AddError($"unknown option '{value}'");
            }
        });
        command.Arguments.Add(Path);
        foreach (var option in new Option[] { Repo, Ref, SubPath, Namespace, RootNamespace, ClusterDomain, AllowPlaintextSecrets, Format })
        {
            command.Options.Add(option);
        }
    }

    public IPolicySource CreateSource(ParseResult parse)
    {
        if (parse.GetValue(Repo) is { } repo)
        {
            return new GitPolicySource(repo, parse.GetValue(Ref)!, parse.GetValue(SubPath));
        }

        return new DirectoryPolicySource(parse.GetValue(Path) ?? "policies");
    }

    public CompileOptions CreateOptions(ParseResult parse) => new()
    {
        DefaultNamespace = parse.GetValue(Namespace)!,
        Model = new ModelSettings { RootNamespace = parse.GetValue(RootNamespace)!, ClusterDomain = parse.GetValue(ClusterDomain)! },
        AllowPlaintextSecrets = parse.GetValue(AllowPlaintextSecrets),
    };
}
