using System.CommandLine;
using System.Text.Json;
using AerakiGitOps.Cli.Benchmarking;
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
        var timings = new Option<bool>("--timings") { Description = "Print the time of each pipeline stage, CPU time and peak memory to standard error" };
        var command = new Command("render", "Compile the policies into EnvoyFilter manifests and the RDS route snapshot");
        source.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(check);
        command.Options.Add(timings);
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!;
            var started = System.Diagnostics.Stopwatch.StartNew();
            var result = CompileRunner.TryCompile(source, parse, console, folder);
            if (result is null)
            {
                return ExitCodes.UsageError;
            }

            var reporter = new Reporter(console, parse.GetValue(source.Format), source.Paths(parse), result);
            var finishing = started.Elapsed;
            var exitCode = Finish(console, reporter, result, folder, parse.GetValue(check));
            if (parse.GetValue(timings))
            {
                TimingReport.Write(console.Error, result.Timings, started.Elapsed - finishing, started.Elapsed);
            }

            return exitCode;
        });
        return command;
    }

    /// <summary>Writes the output (or checks it with --check) and reports.</summary>
    private static int Finish(CliConsole console, Reporter reporter, CompilationResult result, string folder, bool check)
    {
        if (result.Output is null)
        {
            reporter.Write($"render failed, {folder}/ left untouched: {CompileRunner.Counts(result)}", null, null);
            return ExitCodes.InputErrors;
        }

        return check ? Check(console, reporter, result, folder) : Write(console, reporter, result, folder);
    }

    private static int Write(CliConsole console, Reporter reporter, CompilationResult result, string folder)
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
        reporter.Write(summary, changes, null);
        return ExitCodes.Success;
    }

    private static int Check(CliConsole console, Reporter reporter, CompilationResult result, string folder)
    {
        var drift = OutputDrift.Compare(result.Output!, folder);
        var summary = drift.Count == 0
            ? $"{folder}/ is up to date ({result.Output!.Files.Count} files); {CompileRunner.Counts(result)}"
            : $"{folder}/ is out of date: {drift.Count} file(s) differ from a fresh render; run `aeraki-gitops render` and commit the result";
        if (reporter.Format is ReportFormat.Text or ReportFormat.Github)
        {
            foreach (var file in drift)
            {
                console.Out.WriteLine($"{file.Change}: {folder}/{file.Path}");
            }
        }

        reporter.Write(summary, null, drift);
        return drift.Count == 0 ? ExitCodes.Success : ExitCodes.InputErrors;
    }

    /// <summary>Reports a render's outcome: diagnostics, summary, and the file lists for --format json.</summary>
    private sealed record Reporter(CliConsole Console, ReportFormat Format, Func<string, string> Paths, CompilationResult Result)
    {
        public void Write(string summary, OutputChanges? changes, IReadOnlyList<OutputDrift.Entry>? drift)
            => DiagnosticReporter.Write(Console, Format, new Report(Result.Diagnostics, summary)
            {
                Paths = Paths,
                JsonResult = json =>
                {
                    json.WriteString("sourceCommit", Result.SourceCommit);
                    json.WriteString("snapshotVersion", Result.Snapshot?.Version);
                    WriteList(json, "added", changes?.Added);
                    WriteList(json, "changed", changes?.Changed);
                    WriteList(json, "removed", changes?.Removed);
                    WriteList(json, "drift", drift?.Select(d => $"{d.Change}: {d.Path}").ToList());
                },
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
