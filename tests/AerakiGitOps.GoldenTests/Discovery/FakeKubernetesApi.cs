using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using AerakiGitOps.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AerakiGitOps.GoldenTests.Discovery;

/// <summary>
/// A stand-in Kubernetes API server on 127.0.0.1 (ephemeral port, plain HTTP, bearer-token auth) that
/// answers the exact GET paths KubernetesClient calls with recorded JSON, and a 404 Status for anything
/// it does not hold. Every request path is recorded. It runs on Kestrel bound to port 0, so the kernel
/// picks the port and no other test can take it in between (HttpListener on Linux re-binds its port while
/// closing, which failed under parallel tests with "Address already in use").
/// </summary>
internal sealed class FakeKubernetesApi : IDisposable
{
    public const string Token = "discover-test-token-7f3a91c2";

    private static readonly string RecordedFolder = RepositoryPaths.Combine("tests", "AerakiGitOps.GoldenTests", "Discovery", "Recorded");

    private readonly ConcurrentDictionary<string, string> _objects = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly WebApplication _app;

    public FakeKubernetesApi()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(AnswerAsync);
        _app.StartAsync().GetAwaiter().GetResult();
        Url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
    }

    public string Url { get; }

    public IReadOnlyList<string> Requests => [.. _requests];

    public static string ServicePath(string ns, string name) => $"/api/v1/namespaces/{ns}/services/{name}";

    public static string ServiceEntryPath(string ns, string name) => $"/apis/networking.istio.io/v1/namespaces/{ns}/serviceentries/{name}";

    public static string Recorded(string file) => File.ReadAllText(Path.Combine(RecordedFolder, file));

    /// <summary>
    /// A socket bound to a loopback port without listening: connecting to the port is refused, and while
    /// the socket is held no other test can bind the port.
    /// </summary>
    public static Socket RefusingPort()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    }

    /// <summary>A kubeconfig with one context pointing at <paramref name="server"/> with token auth.</summary>
    public static string WriteKubeconfig(string folder, string server, string token = Token) => WriteKubeconfig(folder, server, [$"token: {token}"]);

    /// <summary>A kubeconfig with one context pointing at <paramref name="server"/>; <paramref name="user"/> are the lines of its user (token, exec plugin).</summary>
    public static string WriteKubeconfig(string folder, string server, IEnumerable<string> user)
    {
        var path = Path.Combine(folder, "kubeconfig.yaml");
        var userLines = string.Join('\n', user.Select(line => "    " + line));
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
            {userLines}
            """);
        return path;
    }

    public string WriteKubeconfig(string folder, string token = Token) => WriteKubeconfig(folder, Url, token);

    public void Put(string path, string json) => _objects[path] = json;

    public void Remove(string path) => _objects.TryRemove(path, out _);

    public void Dispose()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)_app).Dispose();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _requests.Enqueue($"{context.Request.Method} {path}");
        var (status, body) = context.Request.Headers.Authorization != $"Bearer {Token}"
            ? (401, Recorded("status-unauthorized.json"))
            : HttpMethods.IsGet(context.Request.Method) && _objects.TryGetValue(path, out var json)
                ? (200, json)
                : (404, NotFound(path));
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes).ConfigureAwait(false);
    }

    private static string NotFound(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var (resource, name) = parts.Length >= 2 ? (parts[^2], parts[^1]) : ("resource", path);
        return Recorded("status-not-found.json").Replace("{resource}", resource, StringComparison.Ordinal).Replace("{name}", name, StringComparison.Ordinal);
    }
}
