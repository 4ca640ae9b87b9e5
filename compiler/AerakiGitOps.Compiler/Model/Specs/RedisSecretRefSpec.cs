using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Compiler.Model.Specs;

/// <summary>auth.secret: the Secret's name and the keys that hold the password and (optionally) the username.</summary>
public sealed record RedisSecretRefSpec(string Name, string? PasswordField, string? UsernameField, SourceLocation At)
{
    /// <summary>Aeraki reads the key `password` when passwordField is not set.</summary>
    public string PasswordKey => string.IsNullOrEmpty(PasswordField) ? "password" : PasswordField;
}
