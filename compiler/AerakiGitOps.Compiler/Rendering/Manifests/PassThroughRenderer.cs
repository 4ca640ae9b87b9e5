using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Pipeline;

namespace AerakiGitOps.Compiler.Rendering.Manifests;

/// <summary>
/// The Istio objects of the policy repository that Istio itself needs, emitted unchanged except for the
/// ownership label, an explicit namespace, server-set fields removed, and the addresses the compiler settled
/// for a ServiceEntry that declares none (allocated, or from the addresses lock file), so Istio's listener
/// carries the address the outbound filter is named after.
/// </summary>
internal static class PassThroughRenderer
{
    public const string ManagedByLabel = "app.kubernetes.io/managed-by";
    public const string ManagedByValue = "aeraki-gitops";

    private static readonly string[] ServerSetMetadata = ["resourceVersion", "uid", "creationTimestamp", "generation", "managedFields", "selfLink"];

    public static bool IsPassedThrough(PolicyKind kind)
        => kind is PolicyKind.ServiceEntry or PolicyKind.DestinationRule or PolicyKind.VirtualService or PolicyKind.Gateway;

    // A pass-through object depends only on its (immutable) document and the addresses settled for it, so
    // it is remembered for as long as the document lives: a long-running compiler whose parse cache hands
    // back the same documents rebuilds only the objects of changed files. A one-shot compilation (specs
    // not Remembered) remembers nothing.
    private static readonly ConditionalWeakTable<PolicyDocument, Remembered> Cache = new();

    public static IReadOnlyList<RenderedManifest> Render(PolicyModel model)
    {
        var allocated = model.Services
            .Where(s => s is { Origin: ServiceOrigin.ServiceEntry, AddressOrigin: AddressOrigin.Allocated or AddressOrigin.LockFile })
            .ToDictionary<ServiceModel, PolicyDocument, ImmutableArray<string>>(s => s.Source, s => s.Addresses, ReferenceEqualityComparer.Instance);

        return OrderedParallel.Map(model.Specs.Documents.Where(d => IsPassedThrough(d.Kind)).ToList(), document =>
            {
                var addresses = allocated.TryGetValue(document, out var settled) && !settled.IsDefault ? settled : [];
                if (!model.Specs.Remembered)
                {
                    return Render(document, addresses);
                }

                if (Cache.TryGetValue(document, out var remembered) && remembered.Addresses.SequenceEqual(addresses))
                {
                    return remembered.Manifest;
                }

                var manifest = Render(document, addresses);
                Cache.AddOrUpdate(document, new Remembered(addresses, manifest));
                return manifest;
            });
    }

    private static RenderedManifest Render(PolicyDocument document, ImmutableArray<string> addresses)
    {
        var root = document.Root.Without("status");
        var metadata = (root["metadata"] as YMapping ?? YamlEdits.EmptyMapping(root.At)).Without(ServerSetMetadata);
        var labels = (metadata["labels"] as YMapping ?? YamlEdits.EmptyMapping(metadata.At)).With(ManagedByLabel, YamlEdits.String(ManagedByValue));
        metadata = metadata.With("namespace", YamlEdits.String(document.Namespace)).With("labels", labels);
        root = root.With("metadata", metadata);

        if (addresses.Length > 0 && root["spec"] is YMapping spec)
        {
            root = root.With("spec", spec.With("addresses", YamlEdits.Strings(addresses, spec.At)));
        }

        return new RenderedManifest(document.Kind.ToString(), document.Name, document.Namespace, root, [document.File]);
    }

    private sealed record Remembered(ImmutableArray<string> Addresses, RenderedManifest Manifest);
}
