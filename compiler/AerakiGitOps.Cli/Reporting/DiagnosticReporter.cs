using System.Text.Json;
using AerakiGitOps.Compiler.Diagnostics;

namespace AerakiGitOps.Cli.Reporting;

/// <summary>Prints a run's diagnostics and its summary in the chosen format.</summary>
public static class DiagnosticReporter
{
    /// <summary>Text: diagnostics on standard error, the summary line on standard output.</summary>
    public static void WriteText(CliConsole console, IReadOnlyList<Diagnostic> diagnostics, string summary)
    {
        foreach (var diagnostic in diagnostics)
        {
            console.Error.WriteLine(diagnostic.ToString());
        }

        console.Out.WriteLine(summary);
    }

    /// <summary>JSON: one object on standard output with the diagnostics and any extra result fields.</summary>
    public static void WriteJson(CliConsole console, IReadOnlyList<Diagnostic> diagnostics, Action<Utf8JsonWriter>? writeResult = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("errors", diagnostics.Count(d => d.Severity == Severity.Error));
            json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == Severity.Warning));
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in diagnostics)
            {
                WriteDiagnostic(json, diagnostic);
            }

            json.WriteEndArray();
            writeResult?.Invoke(json);
            json.WriteEndObject();
        }

        console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
        json.WriteString("file", diagnostic.Location.File);
        json.WriteNumber("line", diagnostic.Location.Line);
        json.WriteNumber("column", diagnostic.Location.Column);
        json.WriteString("title", diagnostic.Descriptor.Title);
        json.WriteString("message", diagnostic.Message);
        json.WriteEndObject();
    }
}
