using System.CommandLine;
using AerakiGitOps.Cli.Reporting;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Pipeline;

namespace AerakiGitOps.Cli.Commands;

/// <summary>The options of `discover`: the policy folder (the lock file is written there), the cluster, and the compile settings.</summary>
internal sealed class DiscoverOptions
{
    public Argument<string?> Path { get; } = new("PATH") { Description = "Policy folder; the lock file is written here (default: policies/)", Arity = ArgumentArity.ZeroOrOne };

    public Option<string?> Kubeconfig { get; } = new("--kubeconfig") { Description = "kubeconfig file of the cluster to read (default: $KUBECONFIG, else ~/.kube/config)" };

    public Option<string?> Context { get; } = new("--context") { Description = "kubeconfig context to use (default: the current context)" };

    public Option<string> Namespace { get; } = new("--namespace", "-n") { Description = "Namespace of objects that name none", DefaultValueFactory = _ => "default" };

    public Option<string> RootNamespace { get; } = new("--root-namespace") { Description = "Istio root namespace, where sidecar EnvoyFilters go", DefaultValueFactory = _ => "istio-system" };

    public Option<string> ClusterDomain { get; } = new("--cluster-domain") { Description = "Cluster DNS domain", DefaultValueFactory = _ => "cluster.local" };

    public Option<ReportFormat> Format { get; } = new("--format") { Description = "How to print diagnostics: text, json, sarif or github", DefaultValueFactory = _ => ReportFormat.Text };

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
        foreach (var option in new Option[] { Kubeconfig, Context, Namespace, RootNamespace, ClusterDomain, Format })
        {
            command.Options.Add(option);
        }
    }

    public string KubeconfigPath(ParseResult parse)
    {
        if (parse.GetValue(Kubeconfig) is { Length: > 0 } given)
        {
            return given;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("KUBECONFIG")?
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault();
        return fromEnvironment ?? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".kube", "config");
    }

    public CompileOptions CreateCompileOptions(ParseResult parse) => new()
    {
        DefaultNamespace = parse.GetValue(Namespace)!,
        Model = new ModelSettings { RootNamespace = parse.GetValue(RootNamespace)!, ClusterDomain = parse.GetValue(ClusterDomain)! },
    };
}
