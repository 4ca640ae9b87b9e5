using System.Numerics;
using AerakiGitOps.Compiler.Loading.Yaml;
using Newtonsoft.Json.Linq;

namespace AerakiGitOps.Compiler.Schema;

/// <summary>Turns a resolved YAML scalar into the JSON value of the same type.</summary>
internal static class ScalarValues
{
    public static JValue ToJValue(YScalar scalar) => scalar.Kind switch
    {
        ScalarKind.Null => JValue.CreateNull(),
        ScalarKind.Bool => new JValue(scalar.Value.Equals("true", StringComparison.OrdinalIgnoreCase)),
        ScalarKind.Int => ScalarNumbers.ParseInteger(scalar.Value) is { } integer ? Integer(integer) : JValue.CreateString(scalar.Value),
        ScalarKind.Float => ScalarNumbers.ParseFloat(scalar.Value) is { } number ? new JValue(number) : JValue.CreateString(scalar.Value),
        _ => JValue.CreateString(scalar.Value),
    };

    private static JValue Integer(BigInteger value)
        => value >= long.MinValue && value <= long.MaxValue ? new JValue((long)value) : new JValue((object)value);
}
