using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Protocols;

/// <summary>
/// A plain-text password would be committed with the generated manifests: an error unless the run opts
/// in with --allow-plaintext-secrets, and a warning even then.
/// </summary>
internal sealed class PlaintextSecretRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.PlaintextSecretNotAllowed, DiagnosticCatalog.PlaintextSecret];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        var descriptor = model.Settings.AllowPlaintextSecrets ? DiagnosticCatalog.PlaintextSecret : DiagnosticCatalog.PlaintextSecretNotAllowed;
        foreach (var (source, auth) in RedisAuthReferences.All(model))
        {
            // A Secret reference wins when both are written, so the plain text is never rendered then.
            if (auth.Secret is null && auth.Plain is { Password.Length: > 0 } plain)
            {
                diagnostics.Report(descriptor, YamlLocator.FieldAt(source, plain.At, "password"), "password");
            }
        }
    }
}
