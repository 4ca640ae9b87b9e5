using AerakiGitOps.Cli;

return CliApp.Run(args, CliConsole.System);
