using System.CommandLine;
using AerakiGitOps.Cli.Reporting;
using AerakiGitOps.Compiler.RouteTests;

namespace AerakiGitOps.Cli.Commands;

/// <summary>
/// `test [PATH]`: compile the policies and run every RouteTest against the compiled route snapshot. Exit 1 when
/// a route test fails or the policies have errors (then no test runs), 0 otherwise.
/// </summary>
internal static class TestCommand
{
    public static Command Create(CliConsole console)
    {
        var source = new SourceOptions();
        var command = new Command("test", "Run the RouteTest documents against the compiled MetaProtocol routes");
        source.AddTo(command);
        command.SetAction(parse =>
        {
            var result = CompileRunner.TryCompile(source, parse, console);
            if (result is null)
            {
                return ExitCodes.UsageError;
            }

            var format = parse.GetValue(source.Format);
            var paths = source.Paths(parse);
            if (result.Snapshot is null || result.Model is null)
            {
                DiagnosticReporter.Write(console, format, new Report(result.Diagnostics, $"route tests not run, the policies have errors: {CompileRunner.Counts(result)}")
                {
                    Paths = paths,
                    JsonResult = json => json.WriteString("sourceCommit", result.SourceCommit),
                });
                return ExitCodes.InputErrors;
            }

            var report = new RouteTestEvaluator(result.Snapshot).Run(result.Model.Specs.RouteTests);
            DiagnosticReporter.Write(console, format, new Report([.. result.Diagnostics, .. report.Diagnostics], report.Summary)
            {
                Paths = paths,
                JsonResult = json =>
                {
                    json.WriteString("sourceCommit", result.SourceCommit);
                    json.WriteStartObject("routeTests");
                    json.WriteNumber("total", report.Total);
                    json.WriteNumber("passed", report.Passed);
                    json.WriteNumber("failed", report.Failed);
                    json.WriteEndObject();
                },
            });
            return report.Failed > 0 ? ExitCodes.InputErrors : ExitCodes.Success;
        });
        return command;
    }
}
