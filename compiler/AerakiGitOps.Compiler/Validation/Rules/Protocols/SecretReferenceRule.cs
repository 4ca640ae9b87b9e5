using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Protocols;

/// <summary>A Secret reference names a Secret and has a data source (a mounted file or an environment variable) to render.</summary>
internal sealed class SecretReferenceRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.SecretNameEmpty, DiagnosticCatalog.SecretDataSourceMissing];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        foreach (var (source, auth) in RedisAuthReferences.All(model))
        {
            if (auth.Secret is not { } secret)
            {
                continue;
            }

            if (secret.Name.Length == 0)
            {
                diagnostics.Report(DiagnosticCatalog.SecretNameEmpty, secret.At);
            }
            else if (SecretDataSources.For(model.Specs.MeshSettings.Secrets, secret.Name, source.Namespace, secret.PasswordKey) is null)
            {
                diagnostics.Report(DiagnosticCatalog.SecretDataSourceMissing, YamlLocator.FieldAt(source, secret.At, "name"), secret.Name);
            }
        }
    }
}
