namespace AerakiGitOps.Compiler.Model;

/// <summary>
/// An Envoy DataSource: kind is filename or environmentVariable (a Secret the proxy has), or
/// inlineString (a plain-text value, only with --allow-plaintext-secrets).
/// </summary>
public sealed record DataSource(string Kind, string Value)
{
    public static DataSource File(string path) => new("filename", path);

    public static DataSource Environment(string variable) => new("environmentVariable", variable);

    public static DataSource Inline(string value) => new("inlineString", value);
}
