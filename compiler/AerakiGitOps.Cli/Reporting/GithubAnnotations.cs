using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Cli.Reporting;

/// <summary>GitHub Actions workflow commands: `::error file=F,line=L,col=C,title=ID::message`, escaped as the runner expects.</summary>
public static class GithubAnnotations
{
    public static string Format(Diagnostic diagnostic, Func<string, string> paths)
    {
        var command = diagnostic.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var properties = new List<string>();
        var file = paths(diagnostic.Location.File);
        if (file.Length > 0)
        {
            properties.Add($"file={Property(file)}");
        }

        if (diagnostic.Location.Line > 0)
        {
            properties.Add($"line={diagnostic.Location.Line}");
            properties.Add($"col={diagnostic.Location.Column}");
        }

        properties.Add($"title={Property($"{diagnostic.Id} {diagnostic.Descriptor.Title}")}");
        return $"::{command} {string.Join(',', properties)}::{Data(diagnostic.Message)}";
    }

    private static string Data(string value)
        => value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value)
        => Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
