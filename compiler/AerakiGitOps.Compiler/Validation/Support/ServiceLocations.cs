using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Model;

namespace AerakiGitOps.Compiler.Validation.Support;

/// <summary>Where diagnostics about a whole service point: a ServiceEntry's hosts[0], a Service's metadata.name.</summary>
internal static class ServiceLocations
{
    /// <summary>
    /// A ServiceEntry with `location: MESH_EXTERNAL`: its workloads are outside the mesh, so it has no inbound side
    /// and the missing workload selector is expected, not worth a warning.
    /// </summary>
    public static bool IsMeshExternal(ServiceModel service)
        => service.Origin == ServiceOrigin.ServiceEntry
           && YamlLocator.Node(service.Source, "spec", "location") is YScalar { Value: "MESH_EXTERNAL" };

    public static SourceLocation Of(ServiceModel service) => service.Origin == ServiceOrigin.ServiceEntry
        ? YamlLocator.Scalars(service.Source, "spec", "hosts").FirstOrDefault()?.At ?? service.Source.At
        : YamlLocator.At(service.Source, "metadata", "name");
}
