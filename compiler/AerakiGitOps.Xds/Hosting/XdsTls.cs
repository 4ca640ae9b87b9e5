using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AerakiGitOps.Xds.Hosting;

/// <summary>TLS and mutual TLS of the xDS port, loaded from PEM files at start-up.</summary>
internal sealed class XdsTls
{
    private readonly X509Certificate2 serverCertificate;
    private readonly ClientCertificateValidator? clientValidator;

    private XdsTls(X509Certificate2 serverCertificate, ClientCertificateValidator? clientValidator)
    {
        this.serverCertificate = serverCertificate;
        this.clientValidator = clientValidator;
    }

    /// <summary>Null when TLS is off.</summary>
    /// <exception cref="ArgumentException">Inconsistent options or an unreadable PEM file.</exception>
    public static XdsTls? Load(XdsHostOptions options)
    {
        try
        {
            return LoadFiles(options);
        }
        catch (Exception ex) when (ex is IOException or CryptographicException or UnauthorizedAccessException)
        {
            // Flags pointing at a missing or malformed file are a usage error, reported as such.
            throw new ArgumentException($"cannot load the TLS files: {ex.Message}", ex);
        }
    }

    private static XdsTls? LoadFiles(XdsHostOptions options)
    {
        if (options.TlsCertificatePath is null && options.TlsKeyPath is null)
        {
            return options.ClientCaPath is null
                ? null
                : throw new ArgumentException("--client-ca needs --tls-cert and --tls-key: mutual TLS is TLS first");
        }

        if (options.TlsCertificatePath is null || options.TlsKeyPath is null)
        {
            throw new ArgumentException("--tls-cert and --tls-key must be given together");
        }

        var certificate = X509Certificate2.CreateFromPemFile(options.TlsCertificatePath, options.TlsKeyPath);
        ClientCertificateValidator? validator = null;
        if (options.ClientCaPath is not null)
        {
            var roots = new X509Certificate2Collection();
            roots.ImportFromPemFile(options.ClientCaPath);
            if (roots.Count == 0)
            {
                throw new ArgumentException($"{options.ClientCaPath} holds no PEM certificate");
            }

            validator = new ClientCertificateValidator(roots);
        }

        return new XdsTls(certificate, validator);
    }

    public void Apply(ListenOptions listen, IServiceProvider services)
    {
        var https = new HttpsConnectionAdapterOptions
        {
            ServerCertificate = serverCertificate,
            SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            ClientCertificateMode = clientValidator is null ? ClientCertificateMode.NoCertificate : ClientCertificateMode.RequireCertificate,
        };
        if (clientValidator is not null)
        {
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("AerakiGitOps.Xds.Hosting");
            https.ClientCertificateValidation = clientValidator.Callback((reason, subject) => HostLog.ClientCertificateRefused(logger, reason, subject));
        }

        listen.UseHttps(https);
    }
}
