namespace AerakiGitOps.Compiler.Schema;

/// <summary>The schema validator the pipeline uses unless told otherwise.</summary>
public static class SchemaValidators
{
    public static ISchemaValidator? Default => null;
}
