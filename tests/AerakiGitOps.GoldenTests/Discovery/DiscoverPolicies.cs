using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.GoldenTests.Discovery;

/// <summary>A policy folder whose hosts need addresses from the cluster, and the cluster objects that answer for them.</summary>
internal static class DiscoverPolicies
{
    public const string Services = """
        # No clusterIP in git: discover reads it from the cluster.
        apiVersion: v1
        kind: Service
        metadata:
          name: greeter
          namespace: apps
        spec:
          selector:
            app: greeter
          ports:
          - name: tcp-metaprotocol-dubbo
            port: 20880
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: echo
          namespace: apps
        spec:
          selector:
            app: echo
          ports:
          - name: tcp-metaprotocol-thrift
            port: 9090
        ---
        # The ClusterIP is in git: nothing to ask the cluster.
        apiVersion: v1
        kind: Service
        metadata:
          name: pinned
          namespace: apps
        spec:
          clusterIP: 10.96.1.1
          selector:
            app: pinned
          ports:
          - name: tcp-metaprotocol-dubbo
            port: 20880
        """;

    public const string ServiceEntries = """
        apiVersion: networking.istio.io/v1
        kind: ServiceEntry
        metadata:
          name: dubbo-demo
          namespace: meta-dubbo
        spec:
          hosts:
          - org.apache.dubbo.samples.basic.api.demoservice
          ports:
          - number: 20880
            name: tcp-metaprotocol-dubbo
            protocol: TCP
          resolution: STATIC
          workloadSelector:
            labels:
              app: dubbo-sample-provider
        ---
        apiVersion: networking.istio.io/v1
        kind: ServiceEntry
        metadata:
          name: thrift-demo
          namespace: meta-thrift
        spec:
          hosts:
          - thrift-sample-server.meta-thrift.svc.cluster.local
          ports:
          - number: 9090
            name: tcp-metaprotocol-thrift
            protocol: TCP
          resolution: STATIC
          workloadSelector:
            labels:
              app: thrift-sample-server
        """;

    /// <summary>The lock file discover writes for <see cref="Services"/> and <see cref="ServiceEntries"/> against <see cref="Serve"/>.</summary>
    public const string ExpectedLock = """
        # Addresses lock file, written by `aeraki-gitops discover`; review changes like any other policy change.
        # The virtual addresses the cluster gave the services the policies use (Kubernetes Service ClusterIPs,
        # ServiceEntry addresses). The compiler names outbound listeners after them. Re-run discover to update.
        apiVersion: aeraki-gitops.io/v1alpha1
        kind: AddressLock
        hosts:
        - host: echo.apps.svc.cluster.local
          addresses:
          - 10.96.0.42
        - host: greeter.apps.svc.cluster.local
          addresses:
          - 10.96.7.7
        - host: org.apache.dubbo.samples.basic.api.demoservice
          addresses:
          - 240.240.12.34
        - host: thrift-sample-server.meta-thrift.svc.cluster.local
          addresses:
          - 240.240.0.7

        """;

    /// <summary>Writes policies/ into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(TemporaryFolder folder)
    {
        folder.Write("policies/services.yaml", Services);
        folder.Write("policies/istio/serviceentries.yaml", ServiceEntries);
        return Path.Combine(folder.Path, "policies");
    }

    /// <summary>Makes <paramref name="api"/> hold the recorded objects of the policies' hosts.</summary>
    public static void Serve(FakeKubernetesApi api)
    {
        api.Put(FakeKubernetesApi.ServicePath("apps", "greeter"), FakeKubernetesApi.Recorded("service-apps-greeter.json"));
        api.Put(FakeKubernetesApi.ServicePath("apps", "echo"), FakeKubernetesApi.Recorded("service-apps-echo.json"));
        api.Put(FakeKubernetesApi.ServiceEntryPath("meta-dubbo", "dubbo-demo"), FakeKubernetesApi.Recorded("serviceentry-meta-dubbo-dubbo-demo.json"));
        api.Put(FakeKubernetesApi.ServiceEntryPath("meta-thrift", "thrift-demo"), FakeKubernetesApi.Recorded("serviceentry-meta-thrift-thrift-demo.json"));
    }
}
