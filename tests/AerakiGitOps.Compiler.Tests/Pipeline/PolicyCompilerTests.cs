using System.Text;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Pipeline;
using AerakiGitOps.Compiler.Schema;
using AerakiGitOps.Compiler.Tests.Support;
using static AerakiGitOps.Compiler.Tests.Support.DiagnosticAssert;

namespace AerakiGitOps.Compiler.Tests.Pipeline;

public sealed class PolicyCompilerTests
{
    /// <summary>Accepts every document and counts the calls per file: a stand-in for the schema stage.</summary>
    private sealed class CountingValidator : ISchemaValidator
    {
        private readonly Dictionary<string, int> _calls = new(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, int> Calls => _calls;

        public bool Validate(PolicyDocument document, DiagnosticBag diagnostics)
        {
            lock (_calls)
            {
                _calls[document.File] = _calls.GetValueOrDefault(document.File) + 1;
            }

            return true;
        }
    }

    private static PolicySourceContent Content(params (string Path, string Text)[] files)
        => new([.. files.Select(f => new PolicyFile(f.Path, Encoding.UTF8.GetBytes(f.Text)))], "abc123", []);

    [Fact]
    public void A_clean_compilation_produces_manifests_routes_and_the_output_tree()
    {
        var result = new PolicyCompiler(new CompileOptions()).Compile(Content(("se.yaml", Policies.ServiceEntry), ("mr.yaml", Policies.MetaRouter)));

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Output);
        Assert.Contains("routes/demo.example.com_20880.json", result.Output.Files.Keys);
        Assert.Contains("manifests/meta/serviceentry-demo.yaml", result.Output.Files.Keys);
        Assert.Contains("\"sourceCommit\": \"abc123\"", result.Output.Text(OutputTree.SnapshotIndex), StringComparison.Ordinal);
        Assert.Equal("demo.example.com_20880", Assert.Single(result.Snapshot!.Routes).Name);
    }

