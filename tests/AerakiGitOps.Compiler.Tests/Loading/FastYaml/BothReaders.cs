using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Tests.Loading.FastYaml;

/// <summary>Reads a text with the fast path and with YamlDotNet and checks they agree.</summary>
internal static class BothReaders
{
    /// <summary>
    /// True when the fast path accepted the text, after asserting that its documents are those of
    /// YamlDotNet, node for node and mark for mark, and that YamlDotNet reported nothing; false when it declined.
    /// </summary>
    public static bool AgreeOrDecline(string text, string file = "f.yaml", YamlLimits? limits = null)
    {
        var reader = new YamlTreeReader(limits ?? YamlLimits.Default);
        var fast = reader.ReadFast(file, text);
        if (fast is null)
        {
            return false;
        }

        var diagnostics = new DiagnosticBag();
        var full = reader.ReadWithYamlDotNet(file, text, diagnostics);
        Assert.True(diagnostics.ToSortedList().Count == 0, $"the fast path accepted text YamlDotNet reports on: {string.Join("; ", diagnostics.ToSortedList())}\n{text}");
        var expected = YamlTreeText.Of(full);
        var actual = YamlTreeText.Of(fast);
        if (expected != actual)
        {
            Assert.Fail($"the fast path read a different tree from:\n{text}\n--- YamlDotNet:\n{expected}\n--- fast:\n{actual}");
        }

        return true;
    }

    /// <summary>The fast path accepts the text and agrees with YamlDotNet.</summary>
    public static IReadOnlyList<YamlDocument> Accepted(string text, string file = "f.yaml")
    {
        Assert.True(AgreeOrDecline(text, file), "the fast path declined:\n" + text);
        return YamlTreeReader.Default.ReadFast(file, text)!;
    }

    /// <summary>The fast path declines the text; the reader gives exactly YamlDotNet's result.</summary>
    public static void Declined(string text)
    {
        Assert.Null(YamlTreeReader.Default.ReadFast("f.yaml", text));
        var viaRead = new DiagnosticBag();
        var viaYamlDotNet = new DiagnosticBag();
        var documents = YamlTreeReader.Default.Read("f.yaml", text, viaRead);
        var expected = YamlTreeReader.Default.ReadWithYamlDotNet("f.yaml", text, viaYamlDotNet);
        Assert.Equal(YamlTreeText.Of(expected), YamlTreeText.Of(documents));
        Assert.Equal(viaYamlDotNet.ToSortedList().Select(d => d.ToString()), viaRead.ToSortedList().Select(d => d.ToString()));
    }
}
