using AerakiGitOps.Compiler.Pipeline;

namespace AerakiGitOps.Compiler.Tests.Pipeline;

public sealed class PassCacheTests
{
    [Fact]
    public void Entries_a_pass_did_not_use_are_dropped_when_it_ends()
    {
        var cache = new PassCache<string, int>(StringComparer.Ordinal);
        cache.Set("a", 1, pass: 1);
        cache.Set("b", 2, pass: 1);
        Assert.Equal(0, cache.EndPass(1));

        Assert.True(cache.TryGet("a", pass: 2, out var a));
        Assert.Equal(1, a);
        cache.Set("c", 3, pass: 2);

        Assert.Equal(1, cache.EndPass(2));
        Assert.Equal(2, cache.Count);
        Assert.False(cache.TryGet("b", pass: 3, out _));
        Assert.True(cache.TryGet("c", pass: 3, out var c));
        Assert.Equal(3, c);
    }

    [Fact]
    public void Keys_compare_with_the_given_comparer()
    {
        var cache = new PassCache<string, int>(StringComparer.OrdinalIgnoreCase);
        cache.Set("Host", 7, pass: 1);

        Assert.True(cache.TryGet("host", pass: 1, out var value));
        Assert.Equal(7, value);
        cache.Clear();
        Assert.Equal(0, cache.Count);
    }
}
