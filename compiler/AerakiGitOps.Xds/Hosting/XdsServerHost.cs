using System.Net;
using AerakiGitOps.Xds.Server;
using AerakiGitOps.Xds.Snapshots;
using AerakiGitOps.Xds.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AerakiGitOps.Xds.Hosting;

/// <summary>
/// The reconciler process: Kestrel with the xDS gRPC services (and the standard gRPC health service)
/// on one port, and health, metrics and debug endpoints on a separate HTTP/1.1 port, fed by a
/// <see cref="SnapshotReconciler"/> polling an <see cref="ISnapshotSource"/>.
/// </summary>
/// <remarks>
/// Start-up order: load the first snapshot, then open the ports. A bad first load throws
/// <see cref="SnapshotLoadException"/> before anything listens, so a replica never accepts proxies
/// with nothing to serve.
/// </remarks>
public sealed partial class XdsServerHost : IAsyncDisposable
{
    private static readonly TimeSpan StreamDrainGrace = TimeSpan.FromMilliseconds(200);
    private readonly XdsHostOptions options;
    private readonly WebApplication app;
    private readonly XdsEndpoints endpoints;
    private readonly ILogger logger;
    private CancellationTokenSource? loopStop;
    private Task loop = Task.CompletedTask;

    private XdsServerHost(XdsHostOptions options, WebApplication app, XdsEndpoints endpoints)
    {
        this.options = options;
        this.app = app;
        this.endpoints = endpoints;
        logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AerakiGitOps.Xds.Hosting");
        Cache = app.Services.GetRequiredService<SnapshotCache>();
        Metrics = app.Services.GetRequiredService<XdsMetrics>();
        Clients = app.Services.GetRequiredService<XdsClientRegistry>();
        Reconciler = app.Services.GetRequiredService<SnapshotReconciler>();
    }

    /// <summary>The served snapshot and the record of failed loads.</summary>
    public SnapshotCache Cache { get; }

    /// <summary>Serving counters.</summary>
    public XdsMetrics Metrics { get; }

    /// <summary>The open streams.</summary>
    public XdsClientRegistry Clients { get; }

    /// <summary>The polling loop; <see cref="SnapshotReconciler.RequestRefresh"/> polls at once.</summary>
    public SnapshotReconciler Reconciler { get; }

    /// <summary>The bound xDS endpoint (with the real port when 0 was asked); null before start.</summary>
    public IPEndPoint? XdsEndPoint => endpoints.Xds?.IPEndPoint;

    /// <summary>The bound HTTP endpoint; null before start.</summary>
    public IPEndPoint? HttpEndPoint => endpoints.Http?.IPEndPoint;

