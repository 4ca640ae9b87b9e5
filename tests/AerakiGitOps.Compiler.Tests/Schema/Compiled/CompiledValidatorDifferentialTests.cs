using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Loading.Yaml;
using FsCheck;
using FsCheck.Xunit;
using Xunit.Abstractions;

namespace AerakiGitOps.Compiler.Tests.Schema.Compiled;

/// <summary>
/// The compiled validator against the NJsonSchema reference: the same validity, the same flattened
/// findings in the same order (kind, error, path, line and column) and the same diagnostics, on every
/// document of the repository, on a generated workload, and on thousands of broken variants of them.
/// </summary>
public sealed class CompiledValidatorDifferentialTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_document_of_the_repository_and_of_a_generated_workload_gets_the_same_outcome()
    {
        var documents = SchemaCorpus.Repository.Concat(SchemaCorpus.Workload).ToList();
        var invalid = 0;
        foreach (var document in documents)
        {
            var reference = SchemaOracle.ByReference(document);
            AssertSame(reference, SchemaOracle.ByCompiled(document), document.DisplayName + " in " + document.File);
            invalid += reference.Valid ? 0 : 1;
        }

        Assert.True(documents.Count > 300, $"only {documents.Count} documents found");
        output.WriteLine($"{documents.Count} documents, {invalid} invalid");
        Assert.True(invalid >= 5, $"only {invalid} invalid documents in the corpus");
        Assert.Contains(documents, d => d.File.StartsWith("policies/", StringComparison.Ordinal));
        Assert.Contains(documents, d => d.File.StartsWith("examples/", StringComparison.Ordinal));
        Assert.Equal(Enum.GetValues<PolicyKind>().Length, documents.Select(d => d.Kind).Distinct().Count());
    }

    [Fact]
    public void Every_mutation_at_every_node_of_the_samples_gets_the_same_outcome()
    {
        var documents = SchemaCorpus.Samples.Concat(SchemaCorpus.Workload.DistinctBy(d => d.Kind)).ToList();
        var total = 0;
        var invalid = 0;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var (path, node) in DocumentMutator.Positions(document.Root))
            {
                var mutations = node is YMapping mapping ? DocumentMutator.ValueMutations.Concat(DocumentMutator.MappingMutations(mapping)) : DocumentMutator.ValueMutations;
                foreach (var mutation in mutations)
                {
                    if (DocumentMutator.Replace(document.Root, path, mutation.Apply) is not YMapping root)
                    {
                        continue;
                    }

                    var mutated = document with { Root = root };
                    var reference = SchemaOracle.ByReference(mutated);
                    AssertSame(reference, SchemaOracle.ByCompiled(mutated), $"{document.File}: {mutation.Name} at {string.Join('.', path)}");
                    total++;
                    invalid += reference.Valid ? 0 : 1;
                    ids.UnionWith(reference.Diagnostics.Select(d => d[..7]));
                }
            }
        }

        output.WriteLine($"{total} mutations, {invalid} invalid, diagnostics {string.Join(", ", ids.Order(StringComparer.Ordinal))}");
        Assert.True(total > 10_000, $"only {total} mutations");
        Assert.True(invalid * 10 >= total * 6, $"only {invalid} of {total} mutations are invalid");
        Assert.Superset(new HashSet<string> { "AGO2001", "AGO2002", "AGO2003", "AGO2004" }, ids);
    }

    [Property(MaxTest = 400)]
    public void Random_combinations_of_mutations_get_the_same_outcome(NonNegativeInt documentPick, int seed)
    {
        var documents = SchemaCorpus.Repository.Concat(SchemaCorpus.Workload).ToList();
        var document = documents[documentPick.Get % documents.Count];
        var random = new Random(seed);
        YNode root = document.Root;
        var applied = new List<string>();
        for (var round = random.Next(1, 5); round > 0; round--)
        {
            var positions = DocumentMutator.Positions(root).ToList();
            var (path, node) = positions[random.Next(positions.Count)];
            var choices = node is YMapping mapping ? [.. DocumentMutator.ValueMutations, .. DocumentMutator.MappingMutations(mapping)] : DocumentMutator.ValueMutations.ToList();
            var mutation = choices[random.Next(choices.Count)];
            root = DocumentMutator.Replace(root, path, mutation.Apply);
            applied.Add($"{mutation.Name} at {string.Join('.', path)}");
        }

        if (root is YMapping mutatedRoot)
        {
            var mutated = document with { Root = mutatedRoot };
            AssertSame(SchemaOracle.ByReference(mutated), SchemaOracle.ByCompiled(mutated), $"{document.File}: {string.Join("; ", applied)}");
        }
    }

    private static void AssertSame(SchemaOutcome reference, SchemaOutcome compiled, string what)
    {
        if (reference != compiled && !(reference.Valid == compiled.Valid && reference.Findings.SequenceEqual(compiled.Findings) && reference.Diagnostics.SequenceEqual(compiled.Diagnostics)))
        {
            Assert.Fail($"{what}\nreference: {reference}\ncompiled: {compiled}");
        }
    }
}
