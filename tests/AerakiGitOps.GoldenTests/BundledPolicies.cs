using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.GoldenTests;

/// <summary>Compiles the bundled policies/ once for the output-contract tests.</summary>
internal static class BundledPolicies
{
    private static readonly Lazy<CompilationResult> Compiled = new(Compile);

    public static CompilationResult Result => Compiled.Value;

    public static CompilationResult Compile() => new PolicyCompiler(new CompileOptions()).Compile(new DirectoryPolicySource(RepositoryPaths.Policies));
}
