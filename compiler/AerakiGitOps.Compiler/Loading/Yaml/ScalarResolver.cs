using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>Resolves a scalar's type with the YAML 1.2 core schema, as Kubernetes tooling reads manifests.</summary>
internal static class ScalarResolver
{
    public static ScalarKind Resolve(Scalar scalar)
    {
        if (!scalar.Tag.IsEmpty)
        {
            return scalar.Tag.Value switch
            {
                "tag:yaml.org,2002:null" => ScalarKind.Null,
                "tag:yaml.org,2002:bool" => ScalarKind.Bool,
                "tag:yaml.org,2002:int" => ScalarKind.Int,
                "tag:yaml.org,2002:float" => ScalarKind.Float,
                _ => ScalarKind.String,
            };
        }

        return scalar.Style == ScalarStyle.Plain ? ResolvePlain(scalar.Value) : ScalarKind.String;
    }

    public static ScalarKind ResolvePlain(string value) => value.Length > 0 && !CanBeOtherThanString(value[0]) ? ScalarKind.String : value switch
    {
        "" or "~" or "null" or "Null" or "NULL" => ScalarKind.Null,
        "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarKind.Bool,
        _ when PlainScalarPatterns.IsCoreInt(value) => ScalarKind.Int,
        _ when PlainScalarPatterns.IsCoreFloat(value) => ScalarKind.Float,
        _ => ScalarKind.String,
    };

    // Every null, bool, int and float spelling starts with one of these; anything else is a string.
    private static bool CanBeOtherThanString(char first) => first is (>= '0' and <= '9') or '-' or '+' or '.' or '~' or 'n' or 'N' or 't' or 'T' or 'f' or 'F';
}
