using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Validation.Support;

/// <summary>
/// The VirtualServices that drive a native Dubbo or Thrift filter. Only these are checked by the native
/// routing rules: a VirtualService for an HTTP service is Istio's business.
/// </summary>
internal static class NativeRouting
{
    public static IEnumerable<(VirtualServiceSpec VirtualService, ServiceModel Service, string Protocol)> Used(PolicyModel model)
    {
        foreach (var service in model.Services)
        {
            if (model.VirtualServiceFor(service.Host) is not { } virtualService)
            {
                continue;
            }

            // A service with both protocols is reported once, naming both.
            var protocols = new[] { ProtocolKind.Dubbo, ProtocolKind.Thrift }.Where(p => service.PortsOf(p).Any()).Select(p => p.ToString()).ToList();
            if (protocols.Count > 0)
            {
                yield return (virtualService, service, string.Join(" and ", protocols));
            }
        }
    }

    /// <summary>How diagnostics name an http route: its name, else its position (<paramref name="index"/> from 0) in the list.</summary>
    public static string RouteName(HttpRouteSpec route, int index)
        => route.Name.Length > 0 ? $"'{route.Name}'" : $"#{index + 1}";
}
