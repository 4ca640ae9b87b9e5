using System.Globalization;
using System.Text.Json;
using Scriban.Runtime;

namespace AerakiGitOps.Compiler.Rendering.Manifests;

/// <summary>
/// The only functions templates get: `q` quotes a value as a YAML double-quoted (JSON) string so no user
/// text can change the document's structure, and `num` prints a number the same on every machine.
/// </summary>
internal static class TemplateFunctions
{
    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.Import("q", new Func<object?, string>(Quote));
        functions.Import("num", new Func<object?, string>(Number));
        return functions;
    }

    private static string Quote(object? value) => JsonSerializer.Serialize(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);

    private static string Number(object? value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => "0",
    };
}
