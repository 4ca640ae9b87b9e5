using System.Text;
using AerakiGitOps.Cli.Benchmarking;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Binding;

namespace AerakiGitOps.Tests.Shared;

/// <summary>A generated policy repository (the benchmark workload, seed 42) in a temporary folder, read once, removed on dispose.</summary>
internal sealed class GeneratedWorkload : IDisposable
{
    public GeneratedWorkload(int services, int seed = 42, WorkloadMix mix = WorkloadMix.MetaProtocol)
    {
        Folder = Directory.CreateTempSubdirectory("aeraki-gitops-workload-").FullName;
        WorkloadGenerator.Write(Folder, services, seed, mix);
        Content = new DirectoryPolicySource(Folder).Read();
    }

    public string Folder { get; }

    public PolicySourceContent Content { get; }

    /// <summary>
    /// The content with <paramref name="from"/> replaced by <paramref name="to"/> from the first occurrence of
    /// <paramref name="contains"/> on, in the one file that holds it, and how many MetaRouters that file holds.
    /// </summary>
    public (PolicySourceContent Content, int RoutersInFile) Edited(string contains, string from, string to)
    {
        var index = Content.Files.ToList().FindIndex(f => Encoding.UTF8.GetString(f.Content.Span).Contains(contains, StringComparison.Ordinal));
        if (index < 0)
        {
            throw new InvalidOperationException($"no generated file contains '{contains}'");
        }

        var text = Encoding.UTF8.GetString(Content.Files[index].Content.Span);
        var at = text.IndexOf(contains, StringComparison.Ordinal);
        var edited = text[..at] + text[at..].Replace(from, to, StringComparison.Ordinal);
        if (edited == text)
        {
            throw new InvalidOperationException($"'{from}' does not follow '{contains}'");
        }

        var routers = text.Split("kind: MetaRouter\n").Length - 1;
        return (Content with { Files = [.. Content.Files.Select((f, i) => i == index ? f with { Content = Encoding.UTF8.GetBytes(edited) } : f)] }, routers);
    }

    /// <summary>The bound model of the repository, without the schema stage.</summary>
    public PolicyModel Model()
    {
        var diagnostics = new DiagnosticBag();
        var loader = new PolicyLoader("default");
        return new PolicyModel(SpecBinder.Bind([.. Content.Files.SelectMany(f => loader.LoadFile(f, diagnostics))], diagnostics), new ModelSettings());
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
