namespace AerakiGitOps.Compiler.Rendering.Caching;

/// <summary>
/// Everything a planner reads to plan one service, the service included (<c>IServicePlanner.InputsOf</c>).
/// Two inputs are the same when every element is: strings by value, everything else by reference. Service
/// models, specs and documents are immutable, and an unchanged document binds to the very same objects in
/// the next compilation (<c>SpecBinder</c>, <c>ServiceModelBuilder</c>), so the same inputs mean the same
/// plan; a changed document binds to new objects, which can only cause a miss, never a stale hit.
/// </summary>
internal readonly struct PlanInputs
{
    private readonly object?[] _items;

    public PlanInputs(params object?[] items) => _items = items;

    /// <summary>These inputs followed by <paramref name="more"/>: for inputs whose number varies with the service.</summary>
    public PlanInputs With<T>(IEnumerable<T> more)
        where T : class?
        => new([.. _items, .. more]);

    public bool SameAs(PlanInputs other)
    {
        if (_items.Length != other._items.Length)
        {
            return false;
        }

        for (var i = 0; i < _items.Length; i++)
        {
            var (mine, theirs) = (_items[i], other._items[i]);
            if (!ReferenceEquals(mine, theirs) && !(mine is string text && theirs is string otherText && string.Equals(text, otherText, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }
}
