using AerakiGitOps.Compiler.Model;
using static AerakiGitOps.Compiler.Tests.Support.Inputs;

namespace AerakiGitOps.Compiler.Tests.Model;

public sealed class WorkloadSelectorsTests
{
    private static IReadOnlyDictionary<string, string> SelectorOf(string metadataExtra, string specExtra)
    {
        var model = BuildModel(Lines(
            "apiVersion: networking.istio.io/v1beta1",
            "kind: ServiceEntry",
            "metadata:",
            "  name: se",
            metadataExtra,
            "spec:",
            "  hosts: [a.b]",
            specExtra));
        return WorkloadSelectors.ForServiceEntry(model.Specs.ServiceEntries[0]);
    }

    [Fact]
    public void Workload_selector_labels_win_over_the_annotation()
    {
        var selector = SelectorOf("  annotations: {workloadSelector: other}", "  workloadSelector: {labels: {app: x, version: v1}}");

        Assert.Equal(["app=x", "version=v1"], selector.Select(p => $"{p.Key}={p.Value}"));
    }

    [Theory]
    [InlineData("dubbo-provider", "app", "dubbo-provider")]
    [InlineData("' tier: backend '", "tier", "backend")]
    [InlineData("'k:v'", "k", "v")]
    public void The_workload_selector_annotation_names_an_app_or_a_label(string annotation, string key, string value)
    {
        var selector = SelectorOf($"  annotations: {{workloadSelector: {annotation}}}", string.Empty);

        Assert.Equal([$"{key}={value}"], selector.Select(p => $"{p.Key}={p.Value}"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  annotations: {workloadSelector: '  '}")]
    [InlineData("  annotations: {other: x}")]
    public void Without_labels_or_annotation_the_selector_is_empty(string metadataExtra)
    {
        Assert.Empty(SelectorOf(metadataExtra, string.Empty));
    }
}
