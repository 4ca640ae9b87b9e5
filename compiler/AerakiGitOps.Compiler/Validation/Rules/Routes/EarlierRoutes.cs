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
        else if (conditions.All(c => RouteCoverage.IsEquality(c.Match.Kind)))
        {
            _keyed.Add((index, conditions));
            _firstByConditionSet.TryAdd(Key(Distinct(conditions)), index);
        }
        else
        {
            _others.Add((index, conditions));
        }
    }

    private int FirstKeyedCovering(List<AttributeMatchSpec> conditions, int before)
    {
        var equalities = Distinct(conditions.Where(c => RouteCoverage.IsEquality(c.Match.Kind)));
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

        var first = int.MaxValue;
        var subset = new List<(string, StringMatchKind, string)>(equalities.Count);
        for (var mask = 1; mask < 1 << equalities.Count; mask++)
        {
            subset.Clear();
            for (var bit = 0; bit < equalities.Count; bit++)
            {
                if ((mask & (1 << bit)) != 0)
                {
                    subset.Add(equalities[bit]);
                }
            }

            if (_firstByConditionSet.TryGetValue(Key(subset), out var index) && index < first)
            {
                first = index;
            }
        }

        return first;
    }

    /// <summary>The distinct (attribute, kind, value) triples of the conditions, sorted ordinally.</summary>
    private static List<(string Name, StringMatchKind Kind, string Value)> Distinct(IEnumerable<AttributeMatchSpec> conditions)
        => [.. conditions.Select(c => (c.Name, c.Match.Kind, c.Match.Value)).Distinct().Order(TripleOrder.Instance)];

    /// <summary>An unambiguous text for a sorted set of triples: each part length-prefixed.</summary>
    private static string Key(List<(string Name, StringMatchKind Kind, string Value)> triples)
        => string.Concat(triples.Select(t => $"{t.Name.Length}:{t.Name}{(int)t.Kind}{t.Value.Length}:{t.Value}"));

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
