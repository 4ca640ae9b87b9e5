using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Loading.Yaml;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Specs;
using AerakiGitOps.Compiler.Pipeline;

namespace AerakiGitOps.Compiler.Validation;

/// <summary>
/// Findings of the per-MetaRouter rules kept across validations of a long-running compiler (the reconciler
/// compiles every commit). A <see cref="MetaRouterRule"/> reads one MetaRouter and lookups of services,
/// DestinationRules, gateways and settings, never another MetaRouter; so while every document of the other
/// kinds is unchanged since the previous validation (the same object, as the parse cache hands back for
/// unchanged files, or the same tree and positions, for the untouched documents of an edited file) and the
/// settings are equal, a router's findings depend on the router alone, and are reused while its spec is
/// the same object. Any other change, or another set of rules, clears the cache.
/// </summary>
public sealed class RuleCache
{
    private readonly PassCache<MetaRouterSpec, IReadOnlyList<Diagnostic>> _findings = new(ReferenceEqualityComparer.Instance);
    private IReadOnlyList<IPolicyRule>? _rules;
    private PolicyDocument[] _context = [];
    private ModelSettings? _settings;
    private int _generation;
    private int _checked;
    private int _reused;

    /// <summary>MetaRouters checked and reused by the last validation.</summary>
    public (int Checked, int Reused) LastPass { get; private set; }

    /// <summary>Findings held.</summary>
    public int Count => _findings.Count;

    /// <summary>Starts a validation of <paramref name="model"/>: keeps the findings when nothing but MetaRouters changed.</summary>
    internal void Begin(PolicyModel model, IReadOnlyList<IPolicyRule> rules)
    {
        var context = model.Specs.Documents.Where(d => d.Kind != PolicyKind.MetaRouter).ToArray();
        if (!ReferenceEquals(rules, _rules) || !model.Settings.Equals(_settings) || !SameDocuments(context, _context))
        {
            _findings.Clear();
        }

        (_rules, _context, _settings) = (rules, context, model.Settings);
        _generation++;
        _checked = 0;
        _reused = 0;
    }

    /// <summary>The findings of every per-router rule for <paramref name="router"/>, kept or made by <paramref name="check"/>.</summary>
    internal IReadOnlyList<Diagnostic> GetOrCheck(MetaRouterSpec router, Func<MetaRouterSpec, IReadOnlyList<Diagnostic>> check)
    {
        if (_findings.TryGet(router, _generation, out var kept))
        {
            Interlocked.Increment(ref _reused);
            return kept;
        }

        Interlocked.Increment(ref _checked);
        var findings = check(router);
        _findings.Set(router, findings, _generation);
        return findings;
    }

    /// <summary>Drops the findings of routers the validation did not meet.</summary>
    internal void Complete()
    {
        _findings.EndPass(_generation);
        LastPass = (_checked, _reused);
    }

    private static bool SameDocuments(PolicyDocument[] current, PolicyDocument[] previous)
    {
        if (current.Length != previous.Length)
        {
            return false;
        }

        for (var i = 0; i < current.Length; i++)
        {
            if (!YamlTreeEquality.Same(current[i], previous[i]))
            {
                return false;
            }
        }

        return true;
    }
}
