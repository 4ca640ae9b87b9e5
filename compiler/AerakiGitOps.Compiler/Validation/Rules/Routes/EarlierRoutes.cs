using AerakiGitOps.Compiler.Model.Specs;

namespace AerakiGitOps.Compiler.Validation.Rules.Routes;

/// <summary>
/// The routes before the one being checked, indexed so that finding the first one that covers it does not
/// compare it with every earlier route (a router of thousands of per-method routes would be quadratic).
/// A route whose conditions are all exact or regex covers a later route exactly when its set of (attribute,
/// kind, value) conditions is a subset of the later route's, so it is found by looking up the subsets of the
/// later route's equality conditions; routes with prefix or presence conditions are few and checked one by one.
/// </summary>
internal sealed class EarlierRoutes
{
    /// <summary>Above this many equality conditions in one route, its subsets are not enumerated (2^n lookups); the keyed routes are scanned instead.</summary>
    private const int MaxEnumeratedConditions = 8;

    private readonly Dictionary<string, int> _firstByConditionSet = new(StringComparer.Ordinal);
    private readonly List<(string Name, StringMatchKind Kind, string Value)> _subset = [];
    private char[] _key = new char[256];
    private readonly List<(int Index, List<AttributeMatchSpec> Conditions)> _keyed = [];
    private readonly List<(int Index, List<AttributeMatchSpec> Conditions)> _others = [];
    private int? _firstCatchAll;

    public readonly record struct Covering(int Index, bool IsCatchAll);

    /// <summary>The first earlier route that takes every request a route with <paramref name="conditions"/> would get, if any.</summary>
    public Covering? FirstCovering(List<AttributeMatchSpec> conditions)
    {
        var first = _firstCatchAll ?? int.MaxValue;
        foreach (var (index, earlier) in _others)
        {
            if (index >= first)
            {
                break;
            }

            if (RouteCoverage.Covers(earlier, conditions))
            {
                first = index;
                break;
            }
        }

        first = Math.Min(first, FirstKeyedCovering(conditions, first));
        return first == int.MaxValue ? null : new Covering(first, first == _firstCatchAll);
    }

    public void Add(int index, List<AttributeMatchSpec> conditions)
    {
        if (conditions.Count == 0)
        {
            _firstCatchAll ??= index;
        }
        else if (AllEqualities(conditions))
        {
            _keyed.Add((index, conditions));
            var triples = EqualityTriples(conditions);
            _firstByConditionSet.TryAdd(new string(Key(triples)), index);
        }
        else
        {
            _others.Add((index, conditions));
        }
    }

    private int FirstKeyedCovering(List<AttributeMatchSpec> conditions, int before)
    {
        var equalities = EqualityTriples(conditions);
        if (equalities.Count == 0 || _keyed.Count == 0)
        {
            return int.MaxValue;
        }

        if (equalities.Count > MaxEnumeratedConditions)
        {
            foreach (var (index, earlier) in _keyed)
            {
                if (index >= before)
                {
                    break;
                }

                if (RouteCoverage.Covers(earlier, conditions))
                {
                    return index;
                }
            }

            return int.MaxValue;
        }

        // Every subset is looked up by its key's characters: no string per lookup.
        var lookup = _firstByConditionSet.GetAlternateLookup<ReadOnlySpan<char>>();
        var first = int.MaxValue;
        for (var mask = 1; mask < 1 << equalities.Count; mask++)
        {
            _subset.Clear();
            for (var bit = 0; bit < equalities.Count; bit++)
            {
                if ((mask & (1 << bit)) != 0)
                {
                    _subset.Add(equalities[bit]);
                }
            }

            if (lookup.TryGetValue(Key(_subset), out var index) && index < first)
            {
                first = index;
            }
        }

        return first;
    }

    private static bool AllEqualities(List<AttributeMatchSpec> conditions)
    {
        foreach (var condition in conditions)
        {
            if (!RouteCoverage.IsEquality(condition.Match.Kind))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The distinct (attribute, kind, value) triples of the exact and regex conditions, sorted ordinally.</summary>
    private static List<(string Name, StringMatchKind Kind, string Value)> EqualityTriples(List<AttributeMatchSpec> conditions)
    {
        var triples = new List<(string Name, StringMatchKind Kind, string Value)>(conditions.Count);
        foreach (var condition in conditions)
        {
            var triple = (condition.Name, condition.Match.Kind, condition.Match.Value);
            if (RouteCoverage.IsEquality(triple.Kind) && !triples.Contains(triple))
            {
                triples.Add(triple);
            }
        }

        triples.Sort(TripleOrder.Instance);
        return triples;
    }

    /// <summary>An unambiguous text for a sorted set of triples, each part length-prefixed, in this instance's buffer.</summary>
    private ReadOnlySpan<char> Key(List<(string Name, StringMatchKind Kind, string Value)> triples)
    {
        var length = 0;
        foreach (var (name, kind, value) in triples)
        {
            var needed = length + name.Length + value.Length + 32;
            if (needed > _key.Length)
            {
                Array.Resize(ref _key, Math.Max(needed, _key.Length * 2));
            }

            var span = _key.AsSpan(length);
            if (!span.TryWrite(System.Globalization.CultureInfo.InvariantCulture, $"{name.Length}:{name}{(int)kind}{value.Length}:{value}", out var written))
            {
                throw new InvalidOperationException("the key buffer was sized for the triple");
            }

            length += written;
        }

        return _key.AsSpan(0, length);
    }

    private sealed class TripleOrder : IComparer<(string Name, StringMatchKind Kind, string Value)>
    {
        public static readonly TripleOrder Instance = new();

        public int Compare((string Name, StringMatchKind Kind, string Value) x, (string Name, StringMatchKind Kind, string Value) y)
        {
            var byName = string.CompareOrdinal(x.Name, y.Name);
            if (byName != 0)
            {
                return byName;
            }

            var byKind = x.Kind.CompareTo(y.Kind);
            return byKind != 0 ? byKind : string.CompareOrdinal(x.Value, y.Value);
        }
    }
}
