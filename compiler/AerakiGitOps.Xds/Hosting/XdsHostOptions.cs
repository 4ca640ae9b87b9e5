using AerakiGitOps.Xds.Server;
using AerakiGitOps.Xds.Sources;
using Microsoft.Extensions.Logging;

namespace AerakiGitOps.Xds.Hosting;

/// <summary>Everything <see cref="XdsServerHost"/> needs besides the snapshot source; mirrors the flags of <c>serve</c>.</summary>
public sealed class XdsHostOptions
{
    /// <summary>gRPC (xDS) listen address, <c>host:port</c> with an IP host (<c>--listen</c>). Port 0 picks a free port.</summary>
    public string XdsListen { get; set; } = "127.0.0.1:15010";

    /// <summary>HTTP/1.1 listen address for health, metrics and debug endpoints (<c>--http</c>).</summary>
    public string HttpListen { get; set; } = "127.0.0.1:8080";

    /// <summary>PEM certificate for TLS on the xDS port (<c>--tls-cert</c>); TLS is off when null.</summary>
    public string? TlsCertificatePath { get; set; }

    /// <summary>PEM private key of <see cref="TlsCertificatePath"/> (<c>--tls-key</c>).</summary>
    public string? TlsKeyPath { get; set; }

    /// <summary>
    /// PEM CA certificate(s) for mutual TLS (<c>--client-ca</c>): when set, every client must present a
    /// certificate that chains to one of them. Requires TLS.
    /// </summary>
    public string? ClientCaPath { get; set; }

    /// <summary>Time given to open streams and requests to finish on shutdown.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Protocol limits.</summary>
    public XdsServerOptions Server { get; set; } = new();

    /// <summary>Polling of the snapshot source.</summary>
    public SnapshotReconcilerOptions Reconciler { get; set; } = new();

    /// <summary>Logging set-up; the default is the console at Information.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }
}
