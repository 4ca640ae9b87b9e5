using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Model;

/// <summary>
/// Turns ServiceEntries and Kubernetes Services into <see cref="ServiceModel"/>s and settles their
/// addresses: declared, then the lock file, then (ServiceEntries only) an allocated VIP.
/// </summary>
internal static class ServiceModelBuilder
{
    // A service is a function of its (immutable) spec, the lock-file addresses of its host, the cluster
    // domain and its allocated VIP. Specs stay the same objects while their document is unchanged, so a
    // long-running compiler (the reconciler) gets the very same ServiceModel back for every unchanged
    // service instead of building it again on each commit. A one-shot compilation (specs not Remembered)
    // builds every service and remembers nothing.
    private static readonly ConditionalWeakTable<object, Built> FromSpec = new();
    private static readonly ConditionalWeakTable<ServiceModel, VipVariant> WithAllocatedVip = new();

    public static ImmutableArray<ServiceModel> Build(PolicySpecSet specs, ModelSettings settings)
    {
        var locked = specs.AddressLocks
            .SelectMany(l => l.Hosts)
            .Where(h => h.Host.Length > 0 && h.Addresses.Length > 0)
            .GroupBy(h => h.Host, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Addresses, StringComparer.Ordinal);

        var services = new List<ServiceModel>();
        services.AddRange(specs.ServiceEntries.Where(e => e.Hosts.Length > 0).Select(e => Remembered(specs.Remembered, e, e.Hosts[0], string.Empty, locked, l => FromServiceEntry(e, l))));
        services.AddRange(specs.Services.Select(s => Remembered(specs.Remembered, s, KubernetesHost(s, settings), settings.ClusterDomain, locked, l => FromKubernetesService(s, settings, l))));

        var needing = services.Where(s => s.AddressOrigin == AddressOrigin.Allocated && s.Addresses.IsEmpty).Select(s => s.Host);
        var reserved = services.SelectMany(s => s.Addresses);
        var vips = VipAllocator.Allocate(needing, reserved);

        return services
            .Select(s => s is { AddressOrigin: AddressOrigin.Allocated, Addresses.IsEmpty: true } && vips.TryGetValue(s.Host, out var vip)
                ? WithVip(specs.Remembered, s, vip)
                : s)
            .ToImmutableArray();
    }

    private static ServiceModel Remembered(bool remember, object spec, string host, string clusterDomain, Dictionary<string, ImmutableArray<string>> locked, Func<ImmutableArray<string>?, ServiceModel> build)
    {
        ImmutableArray<string>? lockedAddresses = locked.TryGetValue(host, out var fromLock) ? fromLock : null;
        if (!remember)
        {
            return build(lockedAddresses);
        }

        if (FromSpec.TryGetValue(spec, out var built) && built.Locked == lockedAddresses && built.ClusterDomain == clusterDomain)
        {
            return built.Service;
        }

        var service = build(lockedAddresses);
        FromSpec.AddOrUpdate(spec, new Built(lockedAddresses, clusterDomain, service));
        return service;
    }

    private static ServiceModel WithVip(bool remember, ServiceModel service, string vip)
    {
        if (!remember)
        {
            return service with { Addresses = [vip] };
        }

        if (WithAllocatedVip.TryGetValue(service, out var remembered) && remembered.Vip == vip)
        {
            return remembered.Service;
        }

        var withVip = service with { Addresses = [vip] };
        WithAllocatedVip.AddOrUpdate(service, new VipVariant(vip, withVip));
        return withVip;
    }

    private static string KubernetesHost(KubernetesServiceSpec service, ModelSettings settings) => $"{service.Meta.Name}.{service.Meta.Namespace}.svc.{settings.ClusterDomain}";

    private sealed record Built(ImmutableArray<string>? Locked, string ClusterDomain, ServiceModel Service);

    private sealed record VipVariant(string Vip, ServiceModel Service);

    private static ServiceModel FromServiceEntry(ServiceEntrySpec entry, ImmutableArray<string>? locked)
    {
        var host = entry.Hosts[0];
        var ports = entry.Ports.Select(Port).ToImmutableArray();
        var (addresses, origin) = entry switch
        {
            { Addresses.Length: > 0 } => (entry.Addresses, AddressOrigin.Declared),
            _ when locked is { } fromLock => (fromLock, AddressOrigin.LockFile),
            { Resolution: "NONE" } => (ImmutableArray<string>.Empty, AddressOrigin.None),
            _ when ports.Any(p => p.Protocol != ProtocolKind.Unsupported) => (ImmutableArray<string>.Empty, AddressOrigin.Allocated),
            _ => (ImmutableArray<string>.Empty, AddressOrigin.None),
        };

        return new ServiceModel(host, entry.Meta.Name, entry.Meta.Namespace, ServiceOrigin.ServiceEntry, entry.Source,
            addresses, origin, ports, WorkloadSelectors.ForServiceEntry(entry), entry.Meta);
    }

    private static ServiceModel FromKubernetesService(KubernetesServiceSpec service, ModelSettings settings, ImmutableArray<string>? locked)
    {
        var host = KubernetesHost(service, settings);
        var declared = service.ClusterIPs.Length > 0
            ? service.ClusterIPs
            : service.ClusterIP is { Length: > 0 } ip ? [ip] : ImmutableArray<string>.Empty;
        var (addresses, origin) = declared switch
        {
            _ when declared.Contains("None") => (ImmutableArray<string>.Empty, AddressOrigin.None),
            { Length: > 0 } => (declared, AddressOrigin.Declared),
            _ when locked is { } fromLock => (fromLock, AddressOrigin.LockFile),
            _ => (ImmutableArray<string>.Empty, AddressOrigin.Unknown),
        };

        return new ServiceModel(host, service.Meta.Name, service.Meta.Namespace, ServiceOrigin.KubernetesService, service.Source,
            addresses, origin, service.Ports.Select(Port).ToImmutableArray(), service.Selector, service.Meta);
    }

    private static ServicePortModel Port(PortSpec port)
    {
        var (protocol, application) = ProtocolDetector.Detect(port.Name, port.AppProtocol);
        return new ServicePortModel(port.Number, port.Name, protocol, application, port.At);
    }
}
