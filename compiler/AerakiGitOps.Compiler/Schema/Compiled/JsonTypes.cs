namespace AerakiGitOps.Compiler.Schema.Compiled;

/// <summary>
/// The JSON types a schema's <c>type</c> keyword allows. The values follow the order in which the
/// reference validator (NJsonSchema) checks the types of a multi-type schema, which decides the order
/// of the per-type error lists.
/// </summary>
[Flags]
internal enum JsonTypes
{
    None = 0,
    Array = 1,
    Boolean = 2,
    Integer = 4,
    Null = 8,
    Number = 16,
    Object = 32,
    String = 64,
}
