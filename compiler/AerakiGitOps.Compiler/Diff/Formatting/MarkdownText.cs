using System.Text;

namespace AerakiGitOps.Compiler.Diff.Formatting;

/// <summary>Escaping for GitHub-flavoured markdown: policy values (regexes, cluster names with `|`) must print literally.</summary>
internal static class MarkdownText
{
    // `>` and `#` only matter at the start of a line, and every line we write starts with "- " or text of our own.
    private const string Special = "\\`*_[]<|~";

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>An inline code span; a value that contains backticks is fenced with a longer run, as CommonMark allows.</summary>
    public static string Code(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        return longest == 0 ? $"{fence}{text}{fence}" : $"{fence} {text} {fence}";
    }
}
