namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>
/// Shares the strings of short scalars (keys like <c>name</c>, values like <c>TCP</c>) per thread, so
/// reading thousands of manifests does not allocate the same small strings again and again.
/// </summary>
internal static class ScalarStrings
{
    private const int MaxPooledLength = 32;
    private const int MaxPooledCount = 8192;

    [ThreadStatic]
    private static Dictionary<string, string>? t_pool;

    public static string Get(ReadOnlySpan<char> chars)
    {
        if (chars.Length == 0)
        {
            return string.Empty;
        }

        if (chars.Length > MaxPooledLength)
        {
            return new string(chars);
        }

        var pool = t_pool ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars, out var shared))
        {
            return shared;
        }

        if (pool.Count >= MaxPooledCount)
        {
            pool.Clear();
        }

        shared = new string(chars);
        pool.Add(shared, shared);
        return shared;
    }
}
