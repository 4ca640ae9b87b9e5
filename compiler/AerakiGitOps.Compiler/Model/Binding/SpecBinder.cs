using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Pipeline;

namespace AerakiGitOps.Compiler.Model.Binding;

/// <summary>
/// Binds schema-valid documents into typed specs, kind by kind, keeping source order. A binder reads only
/// its document, so documents bind in parallel. With <c>remember</c>, a spec is remembered for as long as its
/// (immutable) document lives: a long-running compiler whose parse cache hands back the same documents for
/// unchanged files binds only the documents that changed.
/// </summary>
public static class SpecBinder
{
    private static readonly ConditionalWeakTable<PolicyDocument, object> Bound = new();

    /// <param name="documents">The documents, in source order.</param>
    /// <param name="diagnostics">Where a second MeshSettings is reported.</param>
    /// <param name="remember">Whether the documents may come back in a later compilation (see <see cref="PolicySpecSet.Remembered"/>).</param>
    public static PolicySpecSet Bind(IReadOnlyList<PolicyDocument> documents, DiagnosticBag diagnostics, bool remember = true)
    {
        List<PolicyDocument> meshSettings = documents.Where(d => d.Kind == PolicyKind.MeshSettings).ToList();
        foreach (var extra in meshSettings.Skip(1))
        {
            diagnostics.Report(DiagnosticCatalog.DuplicateMeshSettings, extra.At, meshSettings[0].At);
        }

        var bind = remember ? BindOnce : (Func<PolicyDocument, object?>)BindNow;
        var specs = OrderedParallel.Map(documents, bind);
        var byKind = new Dictionary<PolicyKind, List<object>>();
        for (var i = 0; i < specs.Length; i++)
        {
            if (specs[i] is { } spec)
            {
                (byKind.TryGetValue(documents[i].Kind, out var list) ? list : byKind[documents[i].Kind] = []).Add(spec);
            }
        }

        return new PolicySpecSet
        {
            Documents = [.. documents],
            ServiceEntries = Of<ServiceEntrySpec>(byKind, PolicyKind.ServiceEntry),
            Services = Of<KubernetesServiceSpec>(byKind, PolicyKind.Service),
            DestinationRules = Of<DestinationRuleSpec>(byKind, PolicyKind.DestinationRule),
            Gateways = Of<GatewaySpec>(byKind, PolicyKind.Gateway),
            VirtualServices = Of<VirtualServiceSpec>(byKind, PolicyKind.VirtualService),
            RedisServices = Of<RedisServiceSpec>(byKind, PolicyKind.RedisService),
            RedisDestinations = Of<RedisDestinationSpec>(byKind, PolicyKind.RedisDestination),
            DubboAuthorizationPolicies = Of<DubboAuthorizationPolicySpec>(byKind, PolicyKind.DubboAuthorizationPolicy),
            MetaRouters = Of<MetaRouterSpec>(byKind, PolicyKind.MetaRouter),
            ApplicationProtocols = Of<ApplicationProtocolSpec>(byKind, PolicyKind.ApplicationProtocol),
            AddressLocks = Of<AddressLockSpec>(byKind, PolicyKind.AddressLock),
            RouteTests = Of<RouteTestSpec>(byKind, PolicyKind.RouteTest),
            MeshSettings = meshSettings.Count == 0 ? MeshSettingsSpec.Default
                : remember ? (MeshSettingsSpec)Bound.GetValue(meshSettings[0], SettingsBinder.BindMeshSettings)
                : SettingsBinder.BindMeshSettings(meshSettings[0]),
            Remembered = remember,
        };
    }

    private static object? BindOnce(PolicyDocument document)
    {
        if (Bound.TryGetValue(document, out var spec))
        {
            return spec;
        }

        return Binders.TryGetValue(document.Kind, out var bind) ? Bound.GetValue(document, d => bind(d)) : null;
    }

    private static object? BindNow(PolicyDocument document) => Binders.TryGetValue(document.Kind, out var bind) ? bind(document) : null;

    /// <summary>The binder of each kind that has specs (MeshSettings is bound apart: only its first document counts).</summary>
    private static readonly Dictionary<PolicyKind, Func<PolicyDocument, object>> Binders = new()
    {
        [PolicyKind.ServiceEntry] = IstioBinder.BindServiceEntry,
        [PolicyKind.Service] = IstioBinder.BindService,
        [PolicyKind.DestinationRule] = IstioBinder.BindDestinationRule,
        [PolicyKind.Gateway] = IstioBinder.BindGateway,
        [PolicyKind.VirtualService] = VirtualServiceBinder.Bind,
        [PolicyKind.RedisService] = RedisBinder.BindService,
        [PolicyKind.RedisDestination] = RedisBinder.BindDestination,
        [PolicyKind.DubboAuthorizationPolicy] = DubboAuthorizationBinder.Bind,
        [PolicyKind.MetaRouter] = MetaRouterBinder.Bind,
        [PolicyKind.ApplicationProtocol] = SettingsBinder.BindApplicationProtocol,
        [PolicyKind.AddressLock] = SettingsBinder.BindAddressLock,
        [PolicyKind.RouteTest] = RouteTestBinder.Bind,
    };

    private static ImmutableArray<T> Of<T>(Dictionary<PolicyKind, List<object>> byKind, PolicyKind kind)
        where T : class
        => byKind.TryGetValue(kind, out var specs) ? [.. specs.Cast<T>()] : [];
}
