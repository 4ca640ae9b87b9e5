namespace AerakiGitOps.Compiler.Validation.Re2;

/// <summary>Why a pattern is not valid RE2, and the 1-based column in the pattern where the problem starts.</summary>
public sealed record Re2SyntaxError(string Message, int Column);
