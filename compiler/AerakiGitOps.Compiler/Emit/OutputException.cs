namespace AerakiGitOps.Compiler.Emit;

/// <summary>The output folder cannot be written safely (a usage problem, exit code 2).</summary>
public sealed class OutputException(string message, Exception? inner = null) : Exception(message, inner);
