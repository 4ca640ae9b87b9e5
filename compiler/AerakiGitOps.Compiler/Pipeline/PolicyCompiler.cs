using System.Diagnostics;
using AerakiGitOps.Compiler.Diagnostics;
using AerakiGitOps.Compiler.Emit;
using AerakiGitOps.Compiler.Loading;
using AerakiGitOps.Compiler.Model;
using AerakiGitOps.Compiler.Model.Binding;
using AerakiGitOps.Compiler.Rendering;
using AerakiGitOps.Compiler.Rendering.Snapshot;
using AerakiGitOps.Compiler.Validation;
using DiagnosticBag = AerakiGitOps.Compiler.Diagnostics.DiagnosticBag;

namespace AerakiGitOps.Compiler.Pipeline;

/// <summary>
/// The compiler's one entry point. Its body is the pipeline: load, schema-validate, bind the model,
/// semantic checks, render, consistency check, lay out the output. Everything here works in memory;
/// only the policy source (input) and <see cref="OutputWriter"/> (output) touch disk or git.
/// </summary>
public sealed class PolicyCompiler(CompileOptions options)
{
    public CompileOptions Options => options;

    /// <summary>Reads the source and compiles it. A source that cannot be read throws <see cref="PolicySourceException"/>.</summary>
    public CompilationResult Compile(IPolicySource source)
    {
        var started = Stopwatch.GetTimestamp();
        var content = source.Read();
        var readTime = Stopwatch.GetElapsedTime(started);
        var result = Compile(content);
        return result with { Timings = result.Timings with { Read = readTime } };
    }

    public CompilationResult Compile(PolicySourceContent content)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(content.Diagnostics);
        var clock = Stopwatch.StartNew();

        // Nothing reads the content after the load stage: its files' bytes can be collected while the rest runs.
        var sourceCommit = content.SourceCommit;
        var documents = LoadAndCheckSchemas(content.Files, diagnostics, out var loadTime);
        var schemaTime = clock.Elapsed - loadTime;

        var modelStart = clock.Elapsed;
        // Only a parse cache hands documents back as the same objects: without one, nothing is remembered per object.
        var model = new PolicyModel(SpecBinder.Bind(documents, diagnostics, remember: options.Cache is not null), EffectiveModelSettings());
        var modelTime = clock.Elapsed - modelStart;

        var rulesStart = clock.Elapsed;
        PolicyValidator.Validate(model, diagnostics, cache: options.RuleCache);
        var rulesTime = clock.Elapsed - rulesStart;

        if (diagnostics.HasErrors)
        {
            return Result(diagnostics, sourceCommit, model, new StageTimings(loadTime, schemaTime, modelTime, rulesTime, TimeSpan.Zero, TimeSpan.Zero));
        }

        var renderStart = clock.Elapsed;
        var rendered = new PolicyRenderer(model, options.RenderCache).Render(diagnostics);
        ConsistencyCheck.Run(rendered, diagnostics);
        var renderTime = clock.Elapsed - renderStart;

        if (diagnostics.HasErrors)
        {
            return Result(diagnostics, sourceCommit, model, new StageTimings(loadTime, schemaTime, modelTime, rulesTime, renderTime, TimeSpan.Zero));
        }

        var emitStart = clock.Elapsed;
        var (snapshot, routeConfigBytes) = RouteSnapshotFactory.CreateSerialized(rendered.RouteConfigs, sourceCommit, options.RenderCache is { } renderCache ? renderCache.RouteConfigs.VersionOf : null);
        var output = options.SnapshotOnly ? null : OutputTreeBuilder.Build(rendered.Manifests, snapshot, routeConfigBytes);
        var emitTime = clock.Elapsed - emitStart;

        return Result(diagnostics, sourceCommit, model, new StageTimings(loadTime, schemaTime, modelTime, rulesTime, renderTime, emitTime)) with
        {
            Manifests = rendered.Manifests,
            Snapshot = snapshot,
            Output = output,
        };
    }

    private ModelSettings EffectiveModelSettings() => options.AllowPlaintextSecrets ? options.Model with { AllowPlaintextSecrets = true } : options.Model;

    /// <summary>Load and schema stages, per file (cached by content identity when a cache is given).</summary>
    private List<PolicyDocument> LoadAndCheckSchemas(IReadOnlyList<PolicyFile> files, DiagnosticBag diagnostics, out TimeSpan loadTime)
    {
        var loader = new PolicyLoader(options.DefaultNamespace, options.Limits);
        var loadTicks = 0L;
        var schemaTicks = 0L;
        var wall = Stopwatch.StartNew();
        var keys = files.Select(f => ParseCache.KeyOf(f, options.DefaultNamespace)).ToList();
        ParseCache.FileResult Compute(PolicyFile file)
        {
            var fileDiagnostics = new DiagnosticBag();
            var started = Stopwatch.GetTimestamp();
            var loaded = loader.LoadFile(file, fileDiagnostics);
            var parsed = Stopwatch.GetTimestamp();
            Interlocked.Add(ref loadTicks, parsed - started);
            var valid = loaded.Where(d => options.SchemaValidator?.Validate(d, fileDiagnostics) ?? true).ToList();
            Interlocked.Add(ref schemaTicks, Stopwatch.GetTimestamp() - parsed);
            return new ParseCache.FileResult(valid, fileDiagnostics.ToSortedList());
        }

        // Files are independent until binding: parse and schema-check them in parallel, keep file order.
        var indexes = Enumerable.Range(0, files.Count).ToArray();
        var results = OrderedParallel.Map(indexes, i => options.Cache is { } cache ? cache.GetOrAdd(keys[i], () => Compute(files[i])) : Compute(files[i]));
        var documents = new List<PolicyDocument>();
        foreach (var result in results)
        {
            documents.AddRange(result.ValidDocuments);
            diagnostics.AddRange(result.Diagnostics);
        }

        options.Cache?.Retain(keys.ToHashSet(StringComparer.Ordinal));
        // The stages overlap on several threads: split their wall time in proportion to their summed work.
        var share = loadTicks + schemaTicks == 0 ? 1.0 : (double)loadTicks / (loadTicks + schemaTicks);
        loadTime = wall.Elapsed * share;
        return documents;
    }

    private static CompilationResult Result(DiagnosticBag diagnostics, string? sourceCommit, PolicyModel model, StageTimings timings) => new()
    {
        Diagnostics = diagnostics.ToSortedList(),
        SourceCommit = sourceCommit,
        Model = model,
        Timings = timings,
    };
}