    [Theory]
    [InlineData("020880")] // YAML 1.2 reads 20880; Kubernetes' reader would take a leading 0 for octal
    [InlineData("0x5190")]
    [InlineData("+20880")]
    public void A_port_number_in_another_integer_form_is_read_and_written_as_the_same_decimal_number(string written)
    {
        var serviceEntry = Policies.ServiceEntry.Replace("number: 20880", $"number: {written}", StringComparison.Ordinal);

        var result = new PolicyCompiler(new CompileOptions()).Compile(Content(("se.yaml", serviceEntry), ("mr.yaml", Policies.MetaRouter)));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("demo.example.com_20880", Assert.Single(result.Snapshot!.Routes).Name);
        Assert.Contains("- name: tcp-metaprotocol-dubbo\n    number: 20880\n", result.Output!.Text("manifests/meta/serviceentry-demo.yaml"), StringComparison.Ordinal);
        Assert.Contains("name: \"240.240.0.10_20880\"", result.Output.Text("manifests/istio-system/envoyfilter-aeraki-outbound-demo.example.com-240.240.0.10-20880.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Compiling_the_same_input_twice_gives_identical_bytes()
    {
        var compiler = new PolicyCompiler(new CompileOptions());
        var first = compiler.Compile(Content(("se.yaml", Policies.ServiceEntry), ("mr.yaml", Policies.MetaRouter))).Output!;
        var second = compiler.Compile(Content(("se.yaml", Policies.ServiceEntry), ("mr.yaml", Policies.MetaRouter))).Output!;

        Assert.Equal(first.Files.Keys, second.Files.Keys);
        Assert.All(first.Files, f => Assert.True(f.Value.Span.SequenceEqual(second.Files[f.Key].Span), f.Key));
    }

    [Fact]
    public void An_error_leaves_no_output_and_warnings_alone_do_not()
    {
        var compiler = new PolicyCompiler(new CompileOptions { SchemaValidator = null });

        var failed = compiler.Compile(Content(("a.yaml", Policies.Broken), ("se.yaml", Policies.ServiceEntry)));
        var warned = compiler.Compile(Content(("d.yaml", Policies.Deployment), ("se.yaml", Policies.ServiceEntry)));

        Single(failed.Diagnostics, "AGO1008 a.yaml(1,1)");
        Assert.True(failed.HasErrors);
        Assert.Null(failed.Output);
        Assert.Null(failed.Snapshot);
        Assert.Empty(failed.Manifests);
        Single(warned.Diagnostics, "AGO1006 d.yaml(1,1)");
        Assert.NotNull(warned.Output);
        Assert.Equal((0, 1), (warned.ErrorCount, warned.WarningCount));
    }

    [Fact]
    public void Diagnostics_are_sorted_by_file_line_and_column_and_exact_duplicates_are_dropped()
    {
        var duplicate = Diagnostic.Create(DiagnosticCatalog.UnreadableFile, SourceLocation.OfFile("0.yaml"), "boom");
        var content = Content(("z.yaml", Policies.Broken), ("b.yaml", "a: 1\na: 2\n" + "---\n" + Policies.Broken)) with { Diagnostics = [duplicate, duplicate] };

        var result = new PolicyCompiler(new CompileOptions { SchemaValidator = null }).Compile(content);

        Exactly(result.Diagnostics, "AGO1010 0.yaml(0,0)", "AGO1008 b.yaml(1,1)", "AGO1002 b.yaml(2,1)", "AGO1008 b.yaml(4,1)", "AGO1008 z.yaml(1,1)");
    }

    [Fact]
    public void Recompiling_with_one_file_changed_parses_only_that_file()
    {
        var validator = new CountingValidator();
        var cache = new ParseCache();
        var compiler = new PolicyCompiler(new CompileOptions { SchemaValidator = validator, Cache = cache });

        compiler.Compile(Content(("se.yaml", Policies.ServiceEntry), ("mr.yaml", Policies.MetaRouter), ("d.yaml", Policies.Deployment)));
        var changedRouter = Policies.MetaRouter.Replace("name: all", "name: every", StringComparison.Ordinal);
        var result = compiler.Compile(Content(("se.yaml", Policies.ServiceEntry), ("mr.yaml", changedRouter), ("d.yaml", Policies.Deployment)));

        Assert.Equal(1, validator.Calls["se.yaml"]);
        Assert.Equal(2, validator.Calls["mr.yaml"]);
        Assert.Equal(3, cache.Count);
        Assert.Equal("every", result.Model!.Specs.MetaRouters[0].Routes[0].Name);
        Single(result.Diagnostics, "AGO1006 d.yaml(1,1)");
    }

    [Fact]
    public void Only_a_compiler_with_a_parse_cache_remembers_what_it_derives_per_object()
    {
        var content = Content(("se.yaml", Policies.ServiceEntry), ("mr.yaml", Policies.MetaRouter));

        var cached = new PolicyCompiler(new CompileOptions { Cache = new ParseCache() });
        var first = cached.Compile(content);
        var again = cached.Compile(content);
        Assert.True(first.Model!.Specs.Remembered);
        Assert.Same(first.Model.Services[0], again.Model!.Services[0]);
        Assert.Same(first.Manifests.Single(m => m.Kind == "ServiceEntry"), again.Manifests.Single(m => m.Kind == "ServiceEntry"));

        var oneShot = new PolicyCompiler(new CompileOptions()).Compile(content);
        Assert.False(oneShot.Model!.Specs.Remembered);
        Assert.Equal(first.Output!.Files.Keys, oneShot.Output!.Files.Keys);
        Assert.All(first.Output.Files, f => Assert.Equal(f.Value.ToArray(), oneShot.Output.Files[f.Key].ToArray()));
    }

    [Fact]
    public void Cache_entries_of_files_no_longer_in_the_source_are_dropped()
    {
        var cache = new ParseCache();
        var compiler = new PolicyCompiler(new CompileOptions { SchemaValidator = null, Cache = cache });

        compiler.Compile(Content(("se.yaml", Policies.ServiceEntry), ("mr.yaml", Policies.MetaRouter)));
        compiler.Compile(Content(("se.yaml", Policies.ServiceEntry)));

        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void The_default_namespace_is_part_of_the_cache_key()
    {
        var cache = new ParseCache();
        const string unnamespaced = "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: dr}\nspec: {host: x}\n";

        var first = new PolicyCompiler(new CompileOptions { SchemaValidator = null, Cache = cache, DefaultNamespace = "a" }).Compile(Content(("dr.yaml", unnamespaced)));
        var second = new PolicyCompiler(new CompileOptions { SchemaValidator = null, Cache = cache, DefaultNamespace = "b" }).Compile(Content(("dr.yaml", unnamespaced)));

        Assert.Equal("a", first.Model!.Specs.DestinationRules[0].Source.Namespace);
        Assert.Equal("b", second.Model!.Specs.DestinationRules[0].Source.Namespace);
    }

    [Fact]
    public void A_document_rejected_by_the_schema_is_not_bound()
    {
        var result = new PolicyCompiler(new CompileOptions()).Compile(Content(("se.yaml", Policies.ServiceEntry.Replace("resolution: STATIC", "resolution: SOMETIMES", StringComparison.Ordinal))));

        Assert.True(result.HasErrors);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("AGO2", d.Id, StringComparison.Ordinal));
        Assert.Empty(result.Model!.Specs.ServiceEntries);
    }
}
