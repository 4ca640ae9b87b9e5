using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.GoldenTests.Discovery;

/// <summary>
/// A stand-in Kubernetes API server on 127.0.0.1 (ephemeral port, plain HTTP, bearer-token auth) that
/// answers the exact GET paths KubernetesClient calls with recorded JSON, and a 404 Status for anything
/// it does not hold. Every request path is recorded.
/// </summary>
internal sealed class FakeKubernetesApi : IDisposable
{
    public const string Token = "discover-test-token-7f3a91c2";

    private static readonly string RecordedFolder = RepositoryPaths.Combine("tests", "AerakiGitOps.GoldenTests", "Discovery", "Recorded");

    private readonly ConcurrentDictionary<string, string> _objects = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly HttpListener _listener;
    private readonly Task _serving;

    public FakeKubernetesApi()
    {
        (_listener, Url) = Start();
        _serving = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public IReadOnlyList<string> Requests => [.. _requests];

    public static string ServicePath(string ns, string name) => $"/api/v1/namespaces/{ns}/services/{name}";

    public static string ServiceEntryPath(string ns, string name) => $"/apis/networking.istio.io/v1/namespaces/{ns}/serviceentries/{name}";

    public static string Recorded(string file) => File.ReadAllText(Path.Combine(RecordedFolder, file));

    /// <summary>A port on the loopback interface that nothing listens on.</summary>
    public static int ClosedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    /// <summary>A kubeconfig with one context pointing at <paramref name="server"/> with token auth.</summary>
    public static string WriteKubeconfig(string folder, string server, string token = Token)
    {
        var path = Path.Combine(folder, "kubeconfig.yaml");
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: test
              cluster:
                server: {server}
            contexts:
            - name: test
              context:
                cluster: test
                namespace: default
                user: tester
            current-context: test
            users:
            - name: tester
              user:
                token: {token}
            """);
        return path;
    }

    public string WriteKubeconfig(string folder, string token = Token) => WriteKubeconfig(folder, Url, token);

    public void Put(string path, string json) => _objects[path] = json;

    public void Remove(string path) => _objects.TryRemove(path, out _);

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was stopped under a pending GetContextAsync.
        }
    }

    private static (HttpListener Listener, string Url) Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var url = $"http://127.0.0.1:{ClosedPort()}";
            var listener = new HttpListener();
            listener.Prefixes.Add(url + "/");
            try
            {
                listener.Start();
                return (listener, url);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Answer(context);
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        _requests.Enqueue($"{context.Request.HttpMethod} {path}");
        var (status, body) = context.Request.Headers["Authorization"] != $"Bearer {Token}"
            ? (401, Recorded("status-unauthorized.json"))
            : context.Request.HttpMethod == "GET" && _objects.TryGetValue(path, out var json)
                ? (200, json)
                : (404, NotFound(path));
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        context.Response.OutputStream.Write(bytes);
        context.Response.Close();
    }

    private static string NotFound(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var (resource, name) = parts.Length >= 2 ? (parts[^2], parts[^1]) : ("resource", path);
        return Recorded("status-not-found.json").Replace("{resource}", resource, StringComparison.Ordinal).Replace("{name}", name, StringComparison.Ordinal);
    }
}
