using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Validation.Support;

namespace AerakiGitOps.Compiler.Validation.Rules.Protocols;

/// <summary>RedisService routes and mirrors name services of the repository (a short host is qualified in the RedisService's namespace).</summary>
internal sealed class RedisRouteHostRule : IPolicyRule
{
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticCatalog.RedisRouteHostUnknown];

    public void Check(PolicyModel model, DiagnosticBag diagnostics)
    {
        foreach (var redis in model.Specs.RedisServices)
        {
            foreach (var route in redis.Routes)
            {
                Check(model, redis, "route", route.Route, diagnostics);
                foreach (var mirror in route.Mirrors)
                {
                    Check(model, redis, "mirror", mirror.Route, diagnostics);
                }
            }
        }
    }

    private static void Check(PolicyModel model, RedisServiceSpec redis, string what, RedisTargetSpec target, DiagnosticBag diagnostics)
    {
        if (target.Host.Length > 0 && model.ServiceFor(model.Fqdn(target.Host, redis.Source.Namespace)) is null)
        {
            diagnostics.Report(DiagnosticCatalog.RedisRouteHostUnknown, YamlLocator.FieldAt(redis.Source, target.At, "host"), what, target.Host);
        }
    }
}
