namespace AerakiGitOps.Compiler.Tests.Support;

/// <summary>A small valid policy repository: a Dubbo-over-MetaProtocol ServiceEntry and its MetaRouter.</summary>
internal static class Policies
{
    public const string ServiceEntry = """
        apiVersion: networking.istio.io/v1beta1
        kind: ServiceEntry
        metadata:
          name: demo
          namespace: meta
        spec:
          hosts:
          - demo.example.com
          addresses:
          - 240.240.0.10
          ports:
          - number: 20880
            name: tcp-metaprotocol-dubbo
            protocol: TCP
          resolution: STATIC
          workloadSelector:
            labels:
              app: demo

        """;

    public const string MetaRouter = """
        apiVersion: metaprotocol.aeraki.io/v1alpha1
        kind: MetaRouter
        metadata:
          name: demo
          namespace: meta
        spec:
          hosts:
          - demo.example.com
          routes:
          - name: all
            route:
            - destination:
                host: demo.example.com

        """;

    /// <summary>Unknown kind: a warning, never an error.</summary>
    public const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: app

        """;

    /// <summary>No kind: AGO1008 at (1,1).</summary>
    public const string Broken = """
        apiVersion: v1
        metadata:
          name: x

        """;
}
