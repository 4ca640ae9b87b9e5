using System.CommandLine;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Pipeline;

namespace AerakiGitOps.Cli.Commands;

/// <summary>Runs a compilation for a command, turning an unreadable source into a usage error.</summary>
internal static class CompileRunner
{
    public static CompilationResult? TryCompile(SourceOptions source, ParseResult parse, CliConsole console, string? outputFolder = null)
    {
        var compiler = new PolicyCompiler(source.CreateOptions(parse));
        try
        {
            return compiler.Compile(source.CreateSource(parse, outputFolder));
        }
        catch (PolicySourceException ex)
        {
            console.Error.WriteLine($"aeraki-gitops: error: {ex.Message}");
            return null;
        }
    }

    public static string Counts(CompilationResult result)
        => $"{result.ErrorCount} error(s), {result.WarningCount} warning(s)";
}
