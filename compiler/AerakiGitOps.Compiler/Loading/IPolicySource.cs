namespace AerakiGitOps.Compiler.Loading;

/// <summary>Where policy files come from. Implementations are the only place the compiler touches disk or git for input.</summary>
public interface IPolicySource
{
    /// <summary>A human-readable name of the source for messages, e.g. a folder path or "repo@ref:path".</summary>
    string Description { get; }

    /// <summary>Reads every policy file. Throws <see cref="PolicySourceException"/> when the source itself is unusable.</summary>
    PolicySourceContent Read();
}
