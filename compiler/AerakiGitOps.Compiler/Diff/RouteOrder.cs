namespace AerakiGitOps.Compiler.Diff;

/// <summary>
/// Finds the routes that moved: of the routes both sides share, those outside a longest common subsequence of
/// their order. Inserting or removing a route moves nothing; swapping two routes moves one of them.
/// </summary>
internal static class RouteOrder
{
    public static HashSet<T> Moved<T>(IReadOnlyList<T> before, IReadOnlyList<T> after)
        where T : notnull
    {
        var lengths = new int[before.Count + 1, after.Count + 1];
        for (var i = before.Count - 1; i >= 0; i--)
        {
            for (var j = after.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = before[i].Equals(after[j]) ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var kept = new HashSet<T>();
        for (int i = 0, j = 0; i < before.Count && j < after.Count;)
        {
            if (before[i].Equals(after[j]))
            {
                kept.Add(before[i]);
                i++;
                j++;
            }
            else if (lengths[i + 1, j] >= lengths[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return [.. before.Where(k => !kept.Contains(k))];
    }
}
