using System.Runtime.CompilerServices;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Model.Binding;

/// <summary>
/// Binds schema-valid documents into typed specs, kind by kind, keeping source order. A binder reads only
/// its document, so documents bind in parallel, and a spec is remembered for as long as its (immutable)
/// document lives: a long-running compiler whose parse cache hands back the same documents for unchanged
/// files binds only the documents that changed.
/// </summary>
public static class SpecBinder
{
    private static readonly ConditionalWeakTable<PolicyDocument, object> Bound = new();

    public static PolicySpecSet Bind(IReadOnlyList<PolicyDocument> documents, DiagnosticBag diagnostics)
    {
        List<PolicyDocument> meshSettings = documents.Where(d => d.Kind == PolicyKind.MeshSettings).ToList();
        foreach (var extra in meshSettings.Skip(1))
        {
            diagnostics.Report(DiagnosticCatalog.DuplicateMeshSettings, extra.At, meshSettings[0].At);
        }

        return new PolicySpecSet
        {
            Documents = [.. documents],
            ServiceEntries = [.. Of(documents, PolicyKind.ServiceEntry, IstioBinder.BindServiceEntry)],
            Services = [.. Of(documents, PolicyKind.Service, IstioBinder.BindService)],
            DestinationRules = [.. Of(documents, PolicyKind.DestinationRule, IstioBinder.BindDestinationRule)],
            Gateways = [.. Of(documents, PolicyKind.Gateway, IstioBinder.BindGateway)],
            VirtualServices = [.. Of(documents, PolicyKind.VirtualService, VirtualServiceBinder.Bind)],
            RedisServices = [.. Of(documents, PolicyKind.RedisService, RedisBinder.BindService)],
            RedisDestinations = [.. Of(documents, PolicyKind.RedisDestination, RedisBinder.BindDestination)],
            DubboAuthorizationPolicies = [.. Of(documents, PolicyKind.DubboAuthorizationPolicy, DubboAuthorizationBinder.Bind)],
            MetaRouters = [.. Of(documents, PolicyKind.MetaRouter, MetaRouterBinder.Bind)],
            ApplicationProtocols = [.. Of(documents, PolicyKind.ApplicationProtocol, SettingsBinder.BindApplicationProtocol)],
            AddressLocks = [.. Of(documents, PolicyKind.AddressLock, SettingsBinder.BindAddressLock)],
            RouteTests = [.. Of(documents, PolicyKind.RouteTest, RouteTestBinder.Bind)],
            MeshSettings = meshSettings.Count > 0 ? (MeshSettingsSpec)Bound.GetValue(meshSettings[0], SettingsBinder.BindMeshSettings) : MeshSettingsSpec.Default,
        };
    }

    private static List<T> Of<T>(IReadOnlyList<PolicyDocument> documents, PolicyKind kind, Func<PolicyDocument, T> bind)
        where T : class
        => documents
            .Where(d => d.Kind == kind)
            .AsParallel()
            .AsOrdered()
            .Select(d => (T)Bound.GetValue(d, document => bind(document)))
            .ToList();
}
