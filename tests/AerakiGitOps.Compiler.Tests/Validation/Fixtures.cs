namespace AerakiGitOps.Compiler.Tests.Validation;

/// <summary>
/// Services most tables refer to, modelled on Aeraki's Dubbo and Thrift demos. Appended after the
/// document under test so that the positions in the tables are those of the document under test.
/// </summary>
internal static class Fixtures
{
    public const string DubboHost = "org.apache.dubbo.samples.basic.api.demoservice";

    public const string ThriftHost = "thrift-sample-server.meta-thrift.svc.cluster.local";

    public const string Services = """
        ---
        apiVersion: networking.istio.io/v1beta1
        kind: ServiceEntry
        metadata:
          name: dubbo-demoservice
          namespace: meta-dubbo
          annotations:
            interface: org.apache.dubbo.samples.basic.api.DemoService
        spec:
          hosts:
            - org.apache.dubbo.samples.basic.api.demoservice
          ports:
            - number: 20880
              name: tcp-metaprotocol-dubbo
              protocol: TCP
          location: MESH_INTERNAL
          resolution: STATIC
          workloadSelector:
            labels:
              app: dubbo-sample-provider
        ---
        apiVersion: networking.istio.io/v1beta1
        kind: DestinationRule
        metadata:
          name: dubbo-sample-provider
          namespace: meta-dubbo
        spec:
          host: org.apache.dubbo.samples.basic.api.demoservice
          subsets:
            - name: v1
              labels:
                version: v1
            - name: v2
              labels:
                version: v2
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: thrift-sample-server
          namespace: meta-thrift
        spec:
          clusterIP: 10.96.0.20
          selector:
            app: thrift-sample-server
          ports:
            - name: tcp-metaprotocol-thrift-hello-server
              protocol: TCP
              port: 9090
              targetPort: 9090
        ---
        apiVersion: networking.istio.io/v1beta1
        kind: Gateway
        metadata:
          name: meta-gateway
          namespace: istio-system
        spec:
          selector:
            istio: ingressgateway
          servers:
            - port:
                number: 20880
                name: tcp-metaprotocol-dubbo
                protocol: TCP
              hosts:
                - "*"
        """;

    /// <summary>
    /// A MetaRouter in namespace meta-dubbo whose spec is <paramref name="spec"/>, followed by the fixture
    /// services. The spec starts on line 7 and is indented by two, so snippet line l, column c is file line l + 6, column c + 2.
    /// </summary>
    public static string MetaRouter(string spec)
    {
        var indented = string.Join("\n", spec.Split('\n').Select(line => line.Length == 0 ? line : "  " + line));
        return $"""
            apiVersion: metaprotocol.aeraki.io/v1alpha1
            kind: MetaRouter
            metadata:
              name: test-metaprotocol-route
              namespace: meta-dubbo
            spec:
            {indented}
            {Services}
            """;
    }

    /// <summary>Turns "AGO3001 1:1" in snippet coordinates into file coordinates.</summary>
    public static string InFile(string expected)
    {
        var (id, position) = (expected[..expected.IndexOf(' ')], expected[(expected.IndexOf(' ') + 1)..]);
        var parts = position.Split(':');
        return $"{id} {int.Parse(parts[0]) + 6}:{int.Parse(parts[1]) + 2}";
    }
}
