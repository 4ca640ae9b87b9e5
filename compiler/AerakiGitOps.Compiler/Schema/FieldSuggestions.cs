namespace AerakiGitOps.Compiler.Schema;

/// <summary>Finds the known field an unknown one was probably meant to be ("rout" -> "route").</summary>
internal static class FieldSuggestions
{
    public static string? Closest(string unknown, IEnumerable<string> knownFields)
    {
        if (unknown.Length == 0)
        {
            return null;
        }

        var limit = Math.Max(1, unknown.Length / 3);
        return knownFields
            .Select(known => (known, distance: Distance(unknown.ToLowerInvariant(), known.ToLowerInvariant())))
            .Where(c => c.distance <= limit)
            .OrderBy(c => c.distance)
            .ThenBy(c => c.known, StringComparer.Ordinal)
            .Select(c => c.known)
            .FirstOrDefault();
    }

    /// <summary>Levenshtein distance with two rows.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
