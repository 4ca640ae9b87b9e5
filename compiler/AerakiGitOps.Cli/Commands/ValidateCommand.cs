using System.CommandLine;
using AerakiGitOps.Cli.Reporting;

namespace AerakiGitOps.Cli.Commands;

/// <summary>`validate [PATH]`: every check of render, nothing written.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var source = new SourceOptions();
        var command = new Command("validate", "Check the policies (schemas, semantic rules, rendering) without writing anything");
        source.AddTo(command);
        command.SetAction(parse =>
        {
            var result = CompileRunner.TryCompile(source, parse, console);
            if (result is null)
            {
                return ExitCodes.UsageError;
            }

            if (parse.GetValue(source.Format) == ReportFormat.Json)
            {
                DiagnosticReporter.WriteJson(console, result.Diagnostics, json => json.WriteString("sourceCommit", result.SourceCommit));
            }
            else
            {
                var verdict = result.HasErrors ? "invalid" : "valid";
                DiagnosticReporter.WriteText(console, result.Diagnostics, $"policies are {verdict}: {CompileRunner.Counts(result)}");
            }

            return result.HasErrors ? ExitCodes.InputErrors : ExitCodes.Success;
        });
        return command;
    }
}
