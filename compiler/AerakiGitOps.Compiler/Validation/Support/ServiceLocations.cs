using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model;

namespace AerakiGitOps.Compiler.Validation.Support;

/// <summary>Where diagnostics about a whole service point: a ServiceEntry's hosts[0], a Service's metadata.name.</summary>
internal static class ServiceLocations
{
    public static SourceLocation Of(ServiceModel service) => service.Origin == ServiceOrigin.ServiceEntry
        ? YamlLocator.Scalars(service.Source, "spec", "hosts").FirstOrDefault()?.At ?? service.Source.At
        : YamlLocator.At(service.Source, "metadata", "name");
}
