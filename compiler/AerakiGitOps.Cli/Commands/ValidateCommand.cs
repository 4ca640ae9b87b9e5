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

            var verdict = result.HasErrors ? "invalid" : "valid";
            DiagnosticReporter.Write(console, parse.GetValue(source.Format), new Report(result.Diagnostics, $"policies are {verdict}: {CompileRunner.Counts(result)}")
            {
                Paths = source.Paths(parse),
                JsonResult = json => json.WriteString("sourceCommit", result.SourceCommit),
            });
            return result.HasErrors ? ExitCodes.InputErrors : ExitCodes.Success;
        });
        return command;
    }
}
