namespace AerakiGitOps.Compiler.Schema.Compiled;

/// <summary>
/// What a schema check found. The names are those of NJsonSchema's ValidationErrorKind, because the
/// catch-all diagnostic (AGO2005) shows the name: "does not match the schema (ExcludedSchemaValidates)".
/// </summary>
internal enum SchemaErrorKind
{
    PropertyRequired,
    NoAdditionalPropertiesAllowed,
    AdditionalPropertiesNotValid,
    TooManyProperties,
    TooFewProperties,
    ArrayExpected,
    TooFewItems,
    TooManyItems,
    ArrayItemNotValid,
    StringExpected,
    PatternMismatch,
    StringTooShort,
    StringTooLong,
    NumberExpected,
    NumberTooSmall,
    NumberTooBig,
    IntegerExpected,
    BooleanExpected,
    NullExpected,
    ObjectExpected,
    NoTypeValidates,
    NotInEnumeration,
    NotAnyOf,
    NotAllOf,
    NotOneOf,
    ExcludedSchemaValidates,
}
