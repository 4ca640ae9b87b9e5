using System.Diagnostics;

namespace AerakiGitOps.GoldenTests.Tool;

/// <summary>
/// The command line as a separate process: the executable that <c>AERAKI_GITOPS_TOOL</c> names (<c>.ci/run</c> sets it
/// to the tool installed from the packages, a native build on linux-x64), else the build under test through
/// <c>dotnet</c>. The in-process tests cannot see what only a separately compiled tool can break: code the native
/// compiler left out, reflection it cannot do, a missing native library.
/// </summary>
internal static class ToolProcess
{
    public const string Variable = "AERAKI_GITOPS_TOOL";

    /// <summary>Set to 1 when <see cref="Variable"/> names a native build (<c>.ci/run</c>'s linux-x64 package).</summary>
    public const string NativeVariable = "AERAKI_GITOPS_TOOL_NATIVE";

    public static ExternalProcess Run(string workingDirectory, params string[] arguments)
    {
        var (program, all) = CommandLine(arguments);
        return ExternalProcess.Run(program, all, workingDirectory);
    }

    /// <summary>Starts a long-running command (serve) with both output streams redirected.</summary>
    public static Process Start(string workingDirectory, params string[] arguments)
    {
        var (program, all) = CommandLine(arguments);
        return Process.Start(ExternalProcess.StartInfo(program, all, workingDirectory))!;
    }

    private static (string Program, string[] Arguments) CommandLine(string[] arguments)
        => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } tool ? (tool, arguments) : ("dotnet", [BuiltAssembly, .. arguments]);

    private static string BuiltAssembly => Path.Combine(AppContext.BaseDirectory, "aeraki-gitops.dll");
}
