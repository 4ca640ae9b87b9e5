using System.Globalization;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Rendering.Routes;
using AerakiGitOps.Protos.Snapshot;
using Envoy.Config.Route.V3;

namespace AerakiGitOps.Compiler.RouteTests;

/// <summary>
/// Finds the route config a request goes through: `&lt;host&gt;_&lt;port&gt;`, the name the proxy subscribes to. A
/// request without a port takes the host's only MetaProtocol port. A host with no route config at all (no
/// service, or no MetaProtocol port) is a test failure rather than a rendering warning: route tests never
/// change what render reports.
/// </summary>
internal sealed class RouteConfigLookup
{
    private readonly Dictionary<string, RouteConfiguration> _byName;
    private readonly ILookup<string, uint> _portsByHost;

    public RouteConfigLookup(RouteSnapshot snapshot)
    {
        _byName = snapshot.Routes.ToDictionary(r => r.Name, r => r.RouteConfig, StringComparer.Ordinal);
        _portsByHost = snapshot.Routes
            .Select(r => SplitName(r.Name))
            .Where(p => p is not null)
            .ToLookup(p => p!.Value.Host, p => p!.Value.Port, StringComparer.Ordinal);
    }

    /// <summary>The route config, or null with the failure diagnostic reported.</summary>
    public RouteConfiguration? Find(RouteTestCaseSpec test, DiagnosticBag diagnostics)
    {
        var host = test.Request.Host;
        var ports = _portsByHost[host].Order().ToList();
        if (test.Request.Port is { } port)
        {
            if (_byName.TryGetValue(ClusterNames.RouteConfig(host, port), out var config))
            {
                return config;
            }

            if (ports.Count == 0)
            {
                diagnostics.Report(DiagnosticCatalog.RouteTestUnknownHost, test.At, test.Name, $"{host}:{port}");
            }
            else
            {
                diagnostics.Report(DiagnosticCatalog.RouteTestNoRouteConfig, test.At, test.Name, host, port, PortList(ports));
            }

            return null;
        }

        switch (ports.Count)
        {
            case 0:
                diagnostics.Report(DiagnosticCatalog.RouteTestUnknownHost, test.At, test.Name, host);
                return null;
            case 1:
                return _byName[ClusterNames.RouteConfig(host, ports[0])];
            default:
                diagnostics.Report(DiagnosticCatalog.RouteTestPortAmbiguous, test.At, test.Name, host, PortList(ports));
                return null;
        }
    }

    private static string PortList(IEnumerable<uint> ports) => string.Join(", ", ports.Select(p => p.ToString(CultureInfo.InvariantCulture)));

    /// <summary>"host_port" split at the last underscore (host names have none).</summary>
    private static (string Host, uint Port)? SplitName(string name)
    {
        var underscore = name.LastIndexOf('_');
        return underscore > 0 && uint.TryParse(name.AsSpan(underscore + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            ? (name[..underscore], port)
            : null;
    }
}
