using System.Text;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Schema;
using AerakiGitOps.Tests.Shared;

namespace AerakiGitOps.Compiler.Tests.Schema;

/// <summary>Loading YAML into policy documents and finding the repository's folders, for the schema tests.</summary>
internal static class SchemaTestSupport
{
    /// <summary>The folder holding aeraki-gitops.sln.</summary>
    public static string RepositoryRoot => RepositoryPaths.Root;

    public static string SchemasFolder => Path.Combine(RepositoryRoot, "schemas");

    public static string SamplesFolder => Path.Combine(RepositoryRoot, "tests", "AerakiGitOps.Compiler.Tests", "Schema", "Samples");

    public static string VendorSchemasFolder => RepositoryPaths.VendorSchemas;

    /// <summary>Loads the documents of one YAML text; the loader must report nothing.</summary>
    public static IReadOnlyList<PolicyDocument> Load(string yaml, string file = "policy.yaml")
    {
        var diagnostics = new DiagnosticBag();
        var documents = new PolicyLoader("default").LoadFile(new PolicyFile(file, Encoding.UTF8.GetBytes(yaml)), diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return documents;
    }

    /// <summary>Validates every document of <paramref name="yaml"/> with the embedded schemas and returns the diagnostics, sorted.</summary>
    public static IReadOnlyList<Diagnostic> Validate(string yaml, string file = "policy.yaml")
    {
        var diagnostics = new DiagnosticBag();
        var validator = new JsonSchemaValidator();
        foreach (var document in Load(yaml, file))
        {
            validator.Validate(document, diagnostics);
        }

        return diagnostics.ToSortedList();
    }
}
