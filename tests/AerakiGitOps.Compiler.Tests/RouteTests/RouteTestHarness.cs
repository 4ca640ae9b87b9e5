using System.Text;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Compiler.RouteTests;

namespace AerakiGitOps.Compiler.Tests.RouteTests;

/// <summary>Compiles policies and a RouteTest document (in separate files, so positions are the test file's) and runs the tests.</summary>
internal static class RouteTestHarness
{
    public const string TestFile = "tests.yaml";

    public const string Host = "org.apache.dubbo.samples.basic.api.demoservice";

    public const string Policies = """
        apiVersion: networking.istio.io/v1beta1
        kind: ServiceEntry
        metadata:
          name: demoservice
          namespace: meta-dubbo
        spec:
          hosts: [org.apache.dubbo.samples.basic.api.demoservice]
          addresses: [10.0.0.1]
          ports:
          - {number: 20880, name: tcp-metaprotocol-dubbo, protocol: TCP}
          resolution: STATIC
          workloadSelector:
            labels: {app: dubbo}
        ---
        apiVersion: networking.istio.io/v1beta1
        kind: DestinationRule
        metadata:
          name: demoservice
          namespace: meta-dubbo
        spec:
          host: org.apache.dubbo.samples.basic.api.demoservice
          subsets:
          - {name: v1, labels: {version: v1}}
          - {name: v2, labels: {version: v2}}
        ---
        apiVersion: metaprotocol.aeraki.io/v1alpha1
        kind: MetaRouter
        metadata:
          name: demoservice
          namespace: meta-dubbo
        spec:
          hosts: [org.apache.dubbo.samples.basic.api.demoservice]
          routes:
          - name: split
            match:
              attributes:
                interface: {exact: Demo}
                method: {exact: sayHello}
            route:
            - {destination: {host: org.apache.dubbo.samples.basic.api.demoservice, subset: v1}, weight: 80}
            - {destination: {host: org.apache.dubbo.samples.basic.api.demoservice, subset: v2}, weight: 20}
          - name: getters
            match:
              attributes:
                method: {prefix: get}
            route:
            - destination: {host: org.apache.dubbo.samples.basic.api.demoservice, subset: v2}
        """;

    /// <summary>A RouteTest document with these entries under spec.tests (each indented by two spaces).</summary>
    public static string Document(string tests) => """
        apiVersion: aeraki-gitops.io/v1alpha1
        kind: RouteTest
        metadata:
          name: t
          namespace: meta-dubbo
        spec:
          tests:

        """ + tests;

    public static CompilationResult Compile(string policies, string? tests)
    {
        var files = new List<PolicyFile> { new("policies.yaml", Encoding.UTF8.GetBytes(policies)) };
        if (tests is not null)
        {
            files.Add(new PolicyFile(TestFile, Encoding.UTF8.GetBytes(tests)));
        }

        return new PolicyCompiler(new CompileOptions()).Compile(new PolicySourceContent(files, null, []));
    }

    public static RouteTestReport Run(string tests, string policies = Policies)
    {
        var result = Compile(policies, Document(tests));
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        return new RouteTestEvaluator(result.Snapshot!).Run(result.Model!.Specs.RouteTests);
    }
}
