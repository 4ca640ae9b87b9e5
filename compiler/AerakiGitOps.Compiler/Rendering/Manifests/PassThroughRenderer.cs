using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Model;

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

    public static IEnumerable<RenderedManifest> Render(PolicyModel model)
    {
        var allocated = model.Services
            .Where(s => s is { Origin: ServiceOrigin.ServiceEntry, AddressOrigin: AddressOrigin.Allocated or AddressOrigin.LockFile })
            .ToDictionary(s => s.Source, s => s.Addresses);

        foreach (var document in model.Specs.Documents.Where(d => IsPassedThrough(d.Kind)))
        {
            var root = document.Root.Without("status");
            var metadata = (root["metadata"] as YMapping ?? YamlEdits.EmptyMapping(root.At)).Without(ServerSetMetadata);
            var labels = (metadata["labels"] as YMapping ?? YamlEdits.EmptyMapping(metadata.At)).With(ManagedByLabel, YamlEdits.String(ManagedByValue));
            metadata = metadata.With("namespace", YamlEdits.String(document.Namespace)).With("labels", labels);
            root = root.With("metadata", metadata);

            if (allocated.TryGetValue(document, out var addresses) && addresses.Length > 0 && root["spec"] is YMapping spec)
            {
                root = root.With("spec", spec.With("addresses", YamlEdits.Strings(addresses, spec.At)));
            }

            yield return new RenderedManifest(document.Kind.ToString(), document.Name, document.Namespace, root, [document.File]);
        }
    }
}