    /// <summary>The application's services (for tests and embedding).</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>Builds the host. Nothing is loaded or bound until <see cref="StartAsync"/>.</summary>
    /// <exception cref="FormatException">A listen address is malformed.</exception>
    /// <exception cref="ArgumentException">TLS options are inconsistent.</exception>
    public static XdsServerHost Create(XdsHostOptions options, ISnapshotSource source)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(source);
        var xdsEndPoint = ListenAddress.Parse(options.XdsListen);
        var httpEndPoint = ListenAddress.Parse(options.HttpListen);
        var tls = XdsTls.Load(options);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ApplicationName = "aeraki-gitops" });
        builder.Logging.ClearProviders();
        if (options.ConfigureLogging is { } configureLogging)
        {
            configureLogging(builder.Logging);
        }
        else
        {
            builder.Logging.AddSimpleConsole(c => c.SingleLine = true);
        }

        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = options.ShutdownTimeout);
        builder.Services.Configure<ConsoleLifetimeOptions>(c => c.SuppressStatusMessages = true);
        AddServices(builder.Services, options, source);

        var endpoints = new XdsEndpoints();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxConcurrentConnections = options.Server.MaxStreams;
            kestrel.Listen(xdsEndPoint, listen =>
            {
                endpoints.Xds = listen;
                listen.Protocols = HttpProtocols.Http2;
                tls?.Apply(listen, kestrel.ApplicationServices);
                Listener.Tag(listen, Listener.Xds);
            });
            kestrel.Listen(httpEndPoint, listen =>
            {
                endpoints.Http = listen;
                listen.Protocols = HttpProtocols.Http1;
                Listener.Tag(listen, Listener.Http);
            });
        });

        var app = builder.Build();
        MapEndpoints(app);
        return new XdsServerHost(options, app, endpoints);
    }

    /// <summary>
    /// Loads the first snapshot, then binds both ports and starts polling.
    /// </summary>
    /// <exception cref="SnapshotLoadException">The first snapshot could not be loaded; nothing was bound.</exception>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await Reconciler.LoadInitialAsync(cancellationToken);
        await app.StartAsync(cancellationToken);
        HostLog.Listening(logger, options.TlsCertificatePath is null ? "" : options.ClientCaPath is null ? ", TLS" : ", mutual TLS", XdsEndPoint, HttpEndPoint);
        loopStop = new CancellationTokenSource();
        loop = Task.Run(() => Reconciler.RunAsync(loopStop.Token), CancellationToken.None);
    }

    /// <summary>Ends the streams, stops listening and stops polling.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        HostLog.Stopping(logger);
        if (loopStop is not null)
        {
            await loopStop.CancelAsync();
        }

        await loop;
        await EndStreamsAsync(cancellationToken);
        await app.StopAsync(cancellationToken);
    }

    /// <summary>
    /// Starts, then serves until <paramref name="cancellationToken"/> is cancelled or the process gets
    /// SIGTERM or SIGINT, then shuts down gracefully.
    /// </summary>
    /// <exception cref="SnapshotLoadException">The first snapshot could not be loaded.</exception>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken);
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        using var registration = cancellationToken.Register(lifetime.StopApplication);
        try
        {
            await Task.Delay(Timeout.Infinite, lifetime.ApplicationStopping);
        }
        catch (OperationCanceledException)
        {
            // SIGTERM, SIGINT or the caller's token.
        }

        await StopAsync(CancellationToken.None);
    }

    /// <summary>
    /// Ends every xDS stream with status OK before Kestrel closes connections. Were Kestrel first,
    /// a proxy could see its connection close before the trailers and report an error instead of
    /// simply reconnecting to another replica.
    /// </summary>
    private async Task EndStreamsAsync(CancellationToken cancellationToken)
    {
        // ApplicationStopping is what every stream's token is linked to (ServerShutdown).
        app.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        if (Clients.Count == 0)
        {
            return;
        }

        var deadline = DateTime.UtcNow + options.ShutdownTimeout;
        while (Clients.Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, cancellationToken);
        }

        // A stream leaves the registry just before its trailers are written; let them go out.
        await Task.Delay(StreamDrainGrace, cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        loopStop?.Dispose();
        await app.DisposeAsync();
    }

    private static void AddServices(IServiceCollection services, XdsHostOptions options, ISnapshotSource source)
    {
        services.AddSingleton(options.Server);
        services.AddSingleton(options.Reconciler);
        services.AddSingleton(source);
        services.AddSingleton<SnapshotCache>();
        services.AddSingleton<ISnapshotCache>(sp => sp.GetRequiredService<SnapshotCache>());
        services.AddSingleton<XdsMetrics>();
        services.AddSingleton<XdsClientRegistry>();
        services.AddSingleton<XdsStreamHandler>();
        services.AddSingleton<SnapshotReconciler>();
        services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = options.Server.MaxReceiveMessageBytes;
            grpc.MaxSendMessageSize = options.Server.MaxSendMessageBytes;
        });
        services.AddGrpcHealthChecks()
            .AddCheck<SnapshotHealthCheck>("snapshot");
    }
}
