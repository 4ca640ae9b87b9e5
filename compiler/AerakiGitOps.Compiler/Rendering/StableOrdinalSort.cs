namespace AerakiGitOps.Compiler.Rendering;

/// <summary>
/// Sorts an array in place by a text key, ordinally, items with equal keys keeping their order: an array sort
/// on (key, position), several times faster than a stable LINQ sort over keys that share long prefixes.
/// </summary>
internal static class StableOrdinalSort
{
    /// <summary>Sorts <paramref name="items"/> and returns their keys in the new order.</summary>
    public static string[] Sort<T>(T[] items, Func<T, string> key)
    {
        var keys = new (string Text, int Position)[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            keys[i] = (key(items[i]), i);
        }

        Array.Sort(keys, items, TextThenPosition.Instance);
        return Array.ConvertAll(keys, k => k.Text);
    }

    private sealed class TextThenPosition : IComparer<(string Text, int Position)>
    {
        public static readonly TextThenPosition Instance = new();

        public int Compare((string Text, int Position) x, (string Text, int Position) y)
        {
            var byText = string.CompareOrdinal(x.Text, y.Text);
            return byText != 0 ? byText : x.Position.CompareTo(y.Position);
        }
    }
}
