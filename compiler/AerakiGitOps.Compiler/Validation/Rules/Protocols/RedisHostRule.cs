using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Protocols;

/// <summary>RedisService and RedisDestination hosts are Redis services of their own namespace; otherwise they change nothing.</summary>
internal sealed class RedisHostRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.RedisHostNotRedis];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        foreach (var redis in model.Specs.RedisServices)
        {
            foreach (var host in YamlLocator.Scalars(redis.Source, "spec", "host"))
            {
                Check(model, redis.Source, host.Value, host.At, diagnostics);
            }
        }

        foreach (var destination in model.Specs.RedisDestinations)
        {
            Check(model, destination.Source, destination.Host, YamlLocator.At(destination.Source, "spec", "host"), diagnostics);
        }
    }

    private static void Check(PolicyModel model, PolicyDocument source, string host, SourceLocation at, DiagnosticBag diagnostics)
    {
        var service = model.ServiceFor(model.Fqdn(host, source.Namespace));
        if (service is null || service.Namespace != source.Namespace || !service.PortsOf(ProtocolKind.Redis).Any())
        {
            diagnostics.Report(DiagnosticCatalog.RedisHostNotRedis, at, source.Kind, host, source.Namespace);
        }
    }
}
