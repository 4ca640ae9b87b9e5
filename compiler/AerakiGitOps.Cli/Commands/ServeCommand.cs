using System.CommandLine;
using AerakiGitOps.Xds.Hosting;
using AerakiGitOps.Xds.Sources;

namespace AerakiGitOps.Cli.Commands;

/// <summary>
/// `serve`: the reconciler. Serves the compiled route snapshot over xDS (RDS and ADS, state of the world
/// and delta) from a git repository it polls (`--source`) or from a folder written by `render`
/// (`--snapshot`). A bad first load exits 1 with the diagnostics; later bad commits keep the last good snapshot.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var compile = new SourceOptions();
        var source = new Option<string?>("--source") { Description = "Git repository (path or URL) to poll and compile" };
        var snapshot = new Option<string?>("--snapshot") { Description = "Serve a folder produced by `render` (reloads when its snapshot.json changes)" };
        var listen = new Option<string>("--listen") { Description = "xDS (gRPC) listen address, ip:port", DefaultValueFactory = _ => "127.0.0.1:15010" };
        var http = new Option<string>("--http") { Description = "Health, metrics and debug listen address, ip:port", DefaultValueFactory = _ => "127.0.0.1:8080" };
        var poll = new Option<TimeSpan>("--poll") { Description = "How often to poll the source", DefaultValueFactory = _ => TimeSpan.FromSeconds(5), CustomParser = r => ParseInterval(r.Tokens.Single().Value, r) };
        var tlsCert = new Option<string?>("--tls-cert") { Description = "PEM certificate: serve xDS over TLS" };
        var tlsKey = new Option<string?>("--tls-key") { Description = "PEM private key of --tls-cert" };
        var clientCa = new Option<string?>("--client-ca") { Description = "PEM CA: require client certificates that chain to it (mutual TLS)" };

        var command = new Command("serve", "Serve the compiled route snapshot to MetaProtocol proxies over xDS (RDS)");
        foreach (var option in new Option[] { source, compile.Ref, compile.SubPath, snapshot, listen, http, poll, tlsCert, tlsKey, clientCa, compile.Namespace, compile.RootNamespace, compile.ClusterDomain })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if ((result.GetValue(source) is null) == (result.GetValue(snapshot) is null))
            {
                result.AddError("give exactly one of --source (a git repository) and --snapshot (a folder written by render)");
            }
        });

        command.SetAction(async (parse, cancellation) =>
        {
            ISnapshotSource snapshotSource = parse.GetValue(snapshot) is { } folder
                ? new SnapshotFolderSource(folder)
                : new GitSnapshotSource(parse.GetValue(source)!, parse.GetValue(compile.Ref)!, parse.GetValue(compile.SubPath), compile.CreateOptions(parse));
            var options = new XdsHostOptions
            {
                XdsListen = parse.GetValue(listen)!,
                HttpListen = parse.GetValue(http)!,
                TlsCertificatePath = parse.GetValue(tlsCert),
                TlsKeyPath = parse.GetValue(tlsKey),
                ClientCaPath = parse.GetValue(clientCa),
            };
            options.Reconciler.PollInterval = parse.GetValue(poll);
            return await Run(console, options, snapshotSource, cancellation).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> Run(CliConsole console, XdsHostOptions options, ISnapshotSource snapshotSource, CancellationToken cancellation)
    {
        XdsServerHost host;
        try
        {
            host = XdsServerHost.Create(options, snapshotSource);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            await console.Error.WriteLineAsync($"aeraki-gitops: error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        await using (host.ConfigureAwait(false))
        {
            try
            {
                await host.RunAsync(cancellation).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (SnapshotLoadException ex)
            {
                await console.Error.WriteLineAsync($"aeraki-gitops: error: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.InputErrors;
            }
            catch (IOException ex)
            {
                await console.Error.WriteLineAsync($"aeraki-gitops: error: cannot listen: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
        }
    }

    /// <summary>Accepts Go-style durations ("5s", "500ms", "1m") as well as TimeSpan text.</summary>
    private static TimeSpan ParseInterval(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        if (Compiler.Model.DurationText.ParseNanos(text) is { } nanos && nanos > 0)
        {
            return TimeSpan.FromTicks((long)(nanos / 100));
        }

        if (TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero)
        {
            return span;
        }

        result.AddError($"--poll '{text}' is not a duration; use e.g. 5s or 500ms");
        return TimeSpan.Zero;
    }
}
