using System.Text;
using System.Text.Json;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Cli.Reporting;

/// <summary>Prints a <see cref="Report"/> in the chosen format; every command reports through here.</summary>
public static class DiagnosticReporter
{
    public static void Write(CliConsole console, ReportFormat format, Report report)
    {
        switch (format)
        {
            case ReportFormat.Json:
                console.Out.WriteLine(Json(report));
                break;
            case ReportFormat.Sarif:
                console.Out.WriteLine(SarifLog.Write(report, CliApp.Version));
                console.Error.WriteLine(report.Summary);
                break;
            case ReportFormat.Github:
                foreach (var diagnostic in report.Diagnostics)
                {
                    console.Out.WriteLine(GithubAnnotations.Format(diagnostic, report.Paths));
                }

                console.Out.WriteLine(report.Summary);
                break;
            default:
                foreach (var diagnostic in report.Diagnostics)
                {
                    console.Error.WriteLine(Text(diagnostic, report.Paths));
                }

                console.Out.WriteLine(report.Summary);
                break;
        }
    }

    /// <summary>`path(line,col): error AGO1234: message`.</summary>
    public static string Text(Diagnostic diagnostic, Func<string, string> paths)
        => (diagnostic with { Location = diagnostic.Location with { File = paths(diagnostic.Location.File) } }).ToString();

    private static string Json(Report report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("summary", report.Summary);
            json.WriteNumber("errors", report.Errors);
            json.WriteNumber("warnings", report.Warnings);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in report.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("id", diagnostic.Id);
                json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
                json.WriteString("file", report.Paths(diagnostic.Location.File));
                json.WriteNumber("line", diagnostic.Location.Line);
                json.WriteNumber("column", diagnostic.Location.Column);
                json.WriteString("title", diagnostic.Descriptor.Title);
                json.WriteString("message", diagnostic.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            report.JsonResult?.Invoke(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
