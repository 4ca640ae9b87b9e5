using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace AerakiGitOps.Xds.Hosting;

/// <summary>
/// Verifies client certificates against the configured client CA only, never the system store:
/// with mTLS on, a certificate from any public CA must not be enough to read routes.
/// </summary>
internal sealed class ClientCertificateValidator(X509Certificate2Collection trustedRoots)
{
    /// <summary>Returns null when the certificate is trusted, else the reason.</summary>
    public string? Validate(X509Certificate2 certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trustedRoots);

        // Revocation lists would mean network calls; the deployment rotates short-lived certificates instead.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(new System.Security.Cryptography.Oid("1.3.6.1.5.5.7.3.2"));
        if (chain.Build(certificate))
        {
            return null;
        }

        return string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).DefaultIfEmpty("untrusted chain"));
    }

    /// <summary>Adapts <see cref="Validate"/> to Kestrel's callback, reporting refusals.</summary>
    public Func<X509Certificate2, X509Chain?, SslPolicyErrors, bool> Callback(Action<string, string?> onRefused) =>
        (certificate, _, _) =>
        {
            var reason = Validate(certificate);
            if (reason is null)
            {
                return true;
            }

            onRefused(reason, certificate.Subject);
            return false;
        };
}
