namespace AerakiGitOps.Compiler.Loading.Yaml;

/// <summary>
/// YamlDotNet reports a tab used as indentation at the start of the enclosing mapping, often line 1; the
/// user needs the line with the tab.
/// </summary>
internal static class TabIndentation
{
    /// <summary>The first tab in the indentation of a line at or after <paramref name="fromLine"/>, when the message is about one.</summary>
    public static (int Line, int Column)? Locate(string text, int fromLine, string message)
    {
        if (!message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var lines = text.Split('\n');
        for (var index = Math.Max(fromLine - 1, 0); index < lines.Length; index++)
        {
            var line = lines[index];
            for (var column = 0; column < line.Length && line[column] is ' ' or '\t'; column++)
            {
                if (line[column] == '\t')
                {
                    return (index + 1, column + 1);
                }
            }
        }

        return null;
    }
}
