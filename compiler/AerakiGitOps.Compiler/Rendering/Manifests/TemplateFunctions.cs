using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace AerakiGitOps.Compiler.Rendering.Manifests;

/// <summary>
/// The only functions templates get: `q` quotes a value as a YAML double-quoted (JSON) string so no user
/// text can change the document's structure, and `num` prints a number the same on every machine.
/// </summary>
internal static class TemplateFunctions
{
    /// <summary>
    /// The ASCII characters System.Text.Json writes unescaped, found by asking it once: a string made only
    /// of them quotes to itself between double quotes, with no serializer call.
    /// </summary>
    private static readonly SearchValues<char> JsonVerbatim = SearchValues.Create(
        Enumerable.Range(0, 128).Select(c => (char)c).Where(c => JsonSerializer.Serialize(c.ToString(), TemplateJson.Default.String) == $"\"{c}\"").ToArray());

    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.SetValue("q", new UnaryFunction("q", Quote), readOnly: true);
        functions.SetValue("num", new UnaryFunction("num", Number), readOnly: true);
        return functions;
    }

    internal static string Quote(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        return text.AsSpan().ContainsAnyExcept(JsonVerbatim) ? JsonSerializer.Serialize(text, TemplateJson.Default.String) : string.Concat("\"", text, "\"");
    }

    internal static string Number(object? value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => "0",
    };

    /// <summary>
    /// A one-argument function that takes its argument as Scriban evaluated it. Imported delegates go
    /// through Scriban's per-call argument conversion (reflection on the parameter types); these do not.
    /// </summary>
    private sealed class UnaryFunction(string name, Func<object?, string> function) : IScriptCustomFunction
    {
        private static readonly ScriptParameterInfo Parameter = new(typeof(object), "value");

        public int RequiredParameterCount => 1;

        public int ParameterCount => 1;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

        public Type ReturnType => typeof(string);

        public ScriptParameterInfo GetParameterInfo(int index) => Parameter;

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
            => arguments.Count == 1
                ? function(arguments[0])
                : throw new ScriptRuntimeException(callerContext?.Span ?? default, $"`{name}` takes one argument, got {arguments.Count}");

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
            => new(Invoke(context, callerContext, arguments, blockStatement));
    }
}

/// <summary>The serializer's string converter without reflection (the native build has none to spare).</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class TemplateJson : JsonSerializerContext;
