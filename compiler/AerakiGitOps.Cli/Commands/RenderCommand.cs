using System.CommandLine;
using System.Text.Json;
using AerakiGitOps.Cli.Reporting;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Pipeline;

namespace AerakiGitOps.Cli.Commands;

/// <summary>
/// `render [PATH] [-o DIR] [--check]`: compile and write the output tree atomically; with --check, write
/// nothing and exit 1 when the folder differs from a fresh render (the CI drift check).
/// </summary>
internal static class RenderCommand
{
    public static Command Create(CliConsole console)
    {
        var source = new SourceOptions();
        var output = new Option<string>("--output", "-o") { Description = "Output folder", DefaultValueFactory = _ => "generated" };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 and list the files that differ from a fresh render" };
        var command = new Command("render", "Compile the policies into EnvoyFilter manifests and the RDS route snapshot");
        source.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(check);
        command.SetAction(parse =>
        {
            var result = CompileRunner.TryCompile(source, parse, console);
            if (result is null)
            {
                return ExitCodes.UsageError;
            }

            var folder = parse.GetValue(output)!;
            var format = parse.GetValue(source.Format);
            if (result.Output is null)
            {
                Report(console, format, result, $"render failed, {folder}/ left untouched: {CompileRunner.Counts(result)}", null, null);
                return ExitCodes.InputErrors;
            }

            return parse.GetValue(check)
                ? Check(console, format, result, folder)
                : Write(console, format, result, folder);
        });
        return command;
    }

    private static int Write(CliConsole console, ReportFormat format, CompilationResult result, string folder)
    {
        OutputChanges changes;
        try
        {
            changes = OutputWriter.Write(result.Output!, folder);
        }
        catch (Exception ex) when (ex is OutputException or IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"aeraki-gitops: error: {ex.Message}");
            return ExitCodes.UsageError;
        }

        var summary = $"rendered {result.Manifests.Count} manifest(s) and {result.Snapshot!.Routes.Count} route config(s) into {folder}/ " +
                      $"(snapshot {result.Snapshot.Version[..12]}): {changes.Added.Count} added, {changes.Changed.Count} changed, " +
                      $"{changes.Removed.Count} removed; {CompileRunner.Counts(result)}";
        Report(console, format, result, summary, changes, null);
        return ExitCodes.Success;
    }

    private static int Check(CliConsole console, ReportFormat format, CompilationResult result, string folder)
    {
        var drift = OutputDrift.Compare(result.Output!, folder);
        var summary = drift.Count == 0
            ? $"{folder}/ is up to date ({result.Output!.Files.Count} files); {CompileRunner.Counts(result)}"
            : $"{folder}/ is out of date: {drift.Count} file(s) differ from a fresh render; run `aeraki-gitops render` and commit the result";
        if (format == ReportFormat.Text)
        {
            foreach (var file in drift)
            {
                console.Out.WriteLine($"{file.Change}: {folder}/{file.Path}");
            }
        }

        Report(console, format, result, summary, null, drift);
        return drift.Count == 0 ? ExitCodes.Success : ExitCodes.InputErrors;
    }

    private static void Report(CliConsole console, ReportFormat format, CompilationResult result, string summary, OutputChanges? changes, IReadOnlyList<OutputDrift.Entry>? drift)
    {
        if (format == ReportFormat.Text)
        {
            DiagnosticReporter.WriteText(console, result.Diagnostics, summary);
            return;
        }

        DiagnosticReporter.WriteJson(console, result.Diagnostics, json =>
        {
            json.WriteString("sourceCommit", result.SourceCommit);
            json.WriteString("snapshotVersion", result.Snapshot?.Version);
            WriteList(json, "added", changes?.Added);
            WriteList(json, "changed", changes?.Changed);
            WriteList(json, "removed", changes?.Removed);
            WriteList(json, "drift", drift?.Select(d => $"{d.Change}: {d.Path}").ToList());
        });
    }

    private static void WriteList(Utf8JsonWriter json, string name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
