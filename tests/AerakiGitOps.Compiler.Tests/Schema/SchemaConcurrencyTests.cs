using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Schema;

namespace AerakiGitOps.Compiler.Tests.Schema;

/// <summary>One validator is shared by the pipeline's parallel stages.</summary>
public sealed class SchemaConcurrencyTests
{
    [Fact]
    public void Validating_from_many_threads_at_once_gives_the_same_diagnostics_as_one_thread()
    {
        const string yaml = """
            apiVersion: metaprotocol.aeraki.io/v1alpha1
            kind: MetaRouter
            metadata:
              name: test
            spec:
              hosts: []
              routes:
                - route:
                    - destination:
                        host: a.b.svc.cluster.local
                      weight: 150
            ---
            apiVersion: networking.istio.io/v1
            kind: Gateway
            metadata:
              name: gw
            spec:
              servers:
                - port: {number: 0, name: tcp-metaprotocol-dubbo, protocol: TCP}
                  hosts: ["*"]
            """;
        var documents = SchemaTestSupport.Load(yaml);
        var expected = SchemaTestSupport.Validate(yaml).Select(d => d.ToString()).ToList();

        // A fresh catalog, so the schemas are parsed lazily while the threads race for them.
        var shared = new JsonSchemaValidator(new SchemaCatalog(name => File.ReadAllText(Path.Combine(SchemaTestSupport.SchemasFolder, name))));
        var results = new string[16][];
        Parallel.For(0, results.Length, i =>
        {
            var diagnostics = new DiagnosticBag();
            foreach (var document in documents)
            {
                shared.Validate(document, diagnostics);
            }

            results[i] = [.. diagnostics.ToSortedList().Select(d => d.ToString())];
        });

        Assert.Equal(["AGO2004", "AGO2004", "AGO2004"], SchemaTestSupport.Validate(yaml).Select(d => d.Id));
        Assert.All(results, result => Assert.Equal(expected, result));
    }
}
