namespace AerakiGitOps.Compiler.Rendering.Filters.Redis;

/// <summary>
/// An Envoy DataSource: kind is filename or environmentVariable (a Secret the proxy has), or
/// inlineString (a plain-text value, only with --allow-plaintext-secrets).
/// </summary>
public sealed record DataSourceView(string Kind, string Value)
{
    public static DataSourceView File(string path) => new("filename", path);

    public static DataSourceView Environment(string variable) => new("environmentVariable", variable);

    public static DataSourceView Inline(string value) => new("inlineString", value);
}
