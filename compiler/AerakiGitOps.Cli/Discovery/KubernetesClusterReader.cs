using System.Net;
using System.Text.Json;
using k8s;
using k8s.Autorest;
using k8s.Exceptions;

namespace AerakiGitOps.Cli.Discovery;

/// <summary>
/// The edge where `discover` meets the API server, through KubernetesClient (its build without reflection,
/// KubernetesClient.Aot, so the native tool runs it too): GET a Service
/// (/api/v1/namespaces/{ns}/services/{name}) or an Istio ServiceEntry
/// (/apis/networking.istio.io/v1/namespaces/{ns}/serviceentries/{name}). Messages name the server and the
/// context, never credentials.
/// </summary>
public sealed class KubernetesClusterReader : IClusterReader, IDisposable
{
    private const string IstioGroup = "networking.istio.io";
    private const string IstioVersion = "v1";
    private const string ServiceEntries = "serviceentries";

    private readonly Kubernetes _client;

    private KubernetesClusterReader(Kubernetes client, string server)
    {
        _client = client;
        Server = server;
    }

    /// <summary>The API server's address (without user information), for messages.</summary>
    public string Server { get; }

    /// <summary>Reads the kubeconfig and prepares a client; nothing is sent yet.</summary>
    public static KubernetesClusterReader Connect(string kubeconfig, string? context, TimeSpan timeout)
    {
        if (!File.Exists(kubeconfig))
        {
            throw new ClusterAccessException($"kubeconfig '{kubeconfig}' does not exist; pass --kubeconfig FILE");
        }

        KubernetesClientConfiguration configuration;
        try
        {
            configuration = KubernetesClientConfiguration.BuildConfigFromConfigFile(kubeconfig, context);
        }
        catch (KubeConfigException ex)
        {
            throw new ClusterAccessException($"kubeconfig '{kubeconfig}' is not usable: {ex.Message}", ex);
        }
#pragma warning disable CA1031 // A malformed kubeconfig surfaces as many exception types (YAML, IO, crypto); none may print its content.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            throw new ClusterAccessException($"kubeconfig '{kubeconfig}' cannot be read ({ex.GetType().Name}); check that it is a valid kubeconfig file", ex);
        }

        configuration.HttpClientTimeout = timeout;
        var server = Redact(configuration.Host);
        try
        {
            return new KubernetesClusterReader(new Kubernetes(configuration), server);
        }
        catch (Exception ex) when (ex is KubeConfigException or UriFormatException or ArgumentException)
        {
            throw new ClusterAccessException($"kubeconfig '{kubeconfig}' names an unusable server '{server}': {ex.Message}", ex);
        }
    }

    public async Task<IReadOnlyList<string>?> ReadAddressesAsync(DiscoveryTarget target, CancellationToken cancellationToken)
    {
        try
        {
            return target.Kind == DiscoveryKind.Service
                ? await ReadServiceAsync(target, cancellationToken).ConfigureAwait(false)
                : await ReadServiceEntryAsync(target, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpOperationException ex) when (ex.Response?.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (HttpOperationException ex)
        {
            var status = ex.Response is { } response ? $"{(int)response.StatusCode} {response.StatusCode}" : "no response";
            throw new ClusterAccessException($"the cluster at {Server} refused to read {What(target)}: {status}; check that the kubeconfig's credentials may get it", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new ClusterAccessException($"cannot reach the cluster at {Server}: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ClusterAccessException($"the cluster at {Server} did not answer in time while reading {What(target)}", ex);
        }
        catch (JsonException ex)
        {
            throw new ClusterAccessException($"the cluster at {Server} sent an unreadable answer for {What(target)}: {ex.Message}", ex);
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<IReadOnlyList<string>?> ReadServiceAsync(DiscoveryTarget target, CancellationToken cancellationToken)
    {
        var service = await _client.CoreV1.ReadNamespacedServiceAsync(target.Name, target.Namespace, cancellationToken: cancellationToken).ConfigureAwait(false);
        var spec = service.Spec;
        if (spec?.ClusterIPs is { Count: > 0 } clusterIPs)
        {
            return [.. clusterIPs];
        }

        return spec?.ClusterIP is { Length: > 0 } clusterIP ? [clusterIP] : [];
    }

    private async Task<IReadOnlyList<string>?> ReadServiceEntryAsync(DiscoveryTarget target, CancellationToken cancellationToken)
    {
        using var response = await _client.CustomObjects.GetNamespacedCustomObjectWithHttpMessagesAsync(
            IstioGroup, IstioVersion, target.Namespace, ServiceEntries, target.Name, cancellationToken: cancellationToken).ConfigureAwait(false);
        // The untyped call: the typed one needs JsonElement in KubernetesClient.Aot's generated serializers, which lack it.
        var entry = response.Body as JsonElement? ?? throw new JsonException($"expected a JSON object, got {response.Body?.GetType().Name ?? "nothing"}");
        var declared = Strings(entry, "spec", "addresses", valueKey: null);
        return declared.Count > 0 ? declared : Strings(entry, "status", "addresses", valueKey: "value");
    }

    /// <summary>spec.addresses is a list of strings; Istio's auto-allocated status.addresses a list of {value: ...}.</summary>
    private static List<string> Strings(JsonElement root, string section, string list, string? valueKey)
    {
        var result = new List<string>();
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty(section, out var container) || container.ValueKind != JsonValueKind.Object
            || !container.TryGetProperty(list, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var item in items.EnumerateArray())
        {
            var value = valueKey is null ? item : item.ValueKind == JsonValueKind.Object && item.TryGetProperty(valueKey, out var inner) ? inner : default;
            if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            {
                result.Add(text);
            }
        }

        return result;
    }

    private static string What(DiscoveryTarget target) => $"{target.Kind} {target.Namespace}/{target.Name}";

    private static string Redact(string? host)
        => Uri.TryCreate(host, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0
            ? new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri.ToString()
            : host ?? "(no server)";
}
